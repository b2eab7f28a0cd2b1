import { formatMark, markFor, type ClassificationLevel } from '../core/classification';
import { formatDateTime } from '../core/format';
import type { Locale } from '../core/locale';
import { isMessageKey, type Translate } from '../i18n';
import { ENUM_FIELD_PREFIX } from '../i18n/enum-labels';
import { formatDay, formatWanAmount, joinList } from './format';

/**
 * How a field of the change log reads in 修改记录: its name in the user's language and each value
 * as the screens show it (labels for enums, 万元, 2026年11月26日), never the stored code.
 */

/**
 * Derived or internal fields: their changes follow from another field and would only add noise.
 * `deletedAt` is what a 删除 / 恢复 entry changes; the operation and its time already say it.
 */
const HIDDEN = new Set(['sortKey', 'searchKeys', 'customerId', 'managerId', 'fromManagerId', 'toManagerId', 'deletedAt']);

export function isShownField(field: string): boolean {
  return !HIDDEN.has(field);
}

/** The field's name: a table-specific one where the same field means two things (a contact's title is 职务). */
export function fieldLabel(table: string, field: string, t: Translate): string {
  for (const key of [`field.${table}.${field}`, `field.${field}`]) if (isMessageKey(key)) return t(key);
  return field;
}

/** Label of an enum value if the catalog has one (`customers.status.active`), else the value itself. */
function labelled(prefix: string, value: unknown, t: Translate): string {
  const key = `${prefix}.${String(value)}`;
  return isMessageKey(key) ? t(key) : String(value);
}

const ENUM_PREFIX = ENUM_FIELD_PREFIX;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

export interface ValueContext {
  t: Translate;
  locale: Locale;
  /** Names of the records that id-valued fields (parentId, mergedInto) point to. */
  names?: ReadonlyMap<string, string>;
}

export function formatChangeValue(table: string, field: string, value: unknown, { t, locale, names }: ValueContext): string {
  if (value === null || value === undefined || value === '') return '—';
  const prefix = ENUM_PREFIX[table]?.[field];
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return joinList(
      value.map((v) => (prefix ? labelled(prefix, v, t) : String(v))),
      locale,
    );
  }
  if (prefix) return labelled(prefix, value, t);
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (field === 'classification') return formatMark(markFor(value as ClassificationLevel));
  if (field.endsWith('Wan') && typeof value === 'number') return t('common.money', { amount: formatWanAmount(value, locale) });
  if (typeof value === 'string') {
    if (names?.has(value)) return names.get(value)!;
    if (DAY.test(value)) return formatDay(value, locale);
    if (INSTANT.test(value)) return formatDateTime(value, locale);
    return value;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
