import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../src-renderer/core/audit/types';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import type { AuditQuery } from '../../../../src-renderer/features/audit/audit-filter';
import { loadAuditPage } from '../../../../src-renderer/features/audit/audit-pages';
import { freshDb } from '../../data/helpers';
import { seedAuditLog } from '../../data/audit/seed';

let db: AirgapDb;
let entries: AuditEntry[];
beforeAll(async () => {
  db = await freshDb();
  ({ entries } = await seedAuditLog(db, 200));
});
afterAll(() => db.close());

/** Every page of a query by 加载更多, with small pages and steps so that pages end inside a step and steps inside a page. */
async function allPages(query: AuditQuery, limit: number, step: number): Promise<number[][]> {
  const pages: number[][] = [];
  let before: number | undefined;
  for (;;) {
    const page = await loadAuditPage(db, query, before, limit, step);
    pages.push(page.entries.map((e) => e.seq));
    if (page.nextBefore === null) return pages;
    before = page.nextBefore;
  }
}

describe('the screen’s pages', () => {
  it('未登录: only entries without a user, newest first, none twice or left out, each page full but the last', async () => {
    const expected = entries
      .filter((e) => e.userId === null)
      .map((e) => e.seq)
      .reverse();
    expect(expected.length).toBeGreaterThan(20);
    const pages = await allPages({ filter: {}, signedOutOnly: true }, 7, 13);
    expect(pages.flat()).toEqual(expected);
    expect(pages.slice(0, -1).every((page) => page.length === 7)).toBe(true);
  });

  it('未登录 with an action: the rest of the filter still narrows what is read', async () => {
    const expected = entries
      .filter((e) => e.userId === null && e.action === 'report.print')
      .map((e) => e.seq)
      .reverse();
    expect(expected.length).toBeGreaterThan(2);
    expect((await allPages({ filter: { action: 'report.print' }, signedOutOnly: true }, 2, 5)).flat()).toEqual(expected);
  });

  it('any other query is the viewer’s page as it is', async () => {
    const page = await loadAuditPage(db, { filter: { userId: 'user-1' }, signedOutOnly: false }, undefined, 5);
    expect(page.entries.map((e) => e.seq)).toEqual(
      entries
        .filter((e) => e.userId === 'user-1')
        .map((e) => e.seq)
        .reverse()
        .slice(0, 5),
    );
  });
});
