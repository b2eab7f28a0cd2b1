import { Table } from '@mantine/core';
import { GRADES, type ServicePolicy } from '../../../core/grading';
import { signOffRoleLabel } from '../../../i18n/enum-labels';
import { useT } from '../../../i18n/react';
import { GradeBadge } from '../../../ui/GradeBadge';
import { PolicyHead } from './PolicyHead';
import { SEVERITY_COLUMNS } from './policy-form';

/** A saved policy, read-only, with the same columns. */
export function PolicyView({ policy }: { policy: ServicePolicy }) {
  const t = useT();
  return (
    <Table withTableBorder verticalSpacing={4} fz="sm">
      <PolicyHead />
      <Table.Tbody>
        {GRADES.map((grade) => (
          <Table.Tr key={grade}>
            <Table.Td>
              <GradeBadge grade={grade} size="sm" />
            </Table.Td>
            <Table.Td>{policy[grade].visitIntervalDays}</Table.Td>
            {SEVERITY_COLUMNS.map((s) => (
              <Table.Td key={s}>{policy[grade].complaintDeadlineDays[s]}</Table.Td>
            ))}
            <Table.Td>{t(signOffRoleLabel(policy[grade].signOffRole))}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
