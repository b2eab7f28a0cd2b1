import { useMemo, type ReactNode } from 'react';
import { useVirtualRows, VIRTUAL_HEADER_HEIGHT } from './hooks/use-virtual-rows';
import classes from './VirtualTable.module.css';

export interface VirtualColumn<T> {
  id: string;
  header: string;
  /** CSS grid track; `minPx` is its minimum, summed for the width below which the table scrolls sideways. */
  track: string;
  minPx: number;
  numeric?: boolean;
  render: (row: T) => ReactNode;
}

interface VirtualTableProps<T> {
  label: string;
  rows: readonly T[];
  columns: readonly VirtualColumn<T>[];
  rowKey: (row: T) => string;
  rowHeight: number;
  /** Extra attributes of a row (a class for key customers, data-* for tests). */
  rowProps?: (row: T) => { className?: string } & Record<`data-${string}`, string | undefined>;
  /** Changes when what is listed changes (filter, search, year): the table starts at the top again. */
  resetKey: string;
  testId: string;
  height: number | string;
  /** In a flex column: give up height when the page has less room than `height` (the table scrolls). */
  shrink?: boolean;
}

/** Header row height (px); `tableHeight` counts it. */
export const HEADER_HEIGHT = VIRTUAL_HEADER_HEIGHT;
const GAP = 10;
const PADDING = 12;

/**
 * A table of thousands of rows as an ARIA table of div rows, windowed by useVirtualRows (as the
 * customer list is): only the rows in view exist in the DOM, so a run of 10,000 entries, a ranking of
 * 10,000 customers or the complaint list scrolls like 30 and a filter re-renders a screenful.
 */
export function VirtualTable<T>({ label, rows, columns, rowKey, rowHeight, rowProps, resetKey, testId, height, shrink = false }: VirtualTableProps<T>) {
  const { scrollRef, rows: inView, bodyHeight } = useVirtualRows({ count: rows.length, rowHeight, overscan: 10, resetKey });
  const { template, minWidth } = useMemo(
    () => ({
      template: columns.map((c) => c.track).join(' '),
      minWidth: columns.reduce((n, c) => n + c.minPx, 0) + GAP * (columns.length - 1) + 2 * PADDING,
    }),
    [columns],
  );
  return (
    <div
      ref={scrollRef}
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      className={classes.table}
      style={shrink ? { height, flex: '0 1 auto', minHeight: 0 } : { height }}
      data-testid={testId}
      data-rows={rows.length}
    >
      <div role="rowgroup" className={classes.head} style={{ minWidth }}>
        <div role="row" aria-rowindex={1} className={classes.row} style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }}>
          {columns.map((c) => (
            <div key={c.id} role="columnheader" className={`${classes.headerCell} ${c.numeric ? classes.numeric : ''}`}>
              {c.header}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className={classes.body} style={{ height: bodyHeight, minWidth }}>
        {inView.map((item) => {
          const row = rows[item.index]!;
          const { className, ...data } = rowProps?.(row) ?? {};
          return (
            <div
              key={rowKey(row)}
              role="row"
              aria-rowindex={item.index + 2}
              className={`${classes.row} ${classes.bodyRow} ${className ?? ''}`}
              style={{ height: rowHeight, transform: `translateY(${item.top}px)`, gridTemplateColumns: template }}
              {...data}
            >
              {columns.map((c) => (
                <div key={c.id} role="cell" className={`${classes.cell} ${c.numeric ? classes.numeric : ''}`}>
                  {c.render(row)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** The height that shows every row (header and borders included), for tables shorter than their box. */
export const tableHeight = (rows: number, rowHeight: number) => HEADER_HEIGHT + rows * rowHeight + 2;

export { classes as tableClasses };
