import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONNAIRE_ID } from '../../../../src-renderer/core/satisfaction-records';
import { validateBackupRecord } from '../../../../src-renderer/core/backup';
import { historyOf } from '../../../../src-renderer/data/records';
import {
  createSurvey,
  customerTrend,
  deleteSurvey,
  latestSurveys,
  listQuestionnaires,
  questionnaireHistory,
  questionnaireVersion,
  restoreSurvey,
  saveQuestionnaire,
  surveysBetween,
  surveysOf,
} from '../../../../src-renderer/data/satisfaction';
import {
  createCustomer,
  customerFullHistory,
  deletedRecords,
  mergeCustomers,
  restoreRecord as restoreBinRecord,
} from '../../../../src-renderer/data/customers';
import { archivePerTest, unitInput } from '../customers/fixtures';
import { refusal } from '../helpers';

const w = archivePerTest();

const survey = (overrides: Record<string, unknown> = {}) => ({
  date: '2026-03-10',
  source: 'questionnaire',
  questionnaireId: DEFAULT_QUESTIONNAIRE_ID,
  questionnaireVersion: 1,
  scores: { product_quality: 5, delivery: 4, price: 3 },
  respondentName: '刘工',
  comment: '交付及时',
  ...overrides,
});

describe('questionnaires', () => {
  it('has the default questionnaire from the start, and a change is its next version', async () => {
    const [first] = await listQuestionnaires(w.db);
    expect(first).toMatchObject({ questionnaireId: DEFAULT_QUESTIONNAIRE_ID, version: 1, name: '客户满意度调查表', scaleMax: 5, record: null });
    expect(first!.dimensions.map((d) => d.label)).toEqual(['产品质量', '交付', '技术服务', '沟通', '价格']);
    const v2 = await saveQuestionnaire(w.db, DEFAULT_QUESTIONNAIRE_ID, { ...first, scaleMax: 10, dimensions: first!.dimensions.slice(0, 2) }, w.ctx);
    expect(v2).toMatchObject({ questionnaireId: DEFAULT_QUESTIONNAIRE_ID, version: 2, scaleMax: 10, updatedBy: '张伟' });
    expect((await listQuestionnaires(w.db)).map((q) => q.version)).toEqual([2]);
    expect((await questionnaireHistory(w.db, DEFAULT_QUESTIONNAIRE_ID)).map((q) => q.version)).toEqual([2, 1]);
    expect((await questionnaireVersion(w.db, DEFAULT_QUESTIONNAIRE_ID, 1))!.scaleMax).toBe(5);
    expect(validateBackupRecord('questionnaires', v2)).toBeNull();
  });

  it('creates a new questionnaire as version 1 of its own id, listed after the default by name', async () => {
    const q = await saveQuestionnaire(
      w.db,
      null,
      { name: '售后服务回访表', scaleMax: 3, dimensions: [{ id: 'response', label: '响应速度', weight: 2 }] },
      w.ctx,
    );
    expect(q.version).toBe(1);
    expect((await listQuestionnaires(w.db)).map((x) => x.name)).toEqual(['客户满意度调查表', '售后服务回访表']);
  });

  it('refuses an invalid template with field messages and writes nothing', async () => {
    const before = await w.db.changes.count();
    const errors = await refusal(saveQuestionnaire(w.db, null, { name: '', scaleMax: 12, dimensions: [] }, w.ctx));
    expect(errors).toMatchObject({ name: 'validation.required', scaleMax: 'validation.complaints.scale', dimensions: 'validation.complaints.noDimensions' });
    expect(await w.db.changes.count()).toBe(before);
  });
});

describe('surveys', () => {
  it('stores the scores with their weighted score, who recorded it, and history', async () => {
    const s = await createSurvey(w.db, w.institute.id, survey(), w.ctx);
    expect(s).toMatchObject({ customerId: w.institute.id, overall: 4, percent: 75, recordedBy: '张伟', respondentId: null, interactionId: null });
    expect(validateBackupRecord('surveys', s)).toBeNull();
    expect(validateBackupRecord('surveys', { ...s, extra: 1 })).not.toBeNull();
    expect((await historyOf(w.db, 'surveys', s.id)).map((e) => e.op)).toEqual(['create']);
  });

  it('refuses scores outside the scale, unknown dimensions and an empty survey, writing nothing', async () => {
    const before = await w.db.changes.count();
    expect(await refusal(createSurvey(w.db, w.institute.id, survey({ scores: { product_quality: 6 } }), w.ctx))).toEqual({
      'scores.product_quality': 'validation.complaints.score',
    });
    expect(await refusal(createSurvey(w.db, w.institute.id, survey({ scores: { speed: 3 } }), w.ctx))).toEqual({
      'scores.speed': 'validation.complaints.unknownDimension',
    });
    expect(await refusal(createSurvey(w.db, w.institute.id, survey({ scores: {} }), w.ctx))).toEqual({ scores: 'validation.complaints.noScores' });
    expect(await refusal(createSurvey(w.db, w.institute.id, survey({ questionnaireVersion: 7 }), w.ctx))).toEqual({
      questionnaireId: 'validation.satisfaction.unknownQuestionnaire',
    });
    expect(await refusal(createSurvey(w.db, w.institute.id, survey({ date: '2026-02-30' }), w.ctx))).toHaveProperty('date');
    expect(await w.db.changes.count()).toBe(before);
    expect(await surveysOf(w.db, w.institute.id)).toEqual([]);
  });

  it('keeps an old survey readable on the version it was answered on after the questionnaire changes', async () => {
    const old = await createSurvey(w.db, w.institute.id, survey({ scores: { price: 5 } }), w.ctx);
    const [def] = await listQuestionnaires(w.db);
    await saveQuestionnaire(
      w.db,
      DEFAULT_QUESTIONNAIRE_ID,
      { ...def, scaleMax: 10, dimensions: [{ id: 'product_quality', label: '产品质量', weight: 1 }] },
      w.ctx,
    );
    expect(await refusal(createSurvey(w.db, w.institute.id, survey({ questionnaireVersion: 2, scores: { price: 5 } }), w.ctx))).toEqual({
      'scores.price': 'validation.complaints.unknownDimension',
    });
    const onV2 = await createSurvey(w.db, w.institute.id, survey({ date: '2026-04-01', questionnaireVersion: 2, scores: { product_quality: 10 } }), w.ctx);
    expect(onV2.percent).toBe(100);
    const template = await questionnaireVersion(w.db, old.questionnaireId, old.questionnaireVersion);
    expect(template!.dimensions.find((d) => d.id === 'price')!.label).toBe('价格');
  });

  it('gives a customer’s trend by month and quarter, newest surveys first, without deleted ones', async () => {
    await createSurvey(w.db, w.institute.id, survey({ date: '2026-01-15', scores: { price: 5 } }), w.ctx);
    await createSurvey(w.db, w.institute.id, survey({ date: '2026-02-15', scores: { price: 3 } }), w.ctx);
    const gone = await createSurvey(w.db, w.institute.id, survey({ date: '2026-04-15', scores: { price: 1 } }), w.ctx);
    await createSurvey(w.db, w.academy.id, survey({ date: '2026-04-16', scores: { price: 4 } }), w.ctx);
    expect(await customerTrend(w.db, w.institute.id, 'month')).toEqual([
      { period: '2026-01', meanPercent: 100, count: 1 },
      { period: '2026-02', meanPercent: 50, count: 1 },
      { period: '2026-04', meanPercent: 0, count: 1 },
    ]);
    await deleteSurvey(w.db, gone.id, w.ctx);
    expect(await customerTrend(w.db, w.institute.id, 'quarter')).toEqual([{ period: '2026-Q1', meanPercent: 75, count: 2 }]);
    expect((await surveysOf(w.db, w.institute.id)).map((s) => s.date)).toEqual(['2026-02-15', '2026-01-15']);
    expect((await latestSurveys(w.db, 2)).map((s) => s.date)).toEqual(['2026-04-16', '2026-02-15']);
    expect((await surveysBetween(w.db, '2026-02-01', '2026-12-31')).map((s) => s.date)).toEqual(['2026-02-15', '2026-04-16']);
    await restoreSurvey(w.db, gone.id, w.ctx);
    expect(await surveysOf(w.db, w.institute.id)).toHaveLength(3);
  });

  it('refuses a survey of a deleted customer', async () => {
    await w.db.table('customers').update(w.institute.id, { deletedAt: '2026-11-01T00:00:00.000Z' });
    expect(await refusal(createSurvey(w.db, w.institute.id, survey(), w.ctx))).toEqual({ _: 'validation.customerDeleted' });
  });
});

describe('surveys and the archive', () => {
  it('move with a merge to the kept customer, and are in the customer’s history', async () => {
    const dup = await createCustomer(w.db, unitInput({ name: '航天材料工艺所', shortName: '', level: 3, parentId: w.academy.id }), w.ctx, {
      allowDuplicate: true,
    });
    const s = await createSurvey(w.db, dup.id, survey(), w.ctx);
    await mergeCustomers(w.db, w.institute.id, dup.id, w.ctx);
    expect((await surveysOf(w.db, w.institute.id)).map((x) => x.id)).toEqual([s.id]);
    expect(await surveysOf(w.db, dup.id)).toEqual([]);
    expect((await customerFullHistory(w.db, w.institute.id)).kinds).toContain('surveys');
  });
});

describe('surveys in the recycle bin', () => {
  it('lists a deleted survey with its customer and restores it', async () => {
    const s = await createSurvey(w.db, w.institute.id, survey(), w.ctx);
    await deleteSurvey(w.db, s.id, w.ctx);
    const bin = await deletedRecords(w.db);
    expect(bin.map((i) => [i.table, i.record.id, i.customerName])).toEqual([['surveys', s.id, '航天材料及工艺研究所']]);
    await restoreBinRecord(w.db, 'surveys', s.id, w.ctx);
    expect(await deletedRecords(w.db)).toEqual([]);
    expect((await surveysOf(w.db, w.institute.id)).map((x) => x.id)).toEqual([s.id]);
  });
});
