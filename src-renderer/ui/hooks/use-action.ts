import { useCallback } from 'react';
import { ValidationError } from '../../core/validation';
import type { WriteContext } from '../../data/write-context';
import { isMessageKey, type MessageKey, type Translate } from '../../i18n';
import { useT } from '../../i18n/react';
import { forbiddenMessage } from '../forbidden';
import { notify } from '../notify';
import { useArchive } from './use-archive';

/** The first message of a refused write, as text of the current locale. */
export function validationMessage(error: ValidationError, t: Translate): string {
  const key = error.fieldErrors._ ?? Object.values(error.fieldErrors)[0] ?? 'validation.custom';
  return isMessageKey(key) ? t(key) : t('validation.custom');
}

/**
 * Runs a one-click write (delete, restore, set primary, acknowledge) and reports the outcome: a
 * refusal (ValidationError, or ForbiddenError for the account's roles) shows its reason in the
 * user's language, anything else a generic error.
 * Resolves true when the write went through.
 */
export function useAction() {
  const t = useT();
  const { withContext } = useArchive();
  return useCallback(
    async (write: (ctx: WriteContext) => Promise<unknown>, done?: MessageKey, params?: Record<string, string | number>) => {
      try {
        await withContext(write);
        if (done) notify('green', t(done, params));
        return true;
      } catch (error) {
        const forbidden = forbiddenMessage(error, t);
        if (error instanceof ValidationError || forbidden) {
          notify('red', forbidden ?? validationMessage(error as ValidationError, t), t('common.refused'));
        } else {
          console.error(error);
          notify('red', t('common.error'));
        }
        return false;
      }
    },
    [t, withContext],
  );
}
