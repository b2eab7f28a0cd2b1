import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { formatDateTime } from '../../core/format';
import { ValidationError } from '../../core/validation';
import type { AirgapDb } from '../../data/db';
import { getProfile } from '../../data/profile-repo';
import type { WriteContext } from '../../data/write-context';
import { isMessageKey, type MessageKey, type Translate } from '../../i18n';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { useSession, writeContextOf } from '../../state/session';
import { formatDay, formatWanAmount } from '../format';

/**
 * The database and a write context for the operator named in the department profile. The profile
 * is read at write time (not captured at render) so a rename in settings stamps the next write.
 */
export function useArchive(): { db: AirgapDb; withContext: <T>(write: (ctx: WriteContext) => Promise<T>) => Promise<T> } {
  const session = useSession();
  const withContext = useCallback(
    async <T>(write: (ctx: WriteContext) => Promise<T>) => {
      const profile = await getProfile(session.db);
      return write(writeContextOf(session, profile?.operatorName ?? ''));
    },
    [session],
  );
  return { db: session.db, withContext };
}

/**
 * A toast with a named close button: Mantine's is an unlabelled icon, which screen readers announce
 * as just "button" (axe: button-name).
 */
export function notify(t: Translate, color: 'green' | 'red', message: string, title?: string) {
  notifications.show({ color, message, title });
}

/** The first message of a refused write, as text of the current locale. */
export function validationMessage(error: ValidationError, t: Translate): string {
  const key = error.fieldErrors._ ?? Object.values(error.fieldErrors)[0] ?? 'validation.custom';
  return isMessageKey(key) ? t(key) : t('validation.custom');
}

/**
 * Runs a one-click write (delete, restore, set primary, acknowledge) and reports the outcome: a
 * refusal (ValidationError) shows its reason in the user's language, anything else a generic error.
 * Resolves true when the write went through.
 */
export function useAction() {
  const t = useT();
  const { withContext } = useArchive();
  return useCallback(
    async (write: (ctx: WriteContext) => Promise<unknown>, done?: MessageKey, params?: Record<string, string | number>) => {
      try {
        await withContext(write);
        if (done) notify(t, 'green', t(done, params));
        return true;
      } catch (error) {
        if (error instanceof ValidationError) {
          notify(t, 'red', validationMessage(error, t), t('detail.refused'));
        } else {
          console.error(error);
          notify(t, 'red', t('common.error'));
        }
        return false;
      }
    },
    [t, withContext],
  );
}

/** Formatting in the current locale: money in 万元, days, instants. */
export function useFormat() {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  return {
    locale,
    wan: (value: number | null | undefined) => (value === null || value === undefined ? '—' : t('detail.money', { amount: formatWanAmount(value, locale) })),
    day: (day: string | null | undefined) => formatDay(day, locale),
    instant: (iso: string | null | undefined) => (iso ? formatDateTime(iso, locale) : '—'),
  };
}
