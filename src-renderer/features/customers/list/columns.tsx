import { Badge, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Locale } from '../../../core/locale';
import type { MessageKey, Translate } from '../../../i18n';
import { GradeBadge } from '../../../ui/GradeBadge';
import { formatIsoDay as formatDay } from '../../../core/format';
import { customerLevelLabel, customerStatusLabel, customerTypeLabel } from '../../../i18n/enum-labels';
import { STATUS_COLOR } from '../shared/labels';
import type { ColumnId, ListRow } from './list-model';

export interface CellContext {
  t: Translate;
  locale: Locale;
}

export interface ColumnDef {
  id: ColumnId;
  label: MessageKey;
  /** CSS grid track; `minPx` is its minimum, summed for the horizontal scroll width. */
  track: string;
  minPx: number;
  /** Plain text of the cell, for its tooltip (title) when it is cut off. */
  text?: (row: ListRow, ctx: CellContext) => string;
  render: (row: ListRow, ctx: CellContext) => ReactNode;
}

/** Words in a cell (fields, tags): as many as fit on one line, the rest in the tooltip. */
function Words({ words }: { words: readonly string[] }) {
  return (
    <Group gap={4} wrap="nowrap" style={{ overflow: 'hidden' }}>
      {words.map((w) => (
        <Badge key={w} size="sm" variant="light" color="gray" style={{ flexShrink: 0 }} tt="none">
          {w}
        </Badge>
      ))}
    </Group>
  );
}

const plain = (text: string) => (
  <Text size="sm" truncate="end">
    {text}
  </Text>
);

type TextColumnId = 'type' | 'region' | 'manager';

/** A column of one line of text, cut off at the cell's end with the whole text in the tooltip. */
function textColumn(id: TextColumnId, track: string, minPx: number, text: (row: ListRow, ctx: CellContext) => string): ColumnDef {
  return { id, label: `customers.column.${id}`, track, minPx, text, render: (r, ctx) => plain(text(r, ctx)) };
}

/** A column of words (fields, tags): as many badges as fit, all of them in the tooltip. */
function wordsColumn(id: 'fields' | 'tags', minPx: number, words: (row: ListRow) => readonly string[]): ColumnDef {
  return {
    id,
    label: `customers.column.${id}`,
    track: `minmax(${minPx}px, 1.1fr)`,
    minPx,
    text: (r) => words(r).join('、'),
    render: (r) => <Words words={words(r)} />,
  };
}

/**
 * Every column except the name, whose cell (link, highlight, contact) is CustomerRow's own. The minimums
 * add up (with gaps and padding, gridOf) to 1,062 px: the default columns fit the 1,106 px the list has on a
 * 1366×768 screen, 开始合作 included, without a sideways scroll (issue 17.3).
 */
export const COLUMNS: Record<Exclude<ColumnId, 'name'>, ColumnDef> = {
  grade: { id: 'grade', label: 'customers.column.grade', track: '64px', minPx: 64, render: (r) => <GradeBadge grade={r.customer.grade} size="sm" /> },
  level: { id: 'level', label: 'customers.column.level', track: '76px', minPx: 76, render: (r, { t }) => plain(t(customerLevelLabel(r.customer.level))) },
  type: textColumn('type', 'minmax(96px, 0.9fr)', 96, (r, { t }) => t(customerTypeLabel(r.customer.type))),
  status: {
    id: 'status',
    label: 'customers.column.status',
    track: '76px',
    minPx: 76,
    render: (r, { t }) => (
      <Badge size="sm" variant="dot" tt="none" color={STATUS_COLOR[r.customer.status]}>
        {t(customerStatusLabel(r.customer.status))}
      </Badge>
    ),
  },
  region: textColumn('region', 'minmax(64px, 0.7fr)', 64, (r) => r.customer.region),
  manager: textColumn('manager', '76px', 76, (r) => r.customer.managerName),
  fields: wordsColumn('fields', 110, (r) => r.customer.fields),
  tags: wordsColumn('tags', 96, (r) => r.customer.tags),
  cooperationStart: {
    id: 'cooperationStart',
    label: 'customers.column.cooperationStart',
    track: '110px',
    minPx: 110,
    render: (r, { locale }) => plain(formatDay(r.customer.cooperationStart, locale)),
  },
};

export const NAME_COLUMN = { id: 'name' as const, label: 'customers.column.name' as MessageKey, track: 'minmax(180px, 2.4fr)', minPx: 180 };

/** Space between cells and at the row ends (px); the rows' CSS uses the same numbers. */
export const CELL_GAP = 10;
export const ROW_PADDING = 12;

/** The grid of a row, and the width below which the table scrolls sideways instead of squeezing. */
export function gridOf(columns: readonly ColumnId[]): { template: string; minWidth: number } {
  const defs = columns.map((c) => (c === 'name' ? NAME_COLUMN : COLUMNS[c]));
  const cells = defs.reduce((n, d) => n + d.minPx, 0);
  return { template: defs.map((d) => d.track).join(' '), minWidth: cells + CELL_GAP * (defs.length - 1) + 2 * ROW_PADDING };
}
