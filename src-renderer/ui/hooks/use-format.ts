import { formatDateTime } from '../../core/format';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { formatDay, formatWanAmount } from '../format';

/** Formatting in the current locale: money in 万元, days, instants. */
export function useFormat() {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  return {
    locale,
    wan: (value: number | null | undefined) => (value === null || value === undefined ? '—' : t('common.money', { amount: formatWanAmount(value, locale) })),
    day: (day: string | null | undefined) => formatDay(day, locale),
    instant: (iso: string | null | undefined) => (iso ? formatDateTime(iso, locale) : '—'),
  };
}
