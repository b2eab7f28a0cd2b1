import { describe, expect, it } from 'vitest';
import { enUS } from '../../../src-renderer/i18n/en-US';
import { zhCN } from '../../../src-renderer/i18n/zh-CN';

/** The grading domain's sources as text, to find every message key its schemas can give. */
const SOURCES = import.meta.glob<string>('../../../src-renderer/core/grading/*.ts', { query: '?raw', import: 'default', eager: true });

describe('grading validation messages', () => {
  it('every validation key the grading schemas can give has a zh-CN and an en-US entry', () => {
    const keys = new Set<string>();
    for (const text of Object.values(SOURCES)) for (const m of text.matchAll(/'(validation\.[\w.]+)'/g)) keys.add(m[1]!);
    expect(keys.size).toBeGreaterThan(20);
    expect([...keys].filter((k) => !(k in zhCN) || !(k in enUS))).toEqual([]);
  });
});
