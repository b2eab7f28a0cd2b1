import { Button, Card, Table, Text, Title } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { restoreRecord, type DeletedItem } from '../../data/customers';
import { recordKindLabel } from '../../i18n/enum-labels';
import { useT } from '../../i18n/react';
import { useAction } from '../../ui/hooks/use-action';
import { useArchive } from '../../ui/hooks/use-archive';
import { useFormat } from '../../ui/hooks/use-format';
import { useCanWriteRecord } from '../../ui/hooks/use-can';
import { customerIdOf, describeDeleted, type BinTable } from './describe';
import { Link } from '../../ui/Link';

/** The deleted records of one kind: what, whose, who deleted it and when, and 恢复. */
export function DeletedGroup({ table, items }: { table: BinTable; items: readonly DeletedItem[] }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const run = useAction();
  // 恢复 only for who may restore this kind (查阅 not): the write path's own rule.
  const mayRestore = useCanWriteRecord(table, 'restore');
  const titleId = `bin-${table}`;
  return (
    <Card withBorder component="section" aria-labelledby={titleId} data-testid={`bin-${table}`}>
      <Title order={3} size="h5" mb="sm" id={titleId}>
        {t('recycleBin.groupTitle', { kind: t(recordKindLabel(table)), count: items.length })}
      </Title>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('recycleBin.record')}</Table.Th>
            {table !== 'customers' && <Table.Th>{t('recycleBin.customer')}</Table.Th>}
            <Table.Th>{t('recycleBin.deletedBy')}</Table.Th>
            <Table.Th>{t('recycleBin.deletedAt')}</Table.Th>
            <Table.Th w={100} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const label = describeDeleted(item, t, f);
            return (
              <Table.Tr key={item.record.id}>
                <Table.Td maw={380}>
                  <Text size="sm" lineClamp={2}>
                    {label}
                  </Text>
                  {item.mergedIntoName && (
                    <Text size="xs" c="dimmed">
                      {t('merge.bin.mergedInto', { name: item.mergedIntoName })}
                    </Text>
                  )}
                </Table.Td>
                {table !== 'customers' && (
                  <Table.Td>
                    <Link href={`#/customers/${customerIdOf(item)}`} size="sm">
                      {item.customerName}
                    </Link>
                  </Table.Td>
                )}
                <Table.Td>{item.record.updatedBy}</Table.Td>
                <Table.Td>{f.instant(item.record.deletedAt)}</Table.Td>
                <Table.Td>
                  {/* A merged-away customer is not restorable: its records live at the kept one. */}
                  {mayRestore && !item.mergedIntoName && (
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconRestore size={14} />}
                      aria-label={t('common.restoreOf', { name: label })}
                      onClick={() => run((ctx) => restoreRecord(db, table, item.record.id, ctx), 'common.restored')}
                    >
                      {t('common.restore')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
