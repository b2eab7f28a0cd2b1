import { describe, expect, it } from 'vitest';
import { COMPLAINT_ACTIONS, DEADLINE_STAGES, ZEROING_ITEMS } from '../../../src-renderer/core/complaints';
import { COMPLAINT_STATUSES } from '../../../src-renderer/core/model';
import { enUS } from '../../../src-renderer/i18n/en-US';
import { zhCN } from '../../../src-renderer/i18n/zh-CN';

/** The complaints domain's sources as text, to find every message key it can give. */
const SOURCES = import.meta.glob<string>('../../../src-renderer/core/complaints/*.ts', { query: '?raw', import: 'default', eager: true });

const missing = (keys: Iterable<string>) => [...keys].filter((k) => !(k in zhCN) || !(k in enUS));

describe('complaints domain messages', () => {
  it('every validation and refusal key the domain can give has a zh-CN and an en-US entry', () => {
    const keys = new Set<string>();
    for (const text of Object.values(SOURCES)) for (const m of text.matchAll(/'((?:validation|complaints)\.[\w.]+)'/g)) keys.add(m[1]!);
    expect(keys.size).toBeGreaterThan(20);
    expect(missing(keys)).toEqual([]);
  });

  it('every status, action, zeroing item and deadline stage has a name', () => {
    expect(
      missing([
        ...COMPLAINT_STATUSES.map((s) => `complaints.status.${s}`),
        ...COMPLAINT_ACTIONS.map((a) => `complaints.action.${a}`),
        ...ZEROING_ITEMS.map((z) => `complaints.zeroing.${z}`),
        ...DEADLINE_STAGES.map((d) => `complaints.deadline.${d}`),
      ]),
    ).toEqual([]);
  });
});
