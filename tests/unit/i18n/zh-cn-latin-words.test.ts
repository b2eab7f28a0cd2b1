import { describe, expect, it } from 'vitest';
import { latinWords } from '../../e2e/data/latin-words';
import { zhCN } from '../../../src-renderer/i18n/zh-CN';

/**
 * The zh-CN catalog says no English word (issue 17.6), by the same allow-list as the zh-CN screens
 * (tests/e2e/data/latin-words.ts): this sees the messages of screens and dialogs the screenshot test
 * does not open. Keys that must show Latin letters, and why:
 */
const EXEMPT: Record<string, string> = {
  // Pinyin: the archive search finds customers by their names' pinyin; the hint shows what to type.
  'customers.list.noMatch': 'pinyin example',
  'customers.search.placeholder': 'pinyin examples',
  'merge.pick.placeholder': 'pinyin example',
  'complaints.field.customer.noMatch': 'pinyin example',
  // The two ids the storage refuses are code words; the message names them so the user can pick another.
  'validation.reservedId': 'reserved code words',
};

describe('the zh-CN catalog', () => {
  it('has no English word outside the allow-list and the exempt keys', () => {
    const found = Object.entries(zhCN)
      .filter(([key]) => !Object.hasOwn(EXEMPT, key))
      // {placeholders} are filled in at run time (with numbers, names, or words checked on screen).
      .flatMap(([key, text]) => latinWords(String(text).replace(/\{[A-Za-z]+\}/g, '')).map((w) => `${key}: ${w.word}`));
    expect(found).toEqual([]);
  });

  it('still has each exempt key, with Latin letters in it (no stale exemption)', () => {
    for (const key of Object.keys(EXEMPT)) expect(latinWords((zhCN as Record<string, string>)[key] ?? ''), key).not.toEqual([]);
  });
});
