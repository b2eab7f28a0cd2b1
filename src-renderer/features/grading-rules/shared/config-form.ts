import type { z } from 'zod';
import { decodeHlc } from '../../../core/hlc';
import { fieldErrorsOf, type FieldErrors } from '../../../core/validation';
import { isMessageKey, type Translate } from '../../../i18n';
import { numberOrBlank } from '../../../ui/archive-options';

/**
 * What the three rule editors share, pure (no React): a NumberInput's value, the schema's verdict
 * on an edited body as field errors, deep equality of two bodies, and when a version was saved.
 */

/** A NumberInput's value: a number, or '' (or unparsable text) while the field is being typed. */
export type NumberField = number | string;

/** The value as the schema should judge it: a number, or '' so the schema says "此项必填". */
export const toNumber = (value: NumberField): number | string => numberOrBlank(value);

/**
 * The schema's messages for `body`, by field path (`payment.stableMaxDays`, `items.3.maxPoints`),
 * or {} when it is valid. The same schema the repository applies, so the editor can show every
 * message at its field before a department head is asked to approve a change that would be refused.
 */
export function schemaErrors(schema: z.ZodType, body: unknown): FieldErrors {
  const parsed = schema.safeParse(body);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

/** A field's message (an i18n key from the schema) as text of the current locale; undefined when the field is fine. */
export function messageText(key: string | undefined, t: Translate): string | undefined {
  if (key === undefined) return undefined;
  return isMessageKey(key) ? t(key) : t('validation.custom');
}

/** Structural equality of two configuration bodies (plain JSON data: objects, arrays, numbers, strings). */
export function sameBody(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameBody((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * When a configuration version was saved. Versions are never edited, so the wall time of their
 * `rev` (hybrid logical clock) is the moment of the save; the envelope has no other timestamp.
 */
export function savedAtOf(record: { rev: string }): string {
  return new Date(decodeHlc(record.rev).wallMs).toISOString();
}

/** A figure as the rules read it, or the blank mark while the field holds no number. */
export function figureText(value: NumberField, blank: string): string {
  const n = toNumber(value);
  return typeof n === 'number' ? String(n) : blank;
}
