import { afterEach, describe, expect, it } from 'vitest';
import type { DataScope } from '../../../src-renderer/core/accounts/types';
import {
  complaintListRows,
  firstComplaints,
  mostOverdueComplaints,
  openComplaintsOfHandler,
  overdueComplaints,
  overdueCount,
  registerComplaint,
} from '../../../src-renderer/data/complaints';
import type { AirgapDb } from '../../../src-renderer/data/db';
import { dueFollowUps, gradeCounts, type FollowUpRecord } from '../../../src-renderer/data/grading';
import { saveProfile } from '../../../src-renderer/data/profile-repo';
import { createRecord } from '../../../src-renderer/data/records';
import { customerIdsInScope } from '../../../src-renderer/data/scope';
import { complaintStatsOfYear } from '../../../src-renderer/data/complaint-stats';
import { createBenefitYear } from '../../../src-renderer/data/customers';
import { paretoRanking } from '../../../src-renderer/data/grading';
import { complaintStatsOfPeriod, paretoReport } from '../../../src-renderer/data/reports';
import { readScope } from '../../shared/scopes';
import { intake } from './complaints/fixtures';
import { department, type Department } from './scope-fixture';

/**
 * Issue 15.3: the dashboard (follow-ups, grade distribution, overdue complaints) and the complaint
 * lists count and show only what belongs to customers within the reader's data scope — the same
 * customers the customer list shows (checked against `customerIdsInScope`, itself checked against
 * the list in scope.test.ts).
 */
let db: AirgapDb;
afterEach(() => db?.close());

const TODAY = '2027-01-10';

/** Every customer of the department gets an overdue follow-up, an open overdue complaint handled by 王磊, and a grade. */
async function busyDepartment(): Promise<Department> {
  const d = await department();
  db = d.db;
  await saveProfile(
    db,
    { organisation: '某研究所', department: '市场部', operatorName: '张伟', defaultMark: { level: 'internal', periodYears: null } },
    d.here,
  );
  for (const [i, customer] of Object.values(d.c).entries()) {
    await createRecord<FollowUpRecord>(
      db,
      'followUps',
      { customerId: customer.id, grade: 'AA', dueDate: `2027-01-0${i + 1}`, basisDate: '2026-10-01', status: 'open', doneDate: null, interactionId: null },
      d.here,
    );
    await registerComplaint(db, intake(customer.id, { handlerId: d.wang.id, receivedAt: `2026-11-2${i}T02:00:00.000Z` }), d.here);
    await db.customers.update(customer.id, { grade: i % 2 === 0 ? 'AAA' : 'B' });
    await createBenefitYear(db, customer.id, { year: 2026, contractWan: 100, benefitWan: 10 * (i + 1) }, d.here);
  }
  return d;
}

describe('the dashboard and the complaint lists within the data scope', () => {
  it('本人 and 本部门 see and count only their customers’ follow-ups, grades and complaints; 全部 sees all', async () => {
    const d = await busyDepartment();
    const all = Object.values(d.c).map((c) => c.id);
    const scopes: [DataScope, string | null][] = [
      ['own', d.wang.id],
      ['own', d.li.id],
      ['department', null],
      ['all', null],
    ];
    for (const [kind, managerId] of scopes) {
      const scope = readScope(kind, d.here.origin, managerId);
      const ids = (await customerIdsInScope(db, scope)) ?? new Set(all);
      const expected = all.filter((id) => ids.has(id)).sort();
      const label = `${kind} ${managerId ?? ''}`;
      expect(expected.length, label).toBeLessThanOrEqual(all.length);
      const customersOf = (rows: readonly { customerId: string | null }[]) => rows.map((r) => r.customerId).sort();

      const followUps = await dueFollowUps(db, TODAY, 200, scope);
      expect(customersOf(followUps.items), label).toEqual(expected);
      expect(followUps.overdue + followUps.dueSoon, label).toBe(expected.length);
      const grades = await gradeCounts(db, scope);
      expect(grades.total, label).toBe(expected.length);
      expect(grades.AAA + grades.B, label).toBe(expected.length);

      expect(customersOf(await complaintListRows(db, scope)), label).toEqual(expected);
      expect(customersOf(await firstComplaints(db, 100, scope)), label).toEqual(expected);
      expect(customersOf(await overdueComplaints(db, TODAY, scope)), label).toEqual(expected);
      expect(customersOf(await mostOverdueComplaints(db, TODAY, 100, scope)), label).toEqual(expected);
      expect(await overdueCount(db, TODAY, scope), label).toBe(expected.length);
      expect(customersOf(await openComplaintsOfHandler(db, d.wang.id, scope)), label).toEqual(expected);

      // 统计分析 and the reports' data: the 80/20 ranking and the complaint statistics.
      expect(customersOf((await paretoRanking(db, 2026, scope)).rows), label).toEqual(expected);
      expect([...(await paretoReport(db, 2026, scope)).customers.keys()].sort(), label).toEqual(expected);
      expect((await complaintStatsOfPeriod(db, '2026-11-01', '2026-11-30', new Date('2027-01-10T00:00:00Z'), scope)).statistics.total, label).toBe(
        expected.length,
      );
      expect((await complaintStatsOfYear(db, 2026, null, '2027-01-10T00:00:00.000Z', scope)).total, label).toBe(expected.length);
    }
  });

  it('a narrower scope’s first rows are the first of its own, not the archive’s first rows filtered', async () => {
    const d = await busyDepartment();
    const scope = readScope('own', d.here.origin, d.wang.id);
    // Newest received first: 王磊's two customers are not among the archive's newest.
    const newest = await firstComplaints(db, 2, scope);
    expect(newest.map((c) => c.customerId).sort()).toEqual([d.c.wangs.id, d.c.receivedToWang.id].sort());
    expect((await mostOverdueComplaints(db, TODAY, 1, scope)).map((c) => c.customerId)).toEqual([d.c.wangs.id]);
  });
});
