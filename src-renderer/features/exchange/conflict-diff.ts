import { ENVELOPE_FIELDS } from '../../core/envelope';
import { isShownField } from '../../ui/history-values';

/**
 * The fields in which two versions of a record differ, in the record's own field order, leaving
 * out the envelope and the derived fields the 修改记录 also hides (searchKeys, sortKey…).
 */
export function differingFields(a: Record<string, unknown> | undefined, b: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b)])];
  return keys.filter(
    (k) => !(ENVELOPE_FIELDS as readonly string[]).includes(k) && isShownField(k) && JSON.stringify(a?.[k] ?? null) !== JSON.stringify(b[k] ?? null),
  );
}
