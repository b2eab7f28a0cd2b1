import { enUS } from './en-US';
import { zhCN, type MessageKey, type Messages } from './zh-CN';

export type { MessageKey };
export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

const CATALOGS: Record<Locale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function isMessageKey(key: string): key is MessageKey {
  return key in zhCN;
}

export function createTranslator(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  return (key, params) => {
    const text = catalog[key] ?? zhCN[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}
