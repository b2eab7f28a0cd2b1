import { describe, expect, it } from 'vitest';
import { enUS } from '../../../src-renderer/i18n/en-US';
import { createTranslator } from '../../../src-renderer/i18n';
import { zhCN } from '../../../src-renderer/i18n/zh-CN';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('en-US translates every zh-CN key with the same placeholders, and nothing is empty', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [key, zh] of Object.entries(zhCN)) {
      const en = enUS[key as keyof typeof zhCN];
      expect(zh.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
  });

  it('zh-CN messages are Chinese (a missed translation shows up here)', () => {
    const exempt = new Set(['app.name', 'locale.en-US']);
    for (const [key, text] of Object.entries(zhCN)) {
      if (!exempt.has(key)) expect(/[\u4e00-\u9fff]/.test(text), key).toBe(true);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator('zh-CN');
    expect(t('home.greeting', { name: '张伟' })).toBe('张伟，您好');
    expect(t('home.greeting')).toBe('{name}，您好');
    expect(createTranslator('en-US')('home.greeting', { name: 'Li' })).toBe('Hello, Li');
  });
});
