import { RECYCLE_TABLES, type DeletedItem, type RecycleTable } from '../../data/customers';
import type { Translate } from '../../i18n';
import { interactionKindLabel } from '../../i18n/enum-labels';

/** The tables the recycle bin shows, in the order of its sections (a unit before what hangs off it). */
export const BIN_TABLES = RECYCLE_TABLES;
export type BinTable = RecycleTable;

interface Formatters {
  day: (d: string | null | undefined) => string;
  wan: (v: number | null | undefined) => string;
}

/** One line that tells the user which record this was. */
export function describeDeleted(item: DeletedItem, t: Translate, f: Formatters): string {
  switch (item.table) {
    case 'customers':
    case 'contacts':
      return item.record.name;
    case 'interactions':
      return `${f.day(item.record.date)} ${t(interactionKindLabel(item.record.kind))} · ${item.record.summary}`;
    case 'requirements':
      return item.record.title;
    case 'settlements':
      return t('field.settlementName', { date: f.day(item.record.dueDate), amount: f.wan(item.record.receivableWan) });
    case 'complaints':
      return `${item.record.number} · ${item.record.description}`;
    case 'surveys':
      return t('satisfaction.binName', { date: f.day(item.record.date), overall: item.record.overall });
    case 'attachments':
      return `${item.record.title} · ${item.record.fileName}`;
  }
}

/** The customer a deleted record belongs to (a deleted customer is its own). */
export function customerIdOf(item: DeletedItem): string {
  return item.table === 'customers' ? item.record.id : item.record.customerId;
}
