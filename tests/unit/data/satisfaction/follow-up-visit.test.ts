import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONNAIRE_ID } from '../../../../src-renderer/core/satisfaction-records';
import { ValidationError } from '../../../../src-renderer/core/validation';
import { openFollowUpOf } from '../../../../src-renderer/data/grading';
import { recordFollowUpVisit, surveysOf } from '../../../../src-renderer/data/satisfaction';
import { archivePerTest } from '../customers/fixtures';
import { gradeArchive } from '../grading/graded-institute';

/** 记录回访: the visit fulfils the grading's follow-up task, and its survey is kept, in one transaction. */
const w = archivePerTest(async (a) => {
  await gradeArchive(a);
  a.ctx.tick(24 * 86_400_000); // the visits are recorded on their day, 2026-12-20 (a happened day cannot be later)
});

const visit = {
  kind: 'visit' as const,
  date: '2026-12-20',
  departments: ['marketing'],
  participants: ['刘工'],
  summary: '季度回访，了解交付情况',
  nextStep: '',
  followUpDate: '',
};
const answers = {
  questionnaireId: DEFAULT_QUESTIONNAIRE_ID,
  questionnaireVersion: 1,
  scores: { delivery: 4, communication: 5 },
  respondentName: '刘工',
  comment: '',
};

describe('recordFollowUpVisit', () => {
  it('records the visit and its survey together, completing the open follow-up', async () => {
    const task = await openFollowUpOf(w.db, w.institute.id);
    expect(task).toBeDefined();
    const { interaction, survey } = await recordFollowUpVisit(w.db, w.institute.id, { interaction: visit, survey: answers }, w.ctx);
    expect(survey).toMatchObject({ date: '2026-12-20', source: 'visit', interactionId: interaction.id, percent: 87.5 });
    const done = await w.db.table('followUps').get(task!.id);
    expect(done).toMatchObject({ status: 'done', doneDate: '2026-12-20', interactionId: interaction.id });
    expect((await openFollowUpOf(w.db, w.institute.id))!.basisDate).toBe('2026-12-20');
    expect((await surveysOf(w.db, w.institute.id)).map((s) => s.id)).toEqual([survey!.id]);
  });

  it('a call without a survey completes the follow-up too', async () => {
    const { survey } = await recordFollowUpVisit(w.db, w.institute.id, { interaction: { ...visit, kind: 'call' }, survey: null }, w.ctx);
    expect(survey).toBeNull();
    expect((await openFollowUpOf(w.db, w.institute.id))!.basisDate).toBe('2026-12-20');
  });

  it('a refused survey leaves no visit behind and the follow-up open', async () => {
    const task = await openFollowUpOf(w.db, w.institute.id);
    const before = { changes: await w.db.changes.count(), interactions: await w.db.table('interactions').count() };
    const error = await recordFollowUpVisit(w.db, w.institute.id, { interaction: visit, survey: { ...answers, scores: { delivery: 9 } } }, w.ctx).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ 'scores.delivery': 'validation.complaints.score' });
    expect({ changes: await w.db.changes.count(), interactions: await w.db.table('interactions').count() }).toEqual(before);
    expect(await openFollowUpOf(w.db, w.institute.id)).toEqual(task);
  });

  it('takes only a visit or a call', async () => {
    const error = await recordFollowUpVisit(w.db, w.institute.id, { interaction: { ...visit, kind: 'meeting' as never }, survey: null }, w.ctx).catch(
      (e: unknown) => e,
    );
    expect((error as ValidationError).fieldErrors).toEqual({ kind: 'validation.satisfaction.visitKind' });
  });
});
