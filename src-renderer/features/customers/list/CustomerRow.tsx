import { Text } from '@mantine/core';
import { memo, type MouseEvent } from 'react';
import type { ContactRecord } from '../../../data/customers';
import { nameRanges, phoneHit } from '../shared/highlight';
import { Highlighted } from '../shared/Highlighted';
import { COLUMNS, type CellContext } from './columns';
import type { ColumnId, ListRow } from './list-model';
import links from '../shared/links.module.css';
import classes from './customers.module.css';

const NO_COLUMNS: readonly ColumnId[] = [];

/** One row of the list: a customer, and the search hit that brought it there (if searching). */
interface RowProps {
  row: ListRow;
  index: number;
  columns: readonly ColumnId[];
  template: string;
  query: string;
  ctx: CellContext;
  /** Offset from the top of the body (px) and the row height. */
  top: number;
  height: number;
  onOpen: (id: string) => void;
}

/**
 * Memoised: while scrolling, the rows that stay in view keep their props and do not re-render, so
 * a frame only renders the rows that scroll in (the props are primitives or stable references).
 */
export const CustomerRow = memo(function CustomerRow({ row, index, columns, template, query, ctx, top, height, onOpen }: RowProps) {
  const { customer } = row;
  // The name cell sits where the columns put it; the cells before and after it are memoised apart.
  const at = columns.indexOf('name');
  const before = at === -1 ? columns : columns.slice(0, at);
  const after = at === -1 ? NO_COLUMNS : columns.slice(at + 1);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`${classes.row} ${classes.bodyRow}`}
      style={{ height, transform: `translateY(${top}px)`, gridTemplateColumns: template }}
      onClick={() => onOpen(customer.id)}
    >
      <Cells row={row} columns={before} ctx={ctx} />
      {at !== -1 && <NameCell row={row} query={query} ctx={ctx} onOpen={onOpen} />}
      <Cells row={row} columns={after} ctx={ctx} />
    </div>
  );
});

/**
 * The cells other than the name, drawn again only when their customer record changes (or the
 * columns, or the language): a keystroke changes the search highlight, which is the name cell's
 * alone, so the other cells of a row that stays in view are kept. The column cells show the
 * customer's own fields (COLUMNS' render and text read `row.customer` only).
 */
const Cells = memo(
  function Cells({ row, columns, ctx }: { row: ListRow; columns: readonly ColumnId[]; ctx: CellContext }) {
    return (
      <>
        {columns.map((id) => {
          if (id === 'name') return null;
          const def = COLUMNS[id];
          return (
            <div key={id} role="cell" className={classes.cell} title={def.text?.(row, ctx) || undefined}>
              {def.render(row, ctx)}
            </div>
          );
        })}
      </>
    );
  },
  (a, b) => a.row.customer === b.row.customer && sameColumns(a.columns, b.columns) && a.ctx === b.ctx,
);

const sameColumns = (a: readonly ColumnId[], b: readonly ColumnId[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** Name (a real link, so the row is reachable by keyboard), short name, and the contact a search matched. */
function NameCell({ row, query, ctx, onOpen }: { row: ListRow; query: string; ctx: CellContext; onOpen: (id: string) => void }) {
  const { customer, hit } = row;
  const open = (event: MouseEvent) => {
    // The hash link would navigate too; one navigation (one history entry) is enough.
    event.preventDefault();
    event.stopPropagation();
    onOpen(customer.id);
  };
  const second =
    hit?.via === 'contact' && hit.contact ? (
      <ContactLine contact={hit.contact} query={query} ctx={ctx} />
    ) : customer.shortName ? (
      <Highlighted text={customer.shortName} ranges={nameRanges(customer.shortName, query)} />
    ) : null;
  return (
    <div role="cell" className={classes.cell}>
      <Text size="sm" truncate="end" title={customer.name}>
        <a href={`#/customers/${customer.id}`} className={`${classes.nameLink} ${links.link}`} onClick={open}>
          <Highlighted text={customer.name} ranges={nameRanges(customer.name, query)} />
        </a>
      </Text>
      {second && (
        <Text size="xs" c="dimmed" truncate="end">
          {second}
        </Text>
      )}
    </div>
  );
}

/** "Contact: 王强 138 1234 5678" — why a search for a person or a phone listed this unit. */
function ContactLine({ contact, query, ctx }: { contact: ContactRecord; query: string; ctx: CellContext }) {
  const phone = phoneHit(contact.phones, query);
  return (
    <>
      {ctx.t('customers.list.viaContact')}
      <Highlighted text={contact.name} ranges={nameRanges(contact.name, query, true)} />
      {phone && (
        <>
          {' · '}
          <Highlighted text={phone.phone} ranges={phone.ranges} />
        </>
      )}
    </>
  );
}
