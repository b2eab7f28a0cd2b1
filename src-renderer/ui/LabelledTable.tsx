import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A two-column table of label → value, labels as row headers: how the app shows one record's
 * facts (an archive file's manifest, this installation, a restore's source).
 */
export function LabelledTable({
  rows,
  labelWidth = 140,
  testId,
  fixed = false,
}: {
  rows: readonly (readonly [string, ReactNode])[];
  labelWidth?: number;
  testId?: string;
  fixed?: boolean;
}) {
  return (
    <Table variant="vertical" layout={fixed ? 'fixed' : undefined} withTableBorder data-testid={testId}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={labelWidth}>{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
