import { afterEach, describe, expect, it } from 'vitest';
import { validateBackupRecord } from '../../../src-renderer/core/backup';
import { DEFAULT_QUESTIONNAIRE_ID } from '../../../src-renderer/core/satisfaction-records';
import {
  bulkHandOver,
  createInteraction,
  createRequirement,
  createSettlement,
  handOverCustomer,
  updateInteraction,
  updateSettlement,
} from '../../../src-renderer/data/customers';
import { confirmComplaintZeroingItem, registerComplaint, updateComplaintIntake } from '../../../src-renderer/data/complaints';
import type { AirgapDb } from '../../../src-renderer/data/db';
import { createSurvey, recordFollowUpVisit } from '../../../src-renderer/data/satisfaction';
import { counts } from './customers/fixtures';
import { complaintCounts, complaintsWorld, intake } from './complaints/fixtures';
import { refusal } from './helpers';

/**
 * Issue 12.4 at the repositories: a day that says something happened cannot be later than the office
 * day of the write (the fixture's clock: 2026-11-26 16:00 in Beijing). Refused with the field's
 * message, nothing written, no complaint number used up. What the repositories stored stays valid
 * for backups and exchange files whatever the reader's clock says.
 */
let db: AirgapDb;
afterEach(() => db?.close());

async function world() {
  const w = await complaintsWorld();
  db = w.db;
  return w;
}

const TOMORROW = '2026-11-27';
const FUTURE = 'validation.dateInFuture';
const visit = { kind: 'visit', date: '2026-11-26', departments: ['marketing'], participants: [], summary: '回访', nextStep: '', followUpDate: '2027-02-01' };
const answers = {
  questionnaireId: DEFAULT_QUESTIONNAIRE_ID,
  questionnaireVersion: 1,
  scores: { delivery: 4 },
  respondentName: '刘工',
  respondentId: null,
  comment: '',
};

describe('archive records dated after today', () => {
  it('are refused at their field, writing nothing; planned days in the future are fine', async () => {
    const w = await world();
    const before = await counts(db);
    expect(await refusal(createInteraction(db, w.institute.id, { ...visit, date: TOMORROW }, w.ctx))).toEqual({ date: FUTURE });
    const requirement = {
      receivedDate: TOMORROW,
      title: '资料',
      detail: '',
      department: 'design',
      dueDate: '2027-01-10',
      status: 'open',
      answer: '',
      answeredDate: null,
      managerId: null,
    };
    expect(await refusal(createRequirement(db, w.institute.id, requirement, w.ctx))).toEqual({ receivedDate: FUTURE });
    const answered = { ...requirement, receivedDate: '2026-11-20', status: 'answered', answer: '已答复', answeredDate: TOMORROW };
    expect(await refusal(createRequirement(db, w.institute.id, answered, w.ctx))).toEqual({ answeredDate: FUTURE });
    const settlement = { receivableWan: 10, dueDate: '2027-06-30', paidDate: TOMORROW, amountPaidWan: 10 };
    expect(await refusal(createSettlement(db, w.institute.id, settlement, w.ctx))).toEqual({ paidDate: FUTURE });
    const handover = { toManagerId: w.li.id, date: TOMORROW, reason: '岗位调整', notes: '' };
    expect(await refusal(handOverCustomer(db, w.institute.id, handover, w.ctx))).toEqual({ date: FUTURE });
    expect(await refusal(bulkHandOver(db, w.wang.id, handover, w.ctx))).toEqual({ date: FUTURE });
    expect(await counts(db)).toEqual(before);

    // Today, with a follow-up and a due date later: saved. An edit into the future is refused too.
    const saved = await createInteraction(db, w.institute.id, visit, w.ctx);
    const receivable = await createSettlement(db, w.institute.id, { ...settlement, paidDate: null, amountPaidWan: null }, w.ctx);
    expect(await refusal(updateInteraction(db, saved.id, { ...visit, date: TOMORROW }, w.ctx))).toEqual({ date: FUTURE });
    expect(await refusal(updateSettlement(db, receivable.id, { ...settlement, paidDate: '2027-01-02' }, w.ctx))).toEqual({ paidDate: FUTURE });
    await handOverCustomer(db, w.institute.id, { ...handover, date: '2026-11-26' }, w.ctx);
  });

  it('a survey or a 回访 dated tomorrow is refused, and the visit is not kept without its survey', async () => {
    const w = await world();
    const before = await counts(db);
    expect(await refusal(createSurvey(db, w.institute.id, { ...answers, date: TOMORROW, source: 'questionnaire' }, w.ctx))).toEqual({ date: FUTURE });
    expect(
      await refusal(recordFollowUpVisit(db, w.institute.id, { interaction: { ...visit, date: TOMORROW, kind: 'visit' }, survey: answers }, w.ctx)),
    ).toEqual({ date: FUTURE });
    expect(await counts(db)).toEqual(before);
    expect(await db.table('surveys').count()).toBe(0);
  });
});

describe('complaints received after now', () => {
  it('registering one is refused and uses no number; the next complaint still gets the first number of the year', async () => {
    const w = await world();
    const before = await complaintCounts(db);
    expect(await refusal(registerComplaint(db, intake(w.institute.id, { receivedAt: '2027-01-15T02:00:00.000Z' }), w.ctx))).toEqual({ receivedAt: FUTURE });
    // Later today in Beijing (20:00, the clock says 16:00): refused as later than now.
    expect(await refusal(registerComplaint(db, intake(w.institute.id, { receivedAt: '2026-11-26T12:00:00.000Z' }), w.ctx))).toEqual({
      receivedAt: 'validation.complaints.timeInFuture',
    });
    expect(await complaintCounts(db)).toEqual(before);
    expect((await registerComplaint(db, intake(w.institute.id), w.ctx)).number).toBe('TS-2026-0001');
  });

  it('an edit of the receipt into the future is refused and keeps the record; zeroing cannot be confirmed tomorrow', async () => {
    const w = await world();
    const c = await registerComplaint(db, intake(w.institute.id), w.ctx);
    const before = await complaintCounts(db);
    expect(await refusal(updateComplaintIntake(db, c.id, intake(w.institute.id, { receivedAt: '2027-01-15T02:00:00.000Z' }), w.ctx))).toEqual({
      receivedAt: FUTURE,
    });
    const item = { evidence: '失效分析报告', confirmedBy: '赵工', confirmedAt: '2026-11-27T12:00:00+08:00' };
    expect(await refusal(confirmComplaintZeroingItem(db, c.id, 'located', item, w.ctx))).toEqual({ confirmedAt: FUTURE });
    expect(await complaintCounts(db)).toEqual(before);
  });
});

describe('records another clock made', () => {
  it('stay valid for backups and exchange files, even dated after this PC’s today', async () => {
    const w = await world();
    // Entered on another installation whose day is 2099-06-01: every date is "today" there.
    w.ctx.tick(Date.parse('2099-06-01T04:00:00Z') - w.ctx.now().getTime());
    const day = '2099-06-01';
    const rows = {
      interactions: await createInteraction(db, w.institute.id, { ...visit, date: day, followUpDate: null }, w.ctx),
      settlements: await createSettlement(db, w.institute.id, { receivableWan: 5, dueDate: day, paidDate: day, amountPaidWan: 5 }, w.ctx),
      requirements: await createRequirement(
        db,
        w.institute.id,
        { receivedDate: day, title: '资料', detail: '', department: 'design', dueDate: day, status: 'open', answer: '', answeredDate: null, managerId: null },
        w.ctx,
      ),
      handovers: await handOverCustomer(db, w.institute.id, { toManagerId: w.li.id, date: day, reason: '岗位调整', notes: '' }, w.ctx),
      surveys: await createSurvey(db, w.institute.id, { ...answers, date: day, source: 'questionnaire' }, w.ctx),
      complaints: await registerComplaint(db, intake(w.institute.id, { receivedAt: '2099-06-01T01:00:00.000Z' }), w.ctx),
    };
    for (const [kind, row] of Object.entries(rows)) expect(validateBackupRecord(kind, row), kind).toBeNull();
  });
});
