import { useState } from 'react';
import { ValidationError } from '../../core/validation';
import type { WriteContext } from '../../data/write-context';
import { isMessageKey, type Translate } from '../../i18n';
import { useT } from '../../i18n/react';
import { forbiddenMessage } from '../../ui/forbidden';
import { notify } from '../../ui/notify';
import { useArchive } from '../../ui/hooks/use-archive';

/**
 * What a refused write says, per field path, in the user's language (a refusal for the account's
 * roles under `_`). Anything else is a bug, so it is logged and shown as the generic error under `_`.
 */
export function refusalMessages(error: unknown, t: Translate): Record<string, string> {
  const forbidden = forbiddenMessage(error, t);
  if (forbidden) return { _: forbidden };
  if (!(error instanceof ValidationError)) {
    console.error(error);
    return { _: t('common.error') };
  }
  return Object.fromEntries(Object.entries(error.fieldErrors).map(([path, key]) => [path, isMessageKey(key) ? t(key) : t('validation.custom')]));
}

/** The message for a form without per-field inputs: the whole-record one, else the first. */
export function firstMessage(errors: Record<string, string>): string | undefined {
  return errors._ ?? Object.values(errors)[0];
}

/**
 * A dialog's or section's save: busy while writing, a green toast once written, else the refusal's
 * messages per field (nothing was written — the repository validates before it writes).
 */
export function useGuardedWrite() {
  const t = useT();
  const { db, withContext } = useArchive();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = async (write: (ctx: WriteContext) => Promise<unknown>, done: string): Promise<boolean> => {
    setBusy(true);
    setErrors({});
    try {
      await withContext(write);
      notify('green', done);
      return true;
    } catch (e) {
      setErrors(refusalMessages(e, t));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { db, busy, errors, run };
}
