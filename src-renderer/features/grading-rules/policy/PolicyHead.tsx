import { Table } from '@mantine/core';
import { complaintSeverityLabel } from '../../../i18n/enum-labels';
import { useT } from '../../../i18n/react';
import { SEVERITY_COLUMNS } from './policy-form';

/** The two header rows the policy's editor and its read-only view share (deadlines span the severities). */
export function PolicyHead() {
  const t = useT();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th rowSpan={2}>{t('gradingRules.policy.grade')}</Table.Th>
        <Table.Th rowSpan={2}>{t('gradingRules.policy.visit')}</Table.Th>
        <Table.Th colSpan={3} ta="center">
          {t('gradingRules.policy.deadlines')}
        </Table.Th>
        <Table.Th rowSpan={2}>{t('gradingRules.policy.signOff')}</Table.Th>
      </Table.Tr>
      <Table.Tr>
        {SEVERITY_COLUMNS.map((s) => (
          <Table.Th key={s}>{t(complaintSeverityLabel(s))}</Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}
