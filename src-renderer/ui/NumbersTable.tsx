import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

export interface NumbersRow {
  key: string;
  cells: readonly ReactNode[];
  /** `data-*` attributes of the row, for tests (`data-key`, `data-period`). */
  data?: Record<`data-${string}`, string>;
}

/**
 * The small table that sits beside or under a chart and carries its numbers (what a reader quotes
 * and what screen readers read, the chart being hidden from them): a label column, then figures
 * aligned right unless `alignments` says otherwise.
 */
export function NumbersTable({
  headers,
  rows,
  alignments,
  ...table
}: { headers: readonly string[]; rows: readonly NumbersRow[]; alignments?: readonly ('left' | 'right')[] } & TableProps) {
  const alignOf = (i: number) => alignments?.[i] ?? (i === 0 ? 'left' : 'right');
  return (
    <Table withRowBorders={false} verticalSpacing={2} {...table}>
      <Table.Thead>
        <Table.Tr>
          {headers.map((h, i) => (
            <Table.Th key={i} ta={alignOf(i)}>
              {h}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key} {...row.data}>
            {row.cells.map((cell, i) => (
              <Table.Td key={i} ta={alignOf(i)}>
                {cell}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
