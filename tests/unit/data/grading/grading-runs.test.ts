import { describe, expect, it } from 'vitest';
import { createInteraction, customerTimeline, type CustomerRecord } from '../../../../src-renderer/data/customers';
import {
  approveRun,
  currentConfig,
  discardRun,
  draftGrading,
  dueFollowUps,
  gradeCounts,
  gradeHistory,
  listRuns,
  openFollowUpOf,
  overrideGrading,
  previewGrading,
  runEntries,
  saveAssessment,
  saveConfig,
} from '../../../../src-renderer/data/grading';
import { historyOf } from '../../../../src-renderer/data/records';
import { archivePerTest, stored } from '../customers/fixtures';
import { instituteAndAcademyFigures } from './graded-institute';

/**
 * Grading against the real repositories (fake-indexeddb): a draft grades from the archive's
 * figures, overrides need a reason, approval writes the grades, the history, the timeline and the
 * follow-up plan in one go, and a refused step writes nothing.
 */
const approval = { note: '' };
// The institute: 260 万元 in 2025, paid on time → AAA. The academy: 30 万元, nothing else → AA.
const w = archivePerTest(instituteAndAcademyFigures);

const gradeOf = async (id: string) => (await stored(w.db, id)).grade ?? null;

describe('draft → approve', () => {
  it('grades every live customer as a draft that changes nothing until approved', async () => {
    const run = await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx);
    expect(run).toMatchObject({ kind: 'batch', status: 'draft', benefitYear: 2025, templateVersion: 1, criteriaVersion: 0 });
    const entries = await runEntries(w.db, run.id);
    const byCustomer = new Map(entries.map((e) => [e.customerId, e]));
    expect(byCustomer.get(w.institute.id)).toMatchObject({ proposedGrade: 'AAA', change: 'new', previousGrade: null });
    // Cooperating since 2015 too: both halves' met conditions are named.
    expect(byCustomer.get(w.institute.id)!.reasons[0]).toMatch(/^AAA：年综合效益 260 万元 ≥ 200 万元、合作 11\.7 年 ≥ 2 年.*回款稳定/);
    expect(byCustomer.get(w.academy.id)!.proposedGrade).toBe('AA');
    expect(run.summary).toMatchObject({ new: 3, total: 3 });
    expect(await gradeOf(w.institute.id)).toBeNull();
  });

  it('approval writes the grades, the grade history, the timeline and a follow-up per customer', async () => {
    const run = await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx);
    const approved = await approveRun(w.db, run.id, approval, w.ctx, '2026-11-27');
    // The approver is the signed-in user, by name and account.
    expect(approved).toMatchObject({ status: 'approved', approvedBy: '张伟', approvedById: w.ctx.actor.userId });
    expect(await gradeOf(w.institute.id)).toBe('AAA');
    expect((await stored(w.db, w.institute.id)).gradedOn).toBe('2026-11-27');
    const history = await gradeHistory(w.db, w.institute.id);
    expect(history.map((h) => h.finalGrade)).toEqual(['AAA']);
    const timeline = await customerTimeline(w.db, w.institute.id);
    expect(timeline.find((i) => i.kind === 'grade_change')?.record).toMatchObject({ previousGrade: null, grade: 'AAA' });
    // AAA: every 30 days by the default policy, counted from the approval day.
    expect(await openFollowUpOf(w.db, w.institute.id)).toMatchObject({ grade: 'AAA', dueDate: '2026-12-27', status: 'open' });
    // The group has no figures but has cooperated since 2015: AA.
    expect(await gradeCounts(w.db)).toMatchObject({ AAA: 1, AA: 2, A: 0, B: 0, ungraded: 0, total: 3 });
    // The customer's own history says who changed the grade.
    const changes = await historyOf(w.db, 'customers', w.institute.id);
    expect(
      changes
        .at(-1)!
        .fields.map((f) => f.field)
        .sort(),
    ).toEqual(['grade', 'gradedOn']);
  });

  it('an override needs a reason; a refused one writes nothing; the summary follows', async () => {
    const run = await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx);
    const entry = (await runEntries(w.db, run.id)).find((e) => e.customerId === w.academy.id)!;
    const before = await w.db.table('changes').count();
    await expect(overrideGrading(w.db, entry.id, { grade: 'A', reason: '  ' }, w.ctx)).rejects.toMatchObject({
      fieldErrors: { reason: 'grading.error.reasonRequired' },
    });
    expect(await w.db.table('changes').count()).toBe(before);
    const overridden = await overrideGrading(w.db, entry.id, { grade: 'A', reason: '合同将于明年终止' }, w.ctx);
    expect(overridden).toMatchObject({ finalGrade: 'A', override: { grade: 'A', reason: '合同将于明年终止' }, change: 'new' });
    expect((await listRuns(w.db))[0]!.summary).toMatchObject({ overridden: 1, new: 3 });
    await approveRun(w.db, run.id, approval, w.ctx, '2026-11-27');
    expect(await gradeOf(w.academy.id)).toBe('A');
    // Overriding an approved run is refused.
    await expect(overrideGrading(w.db, entry.id, { grade: 'AA', reason: '再议' }, w.ctx)).rejects.toMatchObject({
      fieldErrors: { _: 'grading.error.notDraft' },
    });
  });

  it('a re-grading proposes ups and downs against the current grades; same grades keep their follow-up', async () => {
    await approveRun(w.db, (await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx)).id, approval, w.ctx, '2026-11-27');
    const task = await openFollowUpOf(w.db, w.academy.id);
    // The academy becomes B (communication difficult); the institute stays AAA.
    await saveAssessment(w.db, w.academy.id, { year: 2027, entries: {}, communicationDifficult: true }, w.ctx);
    w.ctx.tick(86_400_000);
    const next = await draftGrading(w.db, { evaluationDate: '2027-01-10' }, w.ctx);
    const entries = new Map((await runEntries(w.db, next.id)).map((e) => [e.customerId, e]));
    expect(entries.get(w.academy.id)).toMatchObject({ previousGrade: 'AA', proposedGrade: 'B', change: 'down' });
    // 2027 reads the 2026 figures, which the institute does not have: it falls to what cooperation gives.
    expect(entries.get(w.institute.id)!.previousGrade).toBe('AAA');
    await approveRun(w.db, next.id, approval, w.ctx, '2027-01-11');
    expect(await gradeOf(w.academy.id)).toBe('B');
    const replanned = await openFollowUpOf(w.db, w.academy.id);
    expect(replanned!.id).not.toBe(task!.id);
    expect(replanned).toMatchObject({ grade: 'B', dueDate: '2027-07-10' });
    expect((await gradeHistory(w.db, w.academy.id)).map((h) => h.finalGrade)).toEqual(['B', 'AA']);
  });

  it('a new draft replaces the open one of the same scope; a discarded draft cannot be approved', async () => {
    const first = await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx);
    const single = await draftGrading(w.db, { evaluationDate: '2026-11-26', customerId: w.group.id }, w.ctx);
    const second = await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx);
    const runs = new Map((await listRuns(w.db)).map((r) => [r.id, r.status]));
    expect([runs.get(first.id), runs.get(single.id), runs.get(second.id)]).toEqual(['discarded', 'draft', 'draft']);
    await discardRun(w.db, second.id, w.ctx);
    await expect(approveRun(w.db, second.id, approval, w.ctx)).rejects.toMatchObject({ fieldErrors: { _: 'grading.error.notDraft' } });
    await expect(approveRun(w.db, single.id, { note: '意'.repeat(2001) }, w.ctx)).rejects.toMatchObject({ fieldErrors: { note: 'validation.tooLong' } });
    expect(await gradeOf(w.group.id)).toBeNull();
  });

  it('refuses a draft on an invalid date, writing nothing', async () => {
    const before = await w.db.table('changes').count();
    await expect(draftGrading(w.db, { evaluationDate: '2026-02-30' }, w.ctx)).rejects.toMatchObject({ fieldErrors: { evaluationDate: expect.any(String) } });
    expect(await w.db.table('changes').count()).toBe(before);
  });
});

describe('follow-ups', () => {
  it('a visit fulfils the open follow-up and plans the next; the dashboard lists due and overdue ones', async () => {
    await approveRun(w.db, (await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx)).id, approval, w.ctx, '2026-11-27');
    const due = await dueFollowUps(w.db, '2026-12-25');
    // AAA due 12-27 (within 7 days of 12-25); AA (60 days) and the group not yet.
    expect(due.items.map((i) => i.customerName)).toEqual(['航天材料及工艺研究所']);
    expect(due).toMatchObject({ overdue: 0, dueSoon: 1 });
    expect((await dueFollowUps(w.db, '2026-12-28')).overdue).toBe(1);

    w.ctx.tick(24 * 86_400_000); // the visit is recorded on its day, 2026-12-20 (a happened day cannot be later)
    const visit = await createInteraction(
      w.db,
      w.institute.id,
      { kind: 'visit', date: '2026-12-20', departments: ['marketing'], participants: ['王磊'], summary: '走访', nextStep: '', followUpDate: null },
      w.ctx,
    );
    const next = await openFollowUpOf(w.db, w.institute.id);
    expect(next).toMatchObject({ dueDate: '2027-01-19', basisDate: '2026-12-20' });
    const done = (await w.db.table('followUps').where('customerId').equals(w.institute.id).toArray()).find((t) => t.status === 'done');
    expect(done).toMatchObject({ doneDate: '2026-12-20', interactionId: visit.id });
  });

  it('a delivery does not count as a follow-up contact', async () => {
    await approveRun(w.db, (await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx)).id, approval, w.ctx, '2026-11-27');
    const before = await openFollowUpOf(w.db, w.institute.id);
    w.ctx.tick(24 * 86_400_000); // entered on 2026-12-20
    await createInteraction(
      w.db,
      w.institute.id,
      { kind: 'delivery', date: '2026-12-20', departments: ['marketing'], participants: [], summary: '交付', nextStep: '', followUpDate: null },
      w.ctx,
    );
    expect((await openFollowUpOf(w.db, w.institute.id))!.id).toBe(before!.id);
  });
});

describe('configuration versions', () => {
  it('saves criteria as new versions named by the signed-in approver; gradings record the versions used', async () => {
    expect((await currentConfig(w.db, 'criteria')).version).toBe(0);
    await expect(saveConfig(w.db, 'criteria', { ...(await currentConfig(w.db, 'criteria')).body, aaBenefitWan: 500 }, approval, w.ctx)).rejects.toBeTruthy();
    const saved = await saveConfig(w.db, 'criteria', { ...(await currentConfig(w.db, 'criteria')).body, aaaBenefitWan: 250 }, approval, w.ctx);
    expect(saved).toMatchObject({ version: 1, approvedBy: '张伟', approvedById: w.ctx.actor.userId });
    const run = await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx);
    expect(run.criteriaVersion).toBe(1);
    const institute = (await runEntries(w.db, run.id)).find((e) => e.customerId === w.institute.id)!;
    // 260 < 250? No: 260 ≥ 250 still AAA, and the sentence names the new line.
    expect(institute.reasons[0]).toMatch(/^AAA：年综合效益 260 万元 ≥ 250 万元/);
  });
});

export type { CustomerRecord };

describe('previewGrading', () => {
  it('grades one customer with the assessment entered, writing nothing', async () => {
    await saveAssessment(
      w.db,
      w.academy.id,
      { year: 2026, entries: { communication: 20, demand_match: 20, loyalty: 25, potential: 10 }, communicationDifficult: false },
      w.ctx,
    );
    const before = await w.db.table('changes').count();
    const preview = await previewGrading(w.db, w.academy.id, '2026-11-26');
    expect(preview.facts).toMatchObject({ annualBenefitWan: 30, subjectiveScore: 75 });
    expect(preview.score.items.find((i) => i.itemId === 'loyalty')?.points).toBe(25);
    expect(preview).toMatchObject({ templateVersion: 1, criteriaVersion: 0 });
    expect(preview.decision.grade).toBe('AAA');
    expect(await w.db.table('changes').count()).toBe(before);
  });
});
