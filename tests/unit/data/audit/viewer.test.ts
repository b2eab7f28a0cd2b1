import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../src-renderer/core/audit/types';
import { auditActions, auditPage, type AuditFilter } from '../../../../src-renderer/data/audit/viewer';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { freshDb } from '../helpers';
import { seedAuditLog } from './seed';

/** The viewer's pages against the plain answer: every entry that matches, newest first. */
let db: AirgapDb;
let entries: AuditEntry[];
beforeAll(async () => {
  db = await freshDb();
  ({ entries } = await seedAuditLog(db, 200));
});
afterAll(() => db.close());

function expected(filter: AuditFilter): number[] {
  return entries
    .filter(
      (e) =>
        (filter.userId === undefined || e.userId === filter.userId) &&
        (filter.action === undefined || e.action === filter.action) &&
        (filter.objectId === undefined || e.object?.id === filter.objectId) &&
        (filter.outcome === undefined || e.outcome === filter.outcome) &&
        (filter.from === undefined || e.at >= filter.from) &&
        (filter.to === undefined || e.at <= filter.to),
    )
    .map((e) => e.seq)
    .reverse();
}

/** Every page of `filter`, following nextBefore. */
async function allPages(filter: AuditFilter, limit: number): Promise<number[][]> {
  const pages: number[][] = [];
  let before: number | undefined = undefined;
  for (;;) {
    const page = await auditPage(db, filter, { before, limit });
    pages.push(page.entries.map((e) => e.seq));
    if (page.nextBefore === null) return pages;
    before = page.nextBefore;
  }
}

const FILTERS: Array<[string, AuditFilter]> = [
  ['nothing', {}],
  ['user', { userId: 'user-1' }],
  ['action', { action: 'customer.delete' }],
  ['object', { objectId: 'customer-3' }],
  ['outcome', { outcome: 'failure' }],
  ['time', { from: '2026-11-26T08:00:30.000Z', to: '2026-11-26T08:02:00.000Z' }],
  ['user, action and time', { userId: 'user-2', action: 'report.print', from: '2026-11-26T08:00:10.000Z' }],
  ['object and outcome', { objectId: 'customer-1', outcome: 'success' }],
  ['time and outcome', { to: '2026-11-26T08:01:00.000Z', outcome: 'failure' }],
];

describe('auditPage', () => {
  it.each(FILTERS)('pages through %s newest first, each page full but the last', async (_, filter) => {
    const pages = await allPages(filter, 7);
    const want = expected(filter);
    expect(want.length).toBeGreaterThan(0);
    expect(pages.flat()).toEqual(want);
    expect(pages.slice(0, -1).every((p) => p.length === 7)).toBe(true);
    expect(pages[pages.length - 1]!.length).toBeLessThanOrEqual(7);
  });

  it('starts below `before` and says when nothing follows', async () => {
    expect((await auditPage(db, {}, { before: 4, limit: 10 })).entries.map((e) => e.seq)).toEqual([3, 2, 1]);
    expect((await auditPage(db, {}, { before: 4, limit: 10 })).nextBefore).toBeNull();
    expect(await auditPage(db, { userId: 'nobody' }, { limit: 10 })).toEqual({ entries: [], nextBefore: null });
  });
});

describe('auditActions', () => {
  it('lists each action once, sorted', async () => {
    expect(await auditActions(db)).toEqual([...new Set(entries.map((e) => e.action))].sort());
  });
});
