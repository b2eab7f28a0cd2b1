import { DEFAULT_LOCALE, LOCALES, type Locale } from '../core/locale';
import { enUS } from './en-US';
import { fillPlaceholders } from './placeholders';
import { zhCN, type MessageKey, type Messages } from './zh-CN';

export type { Locale, MessageKey };
export { DEFAULT_LOCALE, LOCALES };

const CATALOGS: Record<Locale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function isMessageKey(key: string): key is MessageKey {
  return key in zhCN;
}

export function createTranslator(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  return (key, params) => fillPlaceholders(catalog[key] ?? zhCN[key] ?? key, params);
}
