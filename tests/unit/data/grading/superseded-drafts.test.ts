import { describe, expect, it } from 'vitest';
import { recordSchemas } from '../../../../src-renderer/core/backup';
import {
  approveRun,
  draftGrading,
  getRun,
  gradeHistory,
  listRuns,
  openDraftOf,
  overrideGrading,
  runEntries,
  type GradeRunRecord,
} from '../../../../src-renderer/data/grading';
import { gradedRoster } from '../../../../src-renderer/data/reports';
import { historyOf } from '../../../../src-renderer/data/records';
import { archivePerTest, stored } from '../customers/fixtures';
import { instituteAndAcademyFigures } from './graded-institute';

/**
 * Issue 12 (7, 8): an approval keeps the run's 备注 and stores its own comment; a newer approved
 * run closes the older open drafts of the customers it decided — whole single drafts, whole batch
 * drafts when every customer is decided, otherwise only the decided customers' gradings.
 */
// The institute: 260 万元, paid on time → AAA. The academy: 30 万元 → AA. The group: no figures → AA (since 2015).
const w = archivePerTest(instituteAndAcademyFigures);

const run = async (id: string) => (await getRun(w.db, id)) as GradeRunRecord;

describe('the approval comment', () => {
  it('is its own field: the run keeps its 备注', async () => {
    const draft = await draftGrading(w.db, { evaluationDate: '2026-11-26', note: '2026年度客户定级' }, w.ctx);
    const approved = await approveRun(w.db, draft.id, { note: '同意' }, w.ctx, '2026-11-27');
    expect(approved).toMatchObject({ note: '2026年度客户定级', approvalNote: '同意' });
    expect(await run(draft.id)).toMatchObject({ note: '2026年度客户定级', approvalNote: '同意' });
    // The grade history carries both (the run is attached to each grading).
    expect((await gradeHistory(w.db, w.institute.id))[0]!.run).toMatchObject({ note: '2026年度客户定级', approvalNote: '同意' });
    // And the change log records the comment, not a changed note.
    const fields = (await historyOf(w.db, 'gradeRuns', draft.id)).at(-1)!.fields.map((f) => f.field);
    expect(fields).toContain('approvalNote');
    expect(fields).not.toContain('note');
  });

  it('an approval without a comment stores an empty one and leaves the note', async () => {
    const draft = await draftGrading(w.db, { evaluationDate: '2026-11-26', note: '年度定级' }, w.ctx);
    expect(await approveRun(w.db, draft.id, {}, w.ctx, '2026-11-27')).toMatchObject({ note: '年度定级', approvalNote: '' });
  });

  it('backups: a run row of today’s shape (neither new field) and one with them both validate', async () => {
    const draft = await draftGrading(w.db, { evaluationDate: '2026-11-26', note: '年度定级' }, w.ctx);
    await approveRun(w.db, draft.id, { note: '同意' }, w.ctx, '2026-11-27');
    const { approvalNote, supersededBy, ...today } = (await w.db.table('gradeRuns').get(draft.id)) as GradeRunRecord;
    expect(approvalNote).toBe('同意');
    expect(supersededBy).toBeUndefined();
    const schema = recordSchemas.gradeRuns;
    const old = schema.safeParse(today);
    expect(old.success, JSON.stringify(old.error?.issues)).toBe(true);
    expect(schema.safeParse({ ...today, approvalNote: '同意', supersededBy: null }).success).toBe(true);
    expect(schema.safeParse({ ...today, status: 'superseded', supersededBy: draft.id }).success).toBe(true);
    expect(schema.safeParse({ ...today, status: 'closed' }).success).toBe(false);
    const grading = (await runEntries(w.db, draft.id))[0]!;
    expect(recordSchemas.gradings.safeParse(grading).success).toBe(true);
    expect(recordSchemas.gradings.safeParse({ ...grading, supersededBy: draft.id }).success).toBe(true);
  });
});

describe('a newer approved run supersedes older open drafts', () => {
  it('a batch approval closes the stale single draft of a customer it decided, with the reason and a change-log entry', async () => {
    const single = await draftGrading(w.db, { evaluationDate: '2026-11-25', customerId: w.institute.id }, w.ctx);
    const other = await draftGrading(w.db, { evaluationDate: '2026-11-25', customerId: w.academy.id }, w.ctx);
    w.ctx.tick();
    const batch = await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx);
    // The batch replaced nothing of the single drafts (different scope).
    expect((await run(single.id)).status).toBe('draft');
    await approveRun(w.db, batch.id, {}, w.ctx, '2026-11-27');
    expect(await stored(w.db, w.institute.id)).toMatchObject({ grade: 'AAA' });

    expect(await run(single.id)).toMatchObject({ status: 'superseded', supersededBy: batch.id });
    expect(await run(other.id)).toMatchObject({ status: 'superseded', supersededBy: batch.id });
    // Nothing waits on the customer page any more.
    expect(await openDraftOf(w.db, w.institute.id)).toBeNull();
    const change = (await historyOf(w.db, 'gradeRuns', single.id)).at(-1)!;
    expect(change.fields).toEqual(
      expect.arrayContaining([
        { field: 'status', before: 'draft', after: 'superseded' },
        { field: 'supersededBy', before: undefined, after: batch.id },
      ]),
    );
    // A superseded draft can no longer be approved.
    await expect(approveRun(w.db, single.id, {}, w.ctx, '2026-11-28')).rejects.toMatchObject({
      fieldErrors: { _: 'grading.error.notDraft' },
    });
  });

  it('a draft evaluated after the approved run stays open (it holds newer figures)', async () => {
    const batch = await draftGrading(w.db, { evaluationDate: '2026-11-20' }, w.ctx);
    const later = await draftGrading(w.db, { evaluationDate: '2026-11-25', customerId: w.institute.id }, w.ctx);
    await approveRun(w.db, batch.id, {}, w.ctx, '2026-11-27');
    expect((await run(later.id)).status).toBe('draft');
  });

  it('a single approval closes only that customer’s grading in an older batch draft; the rest stays open and applies', async () => {
    const batch = await draftGrading(w.db, { evaluationDate: '2026-11-25' }, w.ctx);
    expect(batch.summary).toMatchObject({ new: 3, total: 3 });
    const single = await draftGrading(w.db, { evaluationDate: '2026-11-26', customerId: w.institute.id }, w.ctx);
    const entry = (await runEntries(w.db, single.id))[0]!;
    await overrideGrading(w.db, entry.id, { grade: 'AA', reason: '合同即将到期' }, w.ctx);
    await approveRun(w.db, single.id, {}, w.ctx, '2026-11-26');
    expect(await stored(w.db, w.institute.id)).toMatchObject({ grade: 'AA' });

    const after = await run(batch.id);
    expect(after.status).toBe('draft');
    expect(after.summary).toMatchObject({ new: 2, total: 2 });
    const entries = await runEntries(w.db, batch.id);
    const instituteEntry = entries.find((e) => e.customerId === w.institute.id)!;
    expect(instituteEntry.supersededBy).toBe(single.id);
    expect(entries.filter((e) => e.customerId !== w.institute.id).every((e) => !e.supersededBy)).toBe(true);
    expect((await historyOf(w.db, 'gradings', instituteEntry.id)).at(-1)!.fields).toEqual([{ field: 'supersededBy', before: undefined, after: single.id }]);
    // The closed grading cannot be adjusted…
    await expect(overrideGrading(w.db, instituteEntry.id, { grade: 'B', reason: 'x' }, w.ctx)).rejects.toMatchObject({
      fieldErrors: { _: 'grading.error.superseded' },
    });

    // …and approving the batch leaves the institute at the newer decision, grades the others.
    await approveRun(w.db, batch.id, {}, w.ctx, '2026-11-27');
    expect(await stored(w.db, w.institute.id)).toMatchObject({ grade: 'AA' });
    expect(await stored(w.db, w.academy.id)).toMatchObject({ grade: 'AA' });
    // The institute's history holds the single approval only; the roster reads that one too.
    expect((await gradeHistory(w.db, w.institute.id)).map((h) => h.runId)).toEqual([single.id]);
    expect((await gradedRoster(w.db, 2026)).find((r) => r.customerId === w.institute.id)?.grade).toBe('AA');
  });

  it('an older batch draft all of whose customers are decided is closed as a whole', async () => {
    const older = await draftGrading(w.db, { evaluationDate: '2026-11-20' }, w.ctx);
    // Imported or left over: a second open batch draft (draftGrading itself would discard the first).
    await w.db.table('gradeRuns').update(older.id, { status: 'draft' });
    const newer = await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx);
    await w.db.table('gradeRuns').update(older.id, { status: 'draft' });
    await approveRun(w.db, newer.id, {}, w.ctx, '2026-11-27');
    expect(await run(older.id)).toMatchObject({ status: 'superseded', supersededBy: newer.id });
    expect((await runEntries(w.db, older.id)).every((e) => !e.supersededBy)).toBe(true);
    expect((await listRuns(w.db)).map((r) => r.status).sort()).toEqual(['approved', 'superseded']);
  });
});
