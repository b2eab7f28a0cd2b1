import { Group, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { deletedRecords, type DeletedItem } from '../../data/customers';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { DeletedGroup } from './DeletedGroup';
import { BIN_TABLES, type BinTable } from './describe';
import { useReadScope } from '../../state/read-scope';
import { customersHighestClassification } from '../../data/output';
import { ExportTableButton } from '../../ui/ExportTableButton';
import { useFormat } from '../../ui/hooks/use-format';
import { binExport } from './bin-export';
import { customerIdOf } from './describe';

/**
 * 回收站: deletion in the archive is soft, so nothing is lost by a wrong click. Records are grouped
 * by kind, newest deletion first; a restore the archive refuses (its customer or parent unit is
 * still deleted) says why.
 */
export function RecycleBinPage() {
  const t = useT();
  const { db } = useSession();
  const scope = useReadScope();
  const f = useFormat();
  const items = useLiveQuery(() => deletedRecords(db, scope), [db, scope]);
  const groups = new Map<BinTable, DeletedItem[]>();
  for (const item of items ?? []) {
    const table = item.table;
    groups.set(table, [...(groups.get(table) ?? []), item]);
  }
  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between">
        <Title order={2}>{t('nav.recycleBin')}</Title>
        <ExportTableButton
          view={t('nav.recycleBin')}
          disabled={!items || items.length === 0}
          source={async () => ({
            ...binExport(items ?? [], t, f),
            highest: await customersHighestClassification(db, (items ?? []).map(customerIdOf)),
          })}
        />
      </Group>
      <Text c="dimmed" size="sm">
        {t('recycleBin.intro')}
      </Text>
      {items && items.length === 0 && <Text data-testid="bin-empty">{t('recycleBin.empty')}</Text>}
      {BIN_TABLES.filter((table) => groups.has(table)).map((table) => (
        <DeletedGroup key={table} table={table} items={groups.get(table)!} />
      ))}
    </Stack>
  );
}
