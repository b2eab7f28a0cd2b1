import { ForbiddenError } from '../core/accounts';
import type { Translate } from '../i18n';

/**
 * What the user reads when the repository refused a write because the signed-in account's roles do
 * not allow it (ForbiddenError, issue 15.4; nothing was written), or null for any other error. A
 * screen usually hides what its user may not do, so this is the answer to a stale screen or a
 * button a permission check missed, never a crash.
 */
export function forbiddenMessage(error: unknown, t: Translate): string | null {
  return error instanceof ForbiddenError ? t(error.messageKey) : null;
}
