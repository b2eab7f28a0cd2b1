import { useEffect, useState } from 'react';
import { chinaDayOf, chinaTimeOf } from '../../core/complaints';
import { formatIsoDay } from '../../core/format';
import type { Locale } from '../../core/locale';

/**
 * An instant as the office reads it, in China time (UTC+8) whatever the PC's zone, 24-hour:
 * 2026年5月3日 14:05. The same day as `now` gives the time alone (已锁定至 14:35).
 */
export function officeDateTime(instant: string, locale: Locale, now?: Date): string {
  const day = chinaDayOf(instant);
  if (now && day === chinaDayOf(now.toISOString())) return chinaTimeOf(instant);
  return `${formatIsoDay(day, locale)} ${chinaTimeOf(instant)}`;
}

/** Half a minute is soon enough: a lockout ends on the minute the table shows. */
const TICK_MS = 30_000;

/** The current time, renewed while the screen stays open, so a lockout that ran out stops showing as one. */
export function useTicking(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
