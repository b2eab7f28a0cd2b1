import { describe, expect, it } from 'vitest';
import { enUS } from '../../../../src-renderer/i18n/en-US';
import { zhCN } from '../../../../src-renderer/i18n/zh-CN';

/** The accounts rules and repository as text, to find every message key they can give. */
const SOURCES = import.meta.glob<string>(['../../../../src-renderer/core/accounts/**/*.ts', '../../../../src-renderer/data/accounts/*.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('accounts messages', () => {
  it('every refusal and validation key the accounts code can give has a zh-CN and an en-US entry', () => {
    const keys = new Set<string>();
    for (const text of Object.values(SOURCES)) for (const m of text.matchAll(/'((?:validation|accounts|auth)\.[A-Za-z_]+)'/g)) keys.add(m[1]!);
    // Audit action names share the auth. prefix; they are not messages.
    for (const action of ['auth.lock', 'auth.lockout', 'auth.unlock']) keys.delete(action);
    expect(keys.size).toBeGreaterThan(30);
    expect([...keys].filter((k) => !(k in zhCN) || !(k in enUS))).toEqual([]);
  });
});
