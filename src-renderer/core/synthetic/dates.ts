/**
 * Calendar days as integers (days since 1970-01-01, UTC) so synthetic dates never depend on the
 * machine's time zone or clock: generation is a pure function of scale, seed and `today`.
 */
export { dayOf, isoOf } from '../days';

const DAY_MS = 86_400_000;

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** An instant on `day` during Beijing office hours (08:00–17:59 +08:00), written in UTC. */
export function officeInstant(day: number, minuteOfDay: number): string {
  // 08:00 in Beijing is 00:00 UTC of the same day.
  return new Date(day * DAY_MS + (minuteOfDay % 600) * 60_000).toISOString();
}
