import { z } from 'zod';
import { isUuid } from '../ids';
import { CONTROL_CHARS, TEXT_LIMITS } from '../validation';

/**
 * Field builders shared by the archive schemas. Input normalisation lives here, in the schema, so
 * every path in (form, spreadsheet, exchange file) stores the same canonical text.
 * Messages are i18n keys (core/validation.ts).
 */
export const ARCHIVE_LIMITS = {
  ...TEXT_LIMITS,
  /** One tag or business field (专业领域): a word, not a sentence. */
  word: 20,
  /** Tags, fields: enough for any real unit, small enough for a list cell. */
  words: 20,
  region: 50,
  address: 200,
  /** One-line free text such as a next step or a handover reason. */
  line: 200,
  phones: 5,
  participants: 30,
} as const;

const noControl = (s: string) => !CONTROL_CHARS.test(s);
/** Names and other one-line text: runs of whitespace (also line breaks, tabs) become one space. */
export const collapseSpaces = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Multi-line text: Windows and old-Mac line ends become \n, the ends are trimmed. */
const tidyLines = (s: string) => s.replace(/\r\n?/g, '\n').trim();
const emptyIfMissing = (v: unknown) => (v === undefined || v === null ? '' : v);

/** Required one-line text (a name): collapsed spaces, 1..max characters, no control characters. */
export function requiredLine(max: number) {
  return z
    .string({ error: 'validation.required' })
    .overwrite(collapseSpaces)
    .min(1, 'validation.required')
    .max(max, 'validation.tooLong')
    .refine(noControl, 'validation.controlChars');
}

/** Optional one-line text: missing or null becomes ''. */
export function optionalLine(max: number) {
  return z.preprocess(
    emptyIfMissing,
    z.string({ error: 'validation.invalid_type' }).overwrite(collapseSpaces).max(max, 'validation.tooLong').refine(noControl, 'validation.controlChars'),
  );
}

/** Multi-line text (notes, summaries); `required` makes an all-blank text an error. */
export function multiline(max: number, required = false) {
  const text = z
    .string({ error: required ? 'validation.required' : 'validation.invalid_type' })
    .overwrite(tidyLines)
    .min(required ? 1 : 0, 'validation.required')
    .max(max, 'validation.tooLong')
    .refine(noControl, 'validation.controlChars');
  return required ? text : z.preprocess(emptyIfMissing, text);
}

/** Drops blank entries (an empty tag field is not a tag) and tolerates a missing list. */
const withoutBlanks = (v: unknown) =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v.filter((x) => !(typeof x === 'string' && x.trim() === '')) : v;
export const unique = <T>(items: T[]): T[] => [...new Set(items)];

/** A list of short words (tags, 专业领域, participants): each tidied, blanks dropped, duplicates merged. */
export function wordList(maxItems: number, maxLength: number) {
  return z.preprocess(
    withoutBlanks,
    z
      .array(z.string({ error: 'validation.invalid_type' }).overwrite(collapseSpaces).max(maxLength, 'validation.tooLong').refine(noControl, 'validation.controlChars'), {
        error: 'validation.invalid_type',
      })
      .overwrite(unique)
      .max(maxItems, 'validation.tooMany'),
  );
}

/** A record id we point to (UUID). */
export const idSchema = z.string({ error: 'validation.required' }).min(1, 'validation.required').refine(isUuid, 'validation.invalidId');
/** An optional reference: '' and undefined (an empty select) mean none. */
export const nullableIdSchema = z.preprocess((v) => (v === undefined || v === '' ? null : v), idSchema.nullable());

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: 'validation.choice' });
}

export const flagSchema = z.boolean({ error: 'validation.choice' });
