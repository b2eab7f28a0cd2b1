import { z } from 'zod';

/**
 * Validation messages in core are i18n keys (`validation.*`), never sentences: the domain does not
 * know the user's language. The UI turns each key into zh-CN or en-US text.
 */
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    if (errors[path]) continue;
    errors[path] = issue.message.startsWith('validation.') ? issue.message : `validation.${issue.code}`;
  }
  return errors;
}

/** Thrown by repositories when input fails validation; nothing has been written. */
export class ValidationError extends Error {
  readonly code = 'validation';
  constructor(readonly fieldErrors: FieldErrors) {
    super(`invalid input: ${Object.keys(fieldErrors).join(', ')}`);
    this.name = 'ValidationError';
  }
}

/** Trimmed text: required, at most `max` characters, no control characters. */
export const TEXT_LIMITS = { name: 100, short: 50, long: 2000 } as const;
/**
 * Characters no typed text may hold (tab and line breaks are judged by the field): C0 and C1 controls, DEL,
 * the bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E/F, U+202A–E, U+2066–9: a
 * U+202E in a unit name or a department shows "部门甲" as text read backwards, the Trojan-Source trick), the
 * byte-order mark and the interlinear annotation marks. They never belong to a name or a note; refusing them
 * everywhere text is validated (forms, imports, exchange and backup files) is issue 14.11.
 */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]/;

/** True when `text` holds none of CONTROL_CHARS (tabs and line breaks are the field's own rule). */
export const hasNoControlChars = (text: string) => !CONTROL_CHARS.test(text);

/**
 * Text that crosses a trust boundary as-is (manifests, key cards, the department directory): at most
 * `max` characters, `min` at least, and no control or bidi characters. Nothing is tidied: a file's bytes
 * are checked, not rewritten.
 */
export function plainText(max: number, min = 0) {
  return z.string().min(min, 'validation.required').max(max, 'validation.tooLong').refine(hasNoControlChars, 'validation.controlChars');
}

/** A required line of text, trimmed; messages are i18n keys (see validation.ts). */
export function requiredText(max: number) {
  return z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(max, 'validation.tooLong')
    .refine((s) => !CONTROL_CHARS.test(s), 'validation.controlChars');
}
