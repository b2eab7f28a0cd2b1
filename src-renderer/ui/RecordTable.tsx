import { Table, Text, type TableTrProps } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { useT } from '../i18n/react';

/** One column of a record table: its header and what each row shows in it. */
export interface RecordColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** Amounts: right-aligned, in tabular figures so the digits line up. */
  numeric?: boolean;
  w?: number;
  /** A cap for long free text (summaries, notes) so one row cannot push the others off screen. */
  maw?: number;
}

export interface RecordTableProps<T> {
  rows: readonly T[];
  columns: readonly RecordColumn<T>[];
  /** Said instead of an empty table. */
  empty: string;
  testId: string;
  rowKey: (row: T) => string | number;
  /** The row's buttons (RowActions) in a last 操作 column; absent (read-only page) → no column. */
  actions?: (row: T) => ReactNode;
  /** Width of the 操作 column; null lets it fit its buttons (a row with more than edit and delete). */
  actionsWidth?: number | null;
  /** Attributes of a row, e.g. `data-overdue` for tests and styles. */
  rowProps?: (row: T) => TableTrProps & Record<`data-${string}`, unknown>;
}

/** A column of free text (notes, comments): capped in width, cut to two lines, — when empty. */
export function noteColumn<T>(header: string, text: (row: T) => string | null): RecordColumn<T> {
  return {
    header,
    maw: 260,
    cell: (row) => (
      <Text size="sm" lineClamp={2}>
        {text(row) || '—'}
      </Text>
    ),
  };
}

const NUMERIC: CSSProperties = { fontVariantNumeric: 'tabular-nums' };

/**
 * The table of a customer-page tab (contacts, interactions, requirements, business figures,
 * handovers, history): one look for all of them — striped, bordered, compact, the empty state as a
 * dimmed sentence — and the row actions always last, under 操作.
 */
export function RecordTable<T>({ rows, columns, empty, testId, rowKey, actions, actionsWidth = 90, rowProps }: RecordTableProps<T>) {
  const t = useT();
  if (rows.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Table striped withTableBorder verticalSpacing="xs" data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((c) => (
            <Table.Th key={c.header} w={c.w} ta={c.numeric ? 'right' : undefined}>
              {c.header}
            </Table.Th>
          ))}
          {actions && <Table.Th w={actionsWidth ?? undefined}>{t('common.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
            {columns.map((c) => (
              <Table.Td key={c.header} maw={c.maw} ta={c.numeric ? 'right' : undefined} style={c.numeric ? NUMERIC : undefined}>
                {c.cell(row)}
              </Table.Td>
            ))}
            {actions && <Table.Td>{actions(row)}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
