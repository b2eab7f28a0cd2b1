/**
 * The locales of the UI: Simplified Chinese first (the default, and the language of stored records
 * and printed marks), English second. The one Locale type: the catalogs, the preferences, the
 * formatting of dates and numbers and the grade-decision renderer all take this.
 */
export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
