import { afterEach, describe, expect, it } from 'vitest';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import type { HandoverRecord, InteractionRecord, RequirementRecord, SettlementRecord } from '../../../../src-renderer/data/customers';
import { mostUrgentFirst, myDay, type DueItem, type DueKind } from '../../../../src-renderer/data/dashboard';
import type { FollowUpRecord, GradeRunRecord } from '../../../../src-renderer/data/grading';
import { registerComplaint } from '../../../../src-renderer/data/complaints';
import { createRecord } from '../../../../src-renderer/data/records';
import { readScope, WHOLE_ARCHIVE } from '../../../shared/scopes';
import { intake } from '../complaints/fixtures';
import { freshDb, testContext } from '../helpers';
import { department, type Department } from '../scope-fixture';

/** Issue 17.1: 工作台 lists everything due or overdue for the signed-in user, most urgent first. */
let db: AirgapDb;
afterEach(() => db?.close());

const TODAY = '2027-01-10';

const requirement = (customerId: string, managerId: string | null, dueDate: string, status = 'open') => ({
  customerId,
  receivedDate: '2026-12-01',
  title: '需要试验报告',
  detail: '',
  department: 'market',
  dueDate,
  status,
  answer: '',
  answeredDate: status === 'answered' ? '2026-12-05' : null,
  managerId,
  managerName: '',
});

const interaction = (customerId: string, date: string, followUpDate: string | null) => ({
  customerId,
  date,
  kind: 'visit',
  departments: ['market'],
  participants: [],
  summary: '拜访',
  nextStep: '',
  followUpDate,
});

const settlement = (customerId: string, dueDate: string, amountPaidWan: number | null) => ({
  customerId,
  receivableWan: 10,
  dueDate,
  paidDate: amountPaidWan === null ? null : '2027-01-02',
  amountPaidWan,
});

const handover = (customerId: string, toManagerId: string, acknowledgedAt: string | null) => ({
  customerId,
  fromManagerId: null,
  fromManagerName: '',
  toManagerId,
  toManagerName: '王磊',
  date: '2027-01-05',
  reason: '调岗',
  notes: '',
  acknowledgedAt,
  acknowledgedBy: acknowledgedAt ? '王磊' : '',
});

const followUp = (customerId: string, dueDate: string) => ({
  customerId,
  grade: 'AA',
  dueDate,
  basisDate: '2026-10-01',
  status: 'open',
  doneDate: null,
  interactionId: null,
});

/** One item of each kind (and one settled or not yet due) on 王磊's customer, a few on 李娜's. */
async function busy(): Promise<Department> {
  const d = await department();
  db = d.db;
  const { wangs, lis } = d.c;
  const { here } = d;
  await createRecord<RequirementRecord>(db, 'requirements', requirement(wangs.id, d.wang.id, '2027-01-03') as never, here);
  await createRecord<RequirementRecord>(db, 'requirements', requirement(wangs.id, d.wang.id, TODAY) as never, here);
  await createRecord<RequirementRecord>(db, 'requirements', requirement(wangs.id, d.wang.id, '2027-02-01') as never, here);
  await createRecord<RequirementRecord>(db, 'requirements', requirement(wangs.id, d.wang.id, '2027-01-01', 'answered') as never, here);
  await createRecord<RequirementRecord>(db, 'requirements', requirement(lis.id, d.li.id, '2027-01-02') as never, here);
  // The older follow-up date is settled by the later contact; the latest one's date is reached.
  await createRecord<InteractionRecord>(db, 'interactions', interaction(wangs.id, '2026-12-01', '2026-12-10') as never, here);
  await createRecord<InteractionRecord>(db, 'interactions', interaction(wangs.id, '2026-12-20', '2027-01-08') as never, here);
  await createRecord<SettlementRecord>(db, 'settlements', settlement(wangs.id, '2026-12-31', null) as never, here);
  await createRecord<SettlementRecord>(db, 'settlements', settlement(wangs.id, '2026-11-30', 10) as never, here);
  await createRecord<SettlementRecord>(db, 'settlements', settlement(wangs.id, '2026-11-15', 8) as never, here);
  await createRecord<SettlementRecord>(db, 'settlements', settlement(wangs.id, '2027-03-01', null) as never, here);
  await createRecord<HandoverRecord>(db, 'handovers', handover(wangs.id, d.wang.id, null) as never, here);
  await createRecord<HandoverRecord>(db, 'handovers', handover(wangs.id, d.wang.id, '2027-01-06T01:00:00.000Z') as never, here);
  await createRecord<FollowUpRecord>(db, 'followUps', followUp(wangs.id, '2027-01-04') as never, here);
  await createRecord<FollowUpRecord>(db, 'followUps', followUp(lis.id, '2027-01-12') as never, here);
  await registerComplaint(db, intake(wangs.id, { handlerId: d.wang.id, receivedAt: '2026-11-20T02:00:00.000Z' }), here);
  await createRecord<GradeRunRecord>(db, 'gradeRuns', draftRun(wangs.id) as never, here);
  return d;
}

const draftRun = (customerId: string | null) => ({
  kind: customerId ? 'single' : 'batch',
  customerId,
  evaluationDate: '2027-01-09',
  benefitYear: 2026,
  status: 'draft',
  templateVersion: 1,
  criteriaVersion: 1,
  summary: { up: 0, down: 0, new: 1, same: 0, total: 1 },
  approvedBy: null,
  approvedAt: null,
});

const kinds = (items: readonly DueItem[]) => items.map((i) => `${i.kind}:${i.date}:${i.overdue ? '逾期' : '到期'}`);

describe('myDay', () => {
  it('lists each kind for an account manager with scope 本人, overdue first, then by day', async () => {
    const d = await busy();
    const day = await myDay(db, TODAY, readScope('own', d.here.origin, d.wang.id));
    expect(kinds(day.items)).toEqual([
      'receivable:2026-11-15:逾期',
      'complaint:' + day.items[1]!.date + ':逾期',
      'receivable:2026-12-31:逾期',
      'requirement:2027-01-03:逾期',
      'visit:2027-01-04:逾期',
      'followUpDate:2027-01-08:逾期',
      'handover:2027-01-05:到期',
      'gradingDraft:2027-01-09:到期',
      'requirement:2027-01-10:到期',
    ]);
    expect(day.items[1]!.date < '2026-12-31').toBe(true);
    expect(day.counts).toEqual({ requirement: 2, complaint: 1, visit: 1, followUpDate: 1, receivable: 2, handover: 1, gradingDraft: 1 });
    expect(new Set(day.items.map((i) => i.title))).toEqual(new Set([d.c.wangs.name, day.items[1]!.title]));
    expect(day.ownCustomersRead).toBe(true);
  });

  it('leaves out what belongs to customers outside the scope', async () => {
    const d = await busy();
    const wangs = await myDay(db, TODAY, readScope('own', d.here.origin, d.wang.id));
    expect(wangs.items.some((i) => i.customerId === d.c.lis.id)).toBe(false);
    const lis = await myDay(db, TODAY, readScope('own', d.here.origin, d.li.id));
    expect(kinds(lis.items)).toEqual(['requirement:2027-01-02:逾期']);
    expect(lis.counts.requirement).toBe(1);
    expect(lis.counts.visit).toBe(0);
  });

  it('全部 without a manager link: every requirement, complaint, follow-up and draft, but no own-customer kinds', async () => {
    await busy();
    const day = await myDay(db, TODAY, WHOLE_ARCHIVE);
    expect(day.counts).toMatchObject({ requirement: 3, complaint: 1, visit: 1, gradingDraft: 1, receivable: 0, handover: 0, followUpDate: 0 });
    expect(day.ownCustomersRead).toBe(false);
  });

  it('limits the rows per kind, keeping the exact counts', async () => {
    const d = await busy();
    const day = await myDay(db, TODAY, readScope('own', d.here.origin, d.wang.id), 1);
    expect(day.counts.requirement).toBe(2);
    expect(day.items.filter((i) => i.kind === 'requirement').map((i) => i.date)).toEqual(['2027-01-03']);
  });

  it('is empty on an empty archive', async () => {
    db = await freshDb();
    const day = await myDay(db, TODAY, readScope('own', testContext().origin, null));
    expect(day.items).toEqual([]);
    expect(Object.values(day.counts).every((c) => c === 0)).toBe(true);
  });

  it('orders overdue before due, then by day, then by kind', () => {
    const item = (kind: DueKind, date: string, overdue: boolean): DueItem => ({ kind, id: `${kind}${date}`, customerId: null, title: '', date, overdue });
    const sorted = [item('handover', '2027-01-01', false), item('receivable', '2027-01-05', true), item('requirement', '2027-01-05', true)].sort(
      mostUrgentFirst,
    );
    expect(sorted.map((i) => i.kind)).toEqual(['requirement', 'receivable', 'handover']);
  });
});
