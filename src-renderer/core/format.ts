/**
 * Dates and times as a Chinese office writes them (2026年11月26日, 2026年11月26日 14:05), and their
 * en-US equivalents. Pure: the locale is a parameter.
 */
export type LocaleTag = 'zh-CN' | 'en-US';

export function formatDate(value: Date | string, locale: LocaleTag): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

export function formatDateTime(value: Date | string, locale: LocaleTag): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const day = formatDate(date, locale);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
  return `${day} ${time}`;
}

export function formatWeekday(value: Date, locale: LocaleTag): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(value);
}
