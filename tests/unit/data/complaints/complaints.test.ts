import { afterEach, describe, expect, it } from 'vitest';
import { deadlinesFor, replayHistory, ZEROING_ITEMS, type ComplaintAction } from '../../../../src-renderer/core/complaints';
import { validateBackupRecord } from '../../../../src-renderer/core/backup';
import { ValidationError } from '../../../../src-renderer/core/validation';
import { createContact } from '../../../../src-renderer/data/customers';
import {
  actOnComplaint,
  complaintListRows,
  complaintSettingsHistory,
  complaintsOfCustomer,
  ComplaintRefusedError,
  confirmComplaintZeroingItem,
  deleteComplaint,
  firstComplaints,
  getComplaint,
  openComplaintsOfHandler,
  mostOverdueComplaints,
  overdueComplaints,
  overdueCount,
  registerComplaint,
  restoreComplaint,
  saveComplaintSettings,
  updateComplaintIntake,
  type ActionInput,
} from '../../../../src-renderer/data/complaints';
import { deletedRecords, restoreRecord } from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { DEFAULT_DEADLINE_CONFIG } from '../../../../src-renderer/core/complaints';
import { complaintCounts, complaintsWorld, intake } from './fixtures';

let db: AirgapDb;
afterEach(() => db?.close());

async function world() {
  const w = await complaintsWorld();
  db = w.db;
  return w;
}

const HAPPY: [ComplaintAction, ActionInput][] = [
  ['accept', { comment: '已电话确认' }],
  ['analyse', {}],
  ['start_corrective_action', { comment: '更换密封圈材料' }],
  ['answer', { answer: '经分析为材料批次问题，已更换' }],
];

async function confirmAll(w: Awaited<ReturnType<typeof world>>, id: string) {
  for (const item of ZEROING_ITEMS)
    await confirmComplaintZeroingItem(db, id, item, { evidence: `${item} 报告`, confirmedBy: '质量部 赵工', confirmedAt: '2026-11-26T02:00:00.000Z' }, w.ctx);
}

describe('registerComplaint', () => {
  it('numbers per year of receipt (office day), derives deadlines from the grade now, starts registered', async () => {
    const w = await world();
    const first = await registerComplaint(db, intake(w.institute.id, { contactId: w.contact.id, handlerId: w.wang.id }), w.ctx);
    expect(first).toMatchObject({
      number: 'TS-2026-0001',
      status: 'registered',
      grade: 'AAA',
      history: [],
      zeroing: {},
      answer: null,
      contactId: w.contact.id,
    });
    // AAA critical: acknowledge 1 working day, answer 3, close 3 + 20 (Thursday 2026-11-26).
    expect(first.deadlines).toEqual({ acknowledge: '2026-11-27', answer: '2026-12-01', close: '2026-12-29' });
    expect(first).toMatchObject({ dueDate: '2026-12-01', nextDeadline: '2026-11-27', acknowledgedAt: null });
    const second = await registerComplaint(db, intake(w.group.id, { severity: 'minor' }), w.ctx);
    expect(second.number).toBe('TS-2026-0002');
    expect(second.grade).toBeNull();
    expect(second.deadlines).toEqual(deadlinesFor({ receivedAt: second.receivedAt, severity: 'minor' }, null));
    // 2026-12-31 17:00 UTC is already 2027-01-01 in Beijing: the first of 2027 (entered that night).
    w.ctx.tick(Date.parse('2026-12-31T17:30:00Z') - w.ctx.now().getTime());
    const newYear = await registerComplaint(db, intake(w.group.id, { receivedAt: '2026-12-31T17:00:00Z' }), w.ctx);
    expect(newYear.number).toBe('TS-2027-0001');
  });

  it('never gives a number twice: a deleted complaint keeps its number; the department code prefixes them', async () => {
    const w = await world();
    const a = await registerComplaint(db, intake(w.institute.id), w.ctx);
    await deleteComplaint(db, a.id, w.ctx);
    expect((await registerComplaint(db, intake(w.institute.id), w.ctx)).number).toBe('TS-2026-0002');
    await saveComplaintSettings(db, { departmentCode: 'kf3', deadlines: DEFAULT_DEADLINE_CONFIG }, w.ctx);
    expect((await registerComplaint(db, intake(w.institute.id), w.ctx)).number).toBe('TS-KF3-2026-0001');
  });

  it('refuses bad input, a contact of another customer and a deleted customer, writing nothing', async () => {
    const w = await world();
    const other = await createContact(db, w.group.id, { name: '陈工', phones: [], notes: '' }, w.ctx);
    const before = await complaintCounts(db);
    await expect(registerComplaint(db, intake(w.institute.id, { description: '  ', severity: 'huge' }), w.ctx)).rejects.toMatchObject({
      fieldErrors: { description: 'validation.required', severity: 'validation.choice' },
    });
    await expect(registerComplaint(db, intake(w.institute.id, { contactId: other.id }), w.ctx)).rejects.toMatchObject({
      fieldErrors: { contactId: 'validation.complaints.contactNotOfCustomer' },
    });
    await expect(registerComplaint(db, intake(w.institute.id, { handlerId: other.id }), w.ctx)).rejects.toMatchObject({
      fieldErrors: { handlerId: 'validation.complaints.unknownHandler' },
    });
    await db.table('customers').update(w.group.id, { deletedAt: '2026-11-26T09:00:00.000Z' });
    await expect(registerComplaint(db, intake(w.group.id), w.ctx)).rejects.toMatchObject({ fieldErrors: { _: 'validation.customerDeleted' } });
    expect(await complaintCounts(db)).toEqual(before);
  });
});

describe('actOnComplaint', () => {
  it('takes every step of the happy path, appending history with who and when, keeping answer, verification and milestones', async () => {
    const w = await world();
    const c = await registerComplaint(db, intake(w.institute.id), w.ctx);
    for (const [action, input] of HAPPY) {
      w.ctx.tick(3_600_000);
      await actOnComplaint(db, c.id, action, input, w.ctx);
    }
    let now = (await getComplaint(db, c.id))!;
    expect(now).toMatchObject({ status: 'answered', nextDeadline: now.deadlines.close, answer: { text: '经分析为材料批次问题，已更换', by: '张伟' } });
    expect(now.acknowledgedAt).toBe(now.history[0]!.at);
    expect(now.answeredAt).toBe(now.history[3]!.at);
    expect(now.history.map((e) => [e.action, e.from, e.to, e.by])).toEqual([
      ['accept', 'registered', 'accepted', '张伟'],
      ['analyse', 'accepted', 'analysing', '张伟'],
      ['start_corrective_action', 'analysing', 'corrective_action', '张伟'],
      ['answer', 'corrective_action', 'answered', '张伟'],
    ]);
    expect(now.history[0]!.comment).toBe('已电话确认');
    await actOnComplaint(db, c.id, 'verify', { verification: { accepted: true, satisfaction: 4 }, comment: '满意' }, w.ctx);
    now = (await getComplaint(db, c.id))!;
    expect(now.verification).toMatchObject({ accepted: true, satisfaction: 4, comment: '满意', by: '张伟' });
    await confirmAll(w, c.id);
    now = await actOnComplaint(db, c.id, 'close', {}, w.ctx);
    expect(now).toMatchObject({ status: 'closed', nextDeadline: null });
    expect(now.closedAt).not.toBeNull();
    expect(replayHistory(now.history)).toEqual({ ok: true, status: 'closed' });
    // What backups and exchange files validate against: the stored row, strictly.
    expect(validateBackupRecord('complaints', now)).toBeNull();
    expect(validateBackupRecord('complaints', { ...now, extra: 1 })).not.toBeNull();
    expect(validateBackupRecord('profile', (await db.profile.toArray())[0])).toBeNull();
  });

  it('refuses what the workflow refuses, with the same keys, writing nothing', async () => {
    const w = await world();
    const c = await registerComplaint(db, intake(w.institute.id), w.ctx);
    const before = await complaintCounts(db);
    const refused = async (action: ComplaintAction, input: ActionInput, code: string) => {
      const error = await actOnComplaint(db, c.id, action, input, w.ctx).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors._ ?? Object.values((error as ValidationError).fieldErrors)[0]).toBe(code);
      return error;
    };
    await refused('close', {}, 'complaints.refusal.notAllowed');
    await refused('answer', { answer: 'x' }, 'complaints.refusal.notAllowed');
    await refused('reject', { reason: '  ' }, 'validation.complaints.reasonRequired');
    expect(await complaintCounts(db)).toEqual(before);
    for (const [action, input] of HAPPY.slice(0, 3)) await actOnComplaint(db, c.id, action, input, w.ctx);
    const mid = await complaintCounts(db);
    await refused('answer', { answer: '' }, 'validation.required');
    await refused('reject', { reason: '使用不当' }, 'complaints.refusal.notAllowed');
    expect(await complaintCounts(db)).toEqual(mid);
  });

  it('refuses to close a quality complaint until all ten zeroing items are confirmed, naming the missing ones', async () => {
    const w = await world();
    const c = await registerComplaint(db, intake(w.institute.id), w.ctx);
    for (const [action, input] of HAPPY) await actOnComplaint(db, c.id, action, input, w.ctx);
    await actOnComplaint(db, c.id, 'verify', { verification: { accepted: true, satisfaction: 5 } }, w.ctx);
    await confirmComplaintZeroingItem(db, c.id, 'located', { evidence: '失效分析报告', confirmedBy: '赵工', confirmedAt: '2026-11-26T02:00:00Z' }, w.ctx);
    const before = await complaintCounts(db);
    const error = (await actOnComplaint(db, c.id, 'close', {}, w.ctx).catch((e: unknown) => e)) as ComplaintRefusedError;
    expect(error).toBeInstanceOf(ComplaintRefusedError);
    expect(error.refusal).toMatchObject({ code: 'complaints.refusal.zeroingIncomplete' });
    expect(error.refusal.missing).toEqual(ZEROING_ITEMS.filter((i) => i !== 'located'));
    expect(await complaintCounts(db)).toEqual(before);
    // Bad evidence is refused too, with the field's key.
    await expect(
      confirmComplaintZeroingItem(db, c.id, 'reproduced', { evidence: '', confirmedBy: '赵工', confirmedAt: '2026-11-26T02:00:00Z' }, w.ctx),
    ).rejects.toMatchObject({
      fieldErrors: { evidence: 'validation.required' },
    });
    expect(await complaintCounts(db)).toEqual(before);
    await confirmAll(w, c.id);
    expect((await actOnComplaint(db, c.id, 'close', {}, w.ctx)).status).toBe('closed');
  });

  it('a "not accepted" verification reopens it with new deadlines from the reopening and the grade of now', async () => {
    const w = await world();
    const c = await registerComplaint(db, intake(w.institute.id, { category: 'delivery' }), w.ctx);
    for (const [action, input] of HAPPY) await actOnComplaint(db, c.id, action, input, w.ctx);
    await db.table('customers').update(w.institute.id, { grade: 'B' });
    w.ctx.tick(7 * 86_400_000); // Thursday 2026-12-03, 16:00 in Beijing
    await expect(actOnComplaint(db, c.id, 'verify', { verification: { accepted: false, satisfaction: 2 } }, w.ctx)).rejects.toMatchObject({
      fieldErrors: { _: 'validation.complaints.reasonRequired' },
    });
    const reopened = await actOnComplaint(db, c.id, 'verify', { verification: { accepted: false, satisfaction: 2 }, reason: '交付计划仍不明确' }, w.ctx);
    expect(reopened).toMatchObject({ status: 'reopened', grade: 'B', answeredAt: null, verification: { accepted: false, satisfaction: 2 } });
    expect(reopened.reopenedAt).toBe(reopened.history.at(-1)!.at);
    const expected = deadlinesFor({ receivedAt: c.receivedAt, severity: 'critical', reopenedAt: reopened.reopenedAt }, 'B');
    expect(reopened.deadlines).toEqual(expected);
    expect(reopened.deadlines.answer > c.deadlines.answer).toBe(true);
    expect(reopened).toMatchObject({ dueDate: expected.answer, nextDeadline: expected.answer });
    expect((await actOnComplaint(db, c.id, 'analyse', {}, w.ctx)).status).toBe('analysing');
  });

  it('reject and reopen need reasons; a rejection meets every deadline', async () => {
    const w = await world();
    const c = await registerComplaint(db, intake(w.institute.id), w.ctx);
    const rejected = await actOnComplaint(db, c.id, 'reject', { reason: '非我所产品' }, w.ctx);
    expect(rejected).toMatchObject({ status: 'rejected', nextDeadline: null });
    expect(rejected.history[0]).toMatchObject({ action: 'reject', reason: '非我所产品' });
    const back = await actOnComplaint(db, c.id, 'reopen', { reason: '客户补充了证据' }, w.ctx);
    expect(back.status).toBe('reopened');
    expect(back.nextDeadline).toBe(back.deadlines.answer);
  });
});

describe('edit, delete, restore', () => {
  it('edits intake fields (not customer or number), moving deadlines; history keeps the old values', async () => {
    const w = await world();
    const c = await registerComplaint(db, intake(w.institute.id), w.ctx);
    const edited = await updateComplaintIntake(db, c.id, intake(w.group.id, { severity: 'minor', number: 'TS-1999-0001' }), w.ctx);
    expect(edited).toMatchObject({ customerId: w.institute.id, number: 'TS-2026-0001', severity: 'minor' });
    expect(edited.deadlines).toEqual(deadlinesFor({ receivedAt: c.receivedAt, severity: 'minor' }, 'AAA'));
    expect(edited.nextDeadline).toBe(edited.deadlines.acknowledge);
    const entries = await db.changes.where('recordIds').equals(c.id).toArray();
    expect(entries.at(-1)!.fields.find((f) => f.field === 'severity')).toEqual({ field: 'severity', before: 'critical', after: 'minor' });
  });

  it('soft-deletes into the recycle bin and restores only under a live customer', async () => {
    const w = await world();
    const c = await registerComplaint(db, intake(w.institute.id), w.ctx);
    await deleteComplaint(db, c.id, w.ctx);
    expect(await complaintsOfCustomer(db, w.institute.id)).toEqual([]);
    const bin = await deletedRecords(db);
    expect(bin.map((i) => [i.table, i.customerName])).toEqual([['complaints', '航天材料及工艺研究所']]);
    await restoreRecord(db, 'complaints', c.id, w.ctx);
    expect((await getComplaint(db, c.id))!.deletedAt).toBeNull();
    await deleteComplaint(db, c.id, w.ctx);
    await db.table('customers').update(w.institute.id, { deletedAt: '2026-11-26T09:00:00.000Z' });
    await expect(restoreComplaint(db, c.id, w.ctx)).rejects.toMatchObject({ fieldErrors: { _: 'validation.customerDeleted' } });
  });
});

describe('reads', () => {
  it('overdue = nextDeadline before today; handler list through [handlerId+status]; list rows and first rows newest first', async () => {
    const w = await world();
    const old = await registerComplaint(db, intake(w.institute.id, { receivedAt: '2026-10-01T02:00:00Z', handlerId: w.wang.id }), w.ctx);
    const fresh = await registerComplaint(db, intake(w.group.id, { handlerId: w.wang.id }), w.ctx);
    const done = await registerComplaint(db, intake(w.group.id, { receivedAt: '2026-09-01T02:00:00Z', handlerId: w.wang.id }), w.ctx);
    await actOnComplaint(db, done.id, 'reject', { reason: '重复投诉' }, w.ctx);
    const gone = await registerComplaint(db, intake(w.group.id, { receivedAt: '2026-08-01T02:00:00Z' }), w.ctx);
    await deleteComplaint(db, gone.id, w.ctx);
    expect((await overdueComplaints(db, '2026-11-26')).map((c) => c.id)).toEqual([old.id]);
    // The dashboard's count and first rows read index keys and a few rows: the deleted one is still left out.
    expect(await overdueCount(db, '2026-11-26')).toBe(1);
    expect((await mostOverdueComplaints(db, '2026-11-26', 5)).map((c) => c.id)).toEqual([old.id]);
    expect((await openComplaintsOfHandler(db, w.wang.id)).map((c) => c.id)).toEqual([old.id, fresh.id]);
    expect(await openComplaintsOfHandler(db, w.li.id)).toEqual([]);
    expect((await complaintListRows(db)).map((r) => r.number)).toEqual([fresh.number, old.number, done.number]);
    expect((await firstComplaints(db, 2)).map((r) => r.id)).toEqual([fresh.id, old.id]);
  });
});

describe('settings', () => {
  it('validates the department code and the deadline config, and keeps every save in history', async () => {
    const w = await world();
    await expect(saveComplaintSettings(db, { departmentCode: '3k', deadlines: DEFAULT_DEADLINE_CONFIG }, w.ctx)).rejects.toMatchObject({
      fieldErrors: { departmentCode: 'validation.complaints.departmentCode' },
    });
    const both = { ...DEFAULT_DEADLINE_CONFIG, holidays: ['2027-02-11'], makeUpWorkdays: ['2027-02-11'] };
    await expect(saveComplaintSettings(db, { departmentCode: null, deadlines: both }, w.ctx)).rejects.toBeInstanceOf(ValidationError);
    expect(await complaintSettingsHistory(db)).toEqual([]);
    await saveComplaintSettings(db, { departmentCode: 'KF3', deadlines: { ...DEFAULT_DEADLINE_CONFIG, holidays: ['2027-02-11'] } }, w.ctx);
    w.ctx.tick();
    await saveComplaintSettings(db, { departmentCode: '', deadlines: { ...DEFAULT_DEADLINE_CONFIG, dayCount: 'calendar' } }, w.ctx);
    const history = await complaintSettingsHistory(db);
    expect(history.map((h) => [h.before.departmentCode, h.after.departmentCode, h.after.deadlines.dayCount])).toEqual([
      ['KF3', null, 'calendar'],
      [null, 'KF3', 'working'],
    ]);
    // Calendar days now: a complaint of Thursday, AAA critical, answer 3 calendar days later.
    const c = await registerComplaint(db, intake(w.institute.id), w.ctx);
    expect(c.deadlines.answer).toBe('2026-11-29');
    expect(validateBackupRecord('profile', (await db.profile.toArray())[0])).toBeNull();
  });
});
