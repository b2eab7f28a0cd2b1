import { afterEach, describe, expect, it } from 'vitest';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { gradeCounts } from '../../../../src-renderer/data/grading';
import { readScope, WHOLE_ARCHIVE } from '../../../shared/scopes';
import { department } from '../scope-fixture';

/**
 * 工作台's and the 80/20 view's grade distribution (gradeCounts): since issue 20 its index reads go out at
 * once. The figures are the live customers' by hand, deleted customers (graded or not) left out, for the
 * whole archive; a narrower scope counts its own customers.
 */
let db: AirgapDb;
afterEach(() => db?.close());

const GRADE_CYCLE = ['AAA', 'AA', 'A', 'B', null, 'AA', null] as const;

describe('gradeCounts (工作台 and 80/20)', () => {
  it('counts the live customers of each grade, deleted customers left out', async () => {
    const d = await department();
    db = d.db;
    const base = d.c.wangs;
    // 60 more customers: every grade and none, one in 5 in the recycle bin (graded ones among them).
    await db.customers.bulkPut(
      Array.from({ length: 60 }, (_, i) => ({
        ...base,
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        grade: GRADE_CYCLE[i % GRADE_CYCLE.length] ?? undefined,
        deletedAt: i % 5 === 0 ? '2027-01-01T00:00:00.000Z' : null,
      })),
    );
    await db.customers.update(d.c.lis.id, { grade: 'B' });
    await db.customers.update(d.c.foreigns.id, { grade: 'AAA', deletedAt: '2027-01-02T00:00:00.000Z' });

    const whole = await gradeCounts(db);
    expect(await gradeCounts(db, WHOLE_ARCHIVE)).toEqual(whole);
    // Counted by hand: 5 of the fixture's 6 customers (one deleted) and 48 of the 60 are live.
    const live = (await db.customers.toArray()).filter((c) => c.deletedAt === null);
    expect(whole.total).toBe(live.length);
    expect(whole.total).toBe(53);
    for (const grade of ['AAA', 'AA', 'A', 'B'] as const) expect(whole[grade]).toBe(live.filter((c) => c.grade === grade).length);
    expect(whole.ungraded).toBe(live.filter((c) => !c.grade).length);
    expect(whole.ungraded).toBeGreaterThan(0);

    const own = readScope('own', d.here.origin, d.wang.id);
    const owned = live.filter((c) => c.managerId === d.wang.id);
    expect(owned.length).toBeGreaterThan(0);
    expect((await gradeCounts(db, own)).total).toBe(owned.length);
    expect((await gradeCounts(db, own)).B).toBe(owned.filter((c) => c.grade === 'B').length);
  });

  it('counts an empty archive as nothing', async () => {
    const d = await department();
    db = d.db;
    await db.customers.clear();
    expect(await gradeCounts(db)).toEqual({ AAA: 0, AA: 0, A: 0, B: 0, ungraded: 0, total: 0 });
  });
});
