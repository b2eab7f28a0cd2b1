import type { FieldErrors } from '../validation';
import { checkPassword, type SecurityPolicy } from './policy';

/**
 * The field errors of a new password typed twice (setup, change, reset): the first refusal of
 * `checkPassword` on the password field (a form calls `checkPassword` itself to list them all), or a
 * confirmation that differs. `prefix` places them in a larger form ('businessUsers.0.').
 */
export function newPasswordErrors(
  password: string,
  confirmation: string,
  policy: SecurityPolicy,
  names: { username: string; displayName: string },
  prefix = '',
): FieldErrors {
  const errors: FieldErrors = {};
  const refusals = checkPassword(password, policy, names);
  if (refusals.length > 0) errors[`${prefix}password`] = refusals[0]!;
  else if (confirmation !== password) errors[`${prefix}confirmation`] = 'accounts.passwordMismatch';
  return errors;
}
