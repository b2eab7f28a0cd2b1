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
/** Tabs and line breaks (also the Unicode line and paragraph separators): never inside one-line text. */
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/;
const noBreaks = (s: string) => !LINE_BREAKS.test(s);
/** Whitespace other than tabs and line breaks (spaces, no-break and full-width spaces). */
const SPACE_RUNS = /(?:(?![\t\n\v\f\r\u0085\u2028\u2029])\s)+/g;
/**
 * One-line text: the ends trimmed (a trailing line break copied with a cell goes), runs of spaces
 * become one space. A tab or line break INSIDE is left for the schema to refuse: it is a pasted
 * spreadsheet row ("中国电子科技集团有限公司⇥电科⇥025-51821234") or pasted lines, never a name.
 */
export const tidyLine = (s: string) => s.trim().replace(SPACE_RUNS, ' ');
/** Names and other one-line text: runs of whitespace (also line breaks, tabs) become one space. */
export const collapseSpaces = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Multi-line text: Windows and old-Mac line ends become \n, the ends are trimmed. */
const tidyLines = (s: string) => s.replace(/\r\n?/g, '\n').trim();
const emptyIfMissing = (v: unknown) => (v === undefined || v === null ? '' : v);

/**
 * The one rule for one-line text (names, short names, regions, addresses, titles, reasons…): tidied
 * as `tidyLine`, at most `max` characters, no tab or line break inside, no control characters.
 * `min` 1 makes it required.
 */
function oneLine(max: number, min: 0 | 1, typeError: string) {
  return z
    .string({ error: typeError })
    .overwrite(tidyLine)
    .min(min, 'validation.required')
    .max(max, 'validation.tooLong')
    .refine(noBreaks, 'validation.oneLine')
    .refine(noControl, 'validation.controlChars');
}

/** Required one-line text (a name): see `oneLine`. */
export function requiredLine(max: number) {
  return oneLine(max, 1, 'validation.required');
}

/** Optional one-line text: missing or null becomes ''. */
export function optionalLine(max: number) {
  return z.preprocess(emptyIfMissing, oneLine(max, 0, 'validation.invalid_type'));
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

/** What separates words in a list typed as one text: the enumeration comma 、, commas and semicolons, half- and full-width. */
const LIST_SEPARATORS = /[、，,;；､]+/;
/** Tags and 专业领域 are single words, so whitespace separates them too ("导弹 飞船"). */
const WORD_SEPARATORS = /[、，,;；､\s]+/;

/**
 * A list as typed: each entry (or a single text) split at the separators, tidied, blanks dropped —
 * "导弹、飞船" is two tags, never one. Used by the schema (so every path in stores split words) and by
 * the forms on Enter and on leaving the field. `words` also splits at whitespace.
 */
export function splitList(items: readonly string[] | string, kind: 'words' | 'names' = 'words'): string[] {
  const separators = kind === 'words' ? WORD_SEPARATORS : LIST_SEPARATORS;
  const out: string[] = [];
  for (const item of typeof items === 'string' ? [items] : items) {
    for (const part of item.split(separators)) {
      const word = collapseSpaces(part);
      if (word !== '' && !out.includes(word)) out.push(word);
    }
  }
  return out;
}

/** Splits the text entries of a list (anything else is left for the schema to refuse) and tolerates a missing list. */
const splitEntries = (kind: 'words' | 'names') => (v: unknown) => {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return splitList(v, kind);
  if (!Array.isArray(v)) return v;
  return v.flatMap((x) => (typeof x === 'string' ? splitList(x, kind) : [x]));
};
export const unique = <T>(items: T[]): T[] => [...new Set(items)];

/**
 * A list of short words or names (tags, 专业领域, participants): split at 、，,; (`words` — tags and
 * fields — also at whitespace), each tidied, blanks dropped, duplicates merged.
 */
export function wordList(maxItems: number, maxLength: number, kind: 'words' | 'names' = 'words') {
  return z.preprocess(
    splitEntries(kind),
    z
      .array(z.string({ error: 'validation.invalid_type' }).max(maxLength, 'validation.tooLong').refine(noControl, 'validation.controlChars'), {
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
