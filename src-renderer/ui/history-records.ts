import type { ChangeEntry } from '../core/change-log';
import type { HistoryKind, HistoryRecord } from '../data/customers';
import type { Translate } from '../i18n';
import { anyKindLabel, interactionKindLabel } from '../i18n/enum-labels';
import { INTERACTION_KINDS } from '../core/model';
import { isShownField } from './history-values';

/**
 * How an entry of the customer's 修改记录 names its record and its action, in the words the
 * customer page uses for that record elsewhere (its row's name in its tab).
 */

export type HistoryAction = ChangeEntry['op'] | 'merge' | 'mergeIn';

/**
 * A merge writes ordinary updates: `mergedInto` on the duplicate, `customerId` on each child it
 * hands over (no other write moves a child to another customer), so those read as 合并 / 合并转入.
 */
export function historyAction(entry: ChangeEntry): HistoryAction {
  if (entry.op !== 'update') return entry.op;
  if (entry.fields.some((f) => f.field === 'mergedInto')) return 'merge';
  if (entry.table !== 'customers' && entry.fields.some((f) => f.field === 'customerId')) return 'mergeIn';
  return 'update';
}

/** The field changes to list: a delete or restore says it all, its `deletedAt` would only repeat it. */
export function shownChanges(entry: ChangeEntry) {
  return entry.fields.filter((f) => isShownField(f.field) && !(f.field === 'deletedAt' && (entry.op === 'delete' || entry.op === 'restore')));
}

export function kindLabel(kind: HistoryKind, t: Translate): string {
  const key = anyKindLabel(kind);
  return key ? t(key) : kind;
}

interface NameFormat {
  t: Translate;
  day: (day: string | null | undefined) => string;
  wan: (value: number | null | undefined) => string;
}

/** The record's name as its tab shows it (联系人 张三, 往来记录 2026年3月5日 技术交流…); '' when it is gone. */
export function recordName({ table, row }: HistoryRecord, { t, day, wan }: NameFormat): string {
  if (!row) return '';
  const text = (field: string) => (typeof row[field] === 'string' ? (row[field] as string) : '');
  switch (table) {
    case 'customers':
    case 'contacts':
      return text('name');
    case 'interactions': {
      const kind = INTERACTION_KINDS.find((k) => k === text('kind'));
      return `${day(text('date'))} ${kind ? t(interactionKindLabel(kind)) : text('kind')}`;
    }
    case 'requirements':
      return text('title');
    case 'benefits':
      return t('field.benefitYearName', { year: String(row.year) });
    case 'settlements':
      return t('field.settlementName', { date: day(text('dueDate')), amount: wan(row.receivableWan as number) });
    case 'handovers':
      return `${text('fromManagerName') || t('field.noManager')} → ${text('toManagerName')}`;
    case 'surveys':
      return day(text('date'));
    default:
      return text('title') || text('summary');
  }
}
