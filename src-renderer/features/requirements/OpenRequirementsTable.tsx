import { Group, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { isRequirementOverdue } from '../../core/customers';
import { openRequirementsOfManager } from '../../data/customers';
import { departmentLabel, requirementStatusLabel } from '../../i18n/enum-labels';
import { useT } from '../../i18n/react';
import { todayIso } from '../../ui/format';
import { REQ_STATUS_COLOR } from '../../ui/archive-options';
import { DANGER_TEXT, OverdueBadge } from '../../ui/OverdueBadge';
import { useArchive } from '../../ui/hooks/use-archive';
import { useFormat } from '../../ui/hooks/use-format';
import { sortOverdueFirst } from './sort';
import { ToneBadge } from '../../ui/ToneBadge';
import { Link } from '../../ui/Link';
import { TableHead } from '../../ui/TableHead';
import { useReadScope } from '../../state/read-scope';
import { customersHighestClassification } from '../../data/output';
import { ExportTableButton } from '../../ui/ExportTableButton';
import { requirementsExport } from './requirements-export';

/** The open requirements of one manager's customers: overdue ones first and in red, then by due date. */
export function OpenRequirementsTable({ managerId }: { managerId: string }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const today = todayIso();
  const scope = useReadScope();
  const rows = useLiveQuery(async () => sortOverdueFirst(await openRequirementsOfManager(db, managerId, scope), today), [db, managerId, today, scope]);
  if (!rows) return null;
  if (rows.length === 0) return <Text c="dimmed">{t('requirements.mine.empty')}</Text>;
  const overdueCount = rows.filter((r) => isRequirementOverdue(r, today)).length;
  return (
    <>
      <Group justify="space-between">
        <Text size="sm" data-testid="my-req-summary">
          {t('requirements.mine.summary', { count: rows.length, overdue: overdueCount })}
        </Text>
        <ExportTableButton
          view={t('nav.requirements')}
          source={async () => ({
            ...requirementsExport(rows, t, f.day, today),
            highest: await customersHighestClassification(
              db,
              rows.map((r) => r.customerId),
            ),
          })}
        />
      </Group>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="my-requirements">
        <TableHead
          cells={[t('field.dueDate'), t('field.title'), t('requirements.mine.customer'), t('field.routedTo'), t('field.receivedDate'), t('field.status')]}
        />
        <Table.Tbody>
          {rows.map((r) => {
            const overdue = isRequirementOverdue(r, today);
            return (
              <Table.Tr key={r.id} data-overdue={overdue || undefined}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" c={overdue ? DANGER_TEXT : undefined} fw={overdue ? 600 : undefined}>
                      {f.day(r.dueDate)}
                    </Text>
                    {overdue && <OverdueBadge />}
                  </Group>
                </Table.Td>
                <Table.Td maw={300}>{r.title}</Table.Td>
                <Table.Td>
                  <Link href={`#/customers/${r.customerId}`} size="sm">
                    {r.customerName}
                  </Link>
                </Table.Td>
                <Table.Td>{t(departmentLabel(r.department))}</Table.Td>
                <Table.Td>{f.day(r.receivedDate)}</Table.Td>
                <Table.Td>
                  <ToneBadge color={REQ_STATUS_COLOR[r.status]}>{t(requirementStatusLabel(r.status))}</ToneBadge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}
