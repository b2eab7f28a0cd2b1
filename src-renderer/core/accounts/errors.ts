import type { z } from 'zod';
import type { FieldErrors } from '../validation';

/**
 * An account action refused for the state of things rather than its input (accounts already set
 * up, disabling oneself, changing an administrator account's role…). `messageKey` is an i18n key;
 * nothing has been written. Input errors are ValidationError (core/validation.ts), missing
 * permissions ForbiddenError (permissions.ts).
 */
export class AccountRefusedError extends Error {
  readonly code = 'refused';
  constructor(readonly messageKey: string) {
    super(`refused: ${messageKey}`);
    this.name = 'AccountRefusedError';
  }
}

/**
 * The field errors of a zod error from an accounts schema: like `fieldErrorsOf` (core/validation.ts),
 * which keeps only `validation.*` messages, but keeping this area's `accounts.*` keys too.
 */
export function accountFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    if (errors[path]) continue;
    errors[path] = /^(validation|accounts)\./.test(issue.message) ? issue.message : `validation.${issue.code}`;
  }
  return errors;
}
