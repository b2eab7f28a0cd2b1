import type { z } from 'zod';

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
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
