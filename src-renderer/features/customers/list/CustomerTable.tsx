import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useT } from '../../../i18n/react';
import { usePreferences } from '../../../state/preferences';
import { useVirtualRows, VIRTUAL_HEADER_HEIGHT } from '../../../ui/hooks/use-virtual-rows';
import { COLUMNS, gridOf, NAME_COLUMN } from './columns';
import { CustomerRow } from './CustomerRow';
import type { ListRow } from './list-model';
import type { ColumnId, SortState } from './list-model';
import classes from './customers.module.css';

/** Two lines (name, then short name or the matched contact) at the app's font size. */
export const ROW_HEIGHT = 56;

interface TableProps {
  rows: readonly ListRow[];
  columns: readonly ColumnId[];
  sort: SortState;
  onSort: (column: ColumnId) => void;
  query: string;
  onOpen: (id: string) => void;
  /** Changes when the user changes what is listed (search, filters, sort): the list starts at the top again. */
  resetKey: string;
  /** More search results are on their way (customers found through contacts). */
  busy: boolean;
}

/**
 * The list as an ARIA table of div rows, windowed by useVirtualRows (as ui/VirtualTable is): only the
 * rows in view (plus a few) exist in the DOM, so 10,000 customers scroll like 30. The table element
 * itself is the scroll container: header and body are its direct row groups, as ARIA expects. Its own
 * rendering stays here: sortable headers and memoised rows with the search highlighted.
 */
export function CustomerTable({ rows, columns, sort, onSort, query, onOpen, resetKey, busy }: TableProps) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const { scrollRef, rows: inView, bodyHeight } = useVirtualRows({ count: rows.length, rowHeight: ROW_HEIGHT, overscan: 12, resetKey });
  const { template, minWidth } = useMemo(() => gridOf(columns), [columns]);
  const ctx = useMemo(() => ({ t, locale }), [t, locale]);
  return (
    <div
      ref={scrollRef}
      role="table"
      aria-label={t('customers.list.tableLabel')}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-busy={busy}
      // Which search these rows answer: tests and the bench wait for it instead of guessing.
      data-query={query.trim()}
      className={classes.table}
    >
      <div role="rowgroup" className={classes.head} style={{ minWidth }}>
        <div role="row" aria-rowindex={1} className={classes.row} style={{ gridTemplateColumns: template, height: VIRTUAL_HEADER_HEIGHT }}>
          {columns.map((id) => (
            <HeaderCell key={id} id={id} sort={sort} onSort={onSort} label={t(id === 'name' ? NAME_COLUMN.label : COLUMNS[id].label)} />
          ))}
        </div>
      </div>
      <div role="rowgroup" className={classes.body} style={{ height: bodyHeight, minWidth }}>
        {inView.map((item) => (
          <CustomerRow
            key={rows[item.index]!.customer.id}
            row={rows[item.index]!}
            index={item.index}
            columns={columns}
            template={template}
            query={query}
            ctx={ctx}
            top={item.top}
            height={ROW_HEIGHT}
            onOpen={onOpen}
          />
        ))}
      </div>
    </div>
  );
}

function HeaderCell({ id, label, sort, onSort }: { id: ColumnId; label: string; sort: SortState; onSort: (c: ColumnId) => void }) {
  const active = sort.column === id;
  const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <div role="columnheader" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} className={classes.cell}>
      <UnstyledButton className={classes.headerButton} onClick={() => onSort(id)}>
        {label}
        <Icon size={14} stroke={1.6} aria-hidden opacity={active ? 1 : 0.45} />
      </UnstyledButton>
    </div>
  );
}
