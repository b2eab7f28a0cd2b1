import { Button, Group, Text } from '@mantine/core';
import { IconFileImport, IconPlus, IconTable } from '@tabler/icons-react';
import { can } from '../../core/accounts';
import { useT } from '../../i18n/react';
import { useActor } from '../../state/signed-in';
import { TitledCard } from '../../ui/TitledPanel';

/**
 * 从这里开始 (issue 17.2): on an archive without any customer, the first steps, each a link to
 * where it is done — 新建客户 (the new-customer form), 导入交换文件 (the exchange page's import
 * tab) and, when the app has a spreadsheet import page, 导入表格 (`sheetImportHref`, given by
 * whoever knows the routes). Steps the user may not take are not offered.
 */
export function FirstRunCard({ sheetImportHref }: { sheetImportHref?: string }) {
  const t = useT();
  const actor = useActor();
  const mayWrite = can(actor, 'archive.write');
  const mayImport = can(actor, 'exchange.import');
  return (
    <TitledCard id="first-run-title" title={t('dashboard.firstRun.title')} testId="first-run">
      <Text size="sm">{t('dashboard.firstRun.body')}</Text>
      <Group gap="sm">
        {mayWrite && (
          <Button component="a" href="#/customers/new" leftSection={<IconPlus size={16} />}>
            {t('dashboard.firstRun.newCustomer')}
          </Button>
        )}
        {mayWrite && sheetImportHref && (
          <Button component="a" href={sheetImportHref} variant="default" leftSection={<IconTable size={16} />}>
            {t('dashboard.firstRun.importSheet')}
          </Button>
        )}
        {mayImport && (
          <Button component="a" href="#/exchange/import" variant="default" leftSection={<IconFileImport size={16} />}>
            {t('dashboard.firstRun.importExchange')}
          </Button>
        )}
      </Group>
    </TitledCard>
  );
}
