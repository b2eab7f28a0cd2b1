import { useEffect, useState } from 'react';
import { chinaDayOf } from '../../core/complaints';

/** Minute by minute is soon enough for a day to turn, and survives the PC sleeping past midnight. */
const CHECK_EVERY_MS = 60_000;

const todayInChina = () => chinaDayOf(new Date().toISOString());

/**
 * Today's office day (China time, 'YYYY-MM-DD'), which moves on at midnight while the screen stays
 * open: a card that read "today" once at mount would go on showing yesterday's overdue items.
 * Use it as a dependency of the reads that depend on the day.
 */
export function useOfficeToday(): string {
  const [today, setToday] = useState(todayInChina);
  useEffect(() => {
    const timer = setInterval(() => setToday(todayInChina()), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  return today;
}
