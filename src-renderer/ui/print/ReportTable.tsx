import type { ReactNode } from 'react';
import classes from './print.module.css';

export interface ReportColumn<T> {
  key: string;
  header: string;
  cell: (row: T, index: number) => ReactNode;
  numeric?: boolean;
  /**
   * How the column's text wraps: `never` for short values (days, grades, kinds, people's names: the column
   * takes their width), `words` for short Chinese phrases and lists (broken only at spaces and punctuation,
   * never inside a word: 副主任设计师 is not split as 副主任设计｜师), else free text (wraps anywhere).
   */
  wrap?: 'never' | 'words';
  /** Share of the width, e.g. '18%': columns without one share the rest. */
  width?: string;
}

function cellClass(column: Pick<ReportColumn<unknown>, 'numeric' | 'wrap'>): string | undefined {
  if (column.numeric) return classes.num;
  if (column.wrap === 'never') return classes.nowrap;
  if (column.wrap === 'words') return classes.words;
  return undefined;
}

/**
 * A printed table: its header repeats on every page, rows never split across pages, long text
 * wraps (nothing is clipped). `footer` is a totals row. Plain HTML: Chromium paginates it natively.
 */
export function ReportTable<T>({
  columns,
  rows,
  rowKey,
  footer,
  label,
  testId,
  dense = false,
}: {
  columns: readonly ReportColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  footer?: ReactNode;
  label: string;
  testId?: string;
  /** Tighter rows for long listings (a 10,000-customer roster): fewer pages to print and to make into a PDF. */
  dense?: boolean;
}) {
  return (
    <table className={dense ? `${classes.table} ${classes.dense}` : classes.table} aria-label={label} data-testid={testId}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={cellClass(c)} style={c.width ? { width: c.width } : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => (
              <td key={c.key} className={cellClass(c)}>
                {c.cell(row, i)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {footer && <tfoot>{footer}</tfoot>}
    </table>
  );
}

/** Label → value rows (an archive card, a report's cover). */
export function FieldTable({ rows, label }: { rows: readonly [string, ReactNode][]; label: string }) {
  return (
    <table className={`${classes.table} ${classes.fields}`} aria-label={label}>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A totals row for ReportTable's footer: the label spans `span` columns, then the figures. */
export function TotalsRow({ label, span, cells }: { label: string; span: number; cells: readonly { key: string; value: ReactNode; numeric?: boolean }[] }) {
  return (
    <tr>
      <td colSpan={span}>{label}</td>
      {cells.map((c) => (
        <td key={c.key} className={c.numeric ? classes.num : undefined}>
          {c.value}
        </td>
      ))}
    </tr>
  );
}
