import { afterEach, describe, expect, it } from 'vitest';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { gradeDistribution } from '../../../../src-renderer/data/dashboard';
import { gradeCounts } from '../../../../src-renderer/data/grading';
import { readScope, WHOLE_ARCHIVE } from '../../../shared/scopes';
import { department } from '../scope-fixture';

/**
 * Issue 20: 工作台's grade distribution reads the same indexes as gradeCounts, all at once. The figures must
 * be gradeCounts's own, deleted customers (graded or not) left out, for the whole archive and a narrower scope.
 */
let db: AirgapDb;
afterEach(() => db?.close());

const GRADE_CYCLE = ['AAA', 'AA', 'A', 'B', null, 'AA', null] as const;

describe('gradeDistribution', () => {
  it('gives the figures of gradeCounts, deleted customers left out', async () => {
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

    const whole = await gradeDistribution(db);
    expect(whole).toEqual(await gradeCounts(db));
    expect(await gradeDistribution(db, WHOLE_ARCHIVE)).toEqual(whole);
    // Counted by hand: 5 of the fixture's 6 customers (one deleted) and 48 of the 60 are live.
    const live = (await db.customers.toArray()).filter((c) => c.deletedAt === null);
    expect(whole.total).toBe(live.length);
    expect(whole.total).toBe(53);
    for (const grade of ['AAA', 'AA', 'A', 'B'] as const) expect(whole[grade]).toBe(live.filter((c) => c.grade === grade).length);
    expect(whole.ungraded).toBe(live.filter((c) => !c.grade).length);
    expect(whole.ungraded).toBeGreaterThan(0);

    const own = readScope('own', d.here.origin, d.wang.id);
    expect(await gradeDistribution(db, own)).toEqual(await gradeCounts(db, own));
    const dept = readScope('department', d.here.origin, null);
    expect(await gradeDistribution(db, dept)).toEqual(await gradeCounts(db, dept));
  });

  it('counts an empty archive as nothing', async () => {
    const d = await department();
    db = d.db;
    await db.customers.clear();
    expect(await gradeDistribution(db)).toEqual({ AAA: 0, AA: 0, A: 0, B: 0, ungraded: 0, total: 0 });
  });
});
