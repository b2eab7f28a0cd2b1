import { Table, type TableThProps } from '@mantine/core';

/** A header cell: its text, or its text with the column's width or alignment. */
export type HeadCell = string | ({ label: string } & Pick<TableThProps, 'w' | 'ta'>);

/** The header row of a plain table: one cell per column, in order (the labels name the columns, so they are the keys). */
export function TableHead({ cells }: { cells: readonly HeadCell[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {cells.map((cell) => {
          const { label, ...props } = typeof cell === 'string' ? { label: cell } : cell;
          return (
            <Table.Th key={label} {...props}>
              {label}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}
