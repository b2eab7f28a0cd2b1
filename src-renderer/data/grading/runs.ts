import Dexie from 'dexie';
import { z } from 'zod';
import {
  applyOverride,
  clearOverride,
  evaluateCustomer,
  GRADES,
  planRegrade,
  type CustomerEvaluation,
  type CustomerRecordsForGrading,
  type Grade,
  type RegradeEntry,
  type ScoringTemplate,
} from '../../core/grading';
import { requirePermission } from '../../core/accounts';
import type { IsoDate } from '../../core/model';
import { isoDateSchema } from '../../core/customers';
import { ValidationError } from '../../core/validation';
import type { AirgapDb } from '../db';
import { createRecord, createRecords, updateRecord, updateRecords } from '../records';
import type { WriteContext } from '../write-context';
import { inTransaction, liveCustomer, liveOnly, parseInput, refuse, todayOf } from '../repository/common';
import type { BenefitYearRecord, CustomerRecord, SettlementRecord } from '../rows/archive';
import { approvalSchema, approverOf, currentConfig, type Approval } from './config';
import { planFollowUpsOnApproval } from './follow-ups';
import { isOpenEntry, supersedeOlderDrafts } from './supersede';
import { gradingTables, type AssessmentRecord, type GradeRunRecord, type GradingRecord } from './types';
import { auditRunApproval } from './audit';

const draftOptionsSchema = z.object({
  evaluationDate: isoDateSchema,
  note: z.string().trim().max(2000, 'validation.tooLong').default(''),
});

type GradingFields = Omit<GradingRecord, 'id' | 'rev' | 'origin' | 'updatedBy' | 'deletedAt'>;

/** Groups rows by customer id (one pass). */
function byCustomer<T extends { customerId: string; deletedAt: string | null }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    if (row.deletedAt !== null) continue;
    const list = map.get(row.customerId);
    if (list) list.push(row);
    else map.set(row.customerId, [row]);
  }
  return map;
}

/** The rows grading reads besides the customers: benefit figures of a year, settlements, assessments of the next year. */
interface GradingFigures {
  benefits: BenefitYearRecord[];
  settlements: SettlementRecord[];
  assessments: AssessmentRecord[];
}

/**
 * What grading reads of one customer (`customerId`) or of every customer (null): the benefit rows of
 * `benefitYear`, the settlements, the assessments of the grading year. For every customer the
 * tables are read once each (the year's benefit rows by the `year` index; settlements whole: a
 * receivable of any age can decide the payment stability; assessments whole, the year kept in
 * memory — one read, where a filtered collection walks a cursor row by row) and grouped in memory:
 * 10,000 customers are three reads, not 30,000.
 */
async function readFigures(db: AirgapDb, customerId: string | null, benefitYear: number): Promise<GradingFigures> {
  const g = gradingTables(db);
  const [benefits, settlements, assessments] = await Promise.all([
    customerId ? db.benefits.where('[customerId+year]').equals([customerId, benefitYear]).toArray() : db.benefits.where('year').equals(benefitYear).toArray(),
    customerId ? db.settlements.where('customerId').equals(customerId).toArray() : db.settlements.toArray(),
    customerId
      ? g.assessments
          .where('[customerId+year]')
          .equals([customerId, benefitYear + 1])
          .toArray()
      : g.assessments.toArray().then((rows) => rows.filter((r) => r.year === benefitYear + 1)),
  ]);
  return { benefits, settlements, assessments };
}

/** The figures of each customer, grouped in one pass per table (deleted rows left out). */
function recordsOf(customers: readonly CustomerRecord[], figures: GradingFigures): Map<string, CustomerRecordsForGrading> {
  const benefitsBy = byCustomer<BenefitYearRecord>(figures.benefits);
  const settlementsBy = byCustomer<SettlementRecord>(figures.settlements);
  const assessmentBy = byCustomer<AssessmentRecord>(figures.assessments);
  const result = new Map<string, CustomerRecordsForGrading>();
  for (const c of customers) {
    const assessment = assessmentBy.get(c.id)?.[0] ?? null;
    result.set(c.id, {
      cooperationStart: c.cooperationStart,
      benefits: benefitsBy.get(c.id) ?? [],
      settlements: settlementsBy.get(c.id) ?? [],
      assessment: assessment && { entries: assessment.entries, communicationDifficult: assessment.communicationDifficult },
    });
  }
  return result;
}

/** The grading year of an evaluation: assessments are kept per evaluation year (grading in 2026 → 2026). */
export const assessmentYearOf = (evaluationDate: IsoDate): number => Number(evaluationDate.slice(0, 4));

/**
 * One customer graded on `evaluationDate` without writing anything: what the grading tab shows
 * while the manager enters the subjective scores. Also the versions of the rules it used.
 */
export async function previewGrading(
  db: AirgapDb,
  customerId: string,
  evaluationDate: IsoDate,
): Promise<CustomerEvaluation & { templateVersion: number; criteriaVersion: number; template: ScoringTemplate }> {
  const [template, criteria] = await Promise.all([currentConfig(db, 'template'), currentConfig(db, 'criteria')]);
  const customer = await liveCustomer(db, customerId);
  const records = recordsOf([customer], await readFigures(db, customerId, assessmentYearOf(evaluationDate) - 1));
  const evaluation = evaluateCustomer(records.get(customerId)!, evaluationDate, template.body, criteria.body);
  return { ...evaluation, templateVersion: template.body.version, criteriaVersion: criteria.version, template: template.body };
}

/**
 * Grades customers as a draft waiting for a department head: every live customer (a batch
 * re-grading), or one (`customerId`). Each entry keeps the facts, the item scores, the decision
 * and its reasons, and the change against the current grade. Nothing else changes until
 * `approveRun`. A new draft replaces the open draft of the same scope (discarded, kept in history).
 */
export async function draftGrading(
  db: AirgapDb,
  input: { evaluationDate: unknown; customerId?: string; note?: unknown },
  ctx: WriteContext,
): Promise<GradeRunRecord> {
  const { evaluationDate, note } = parseInput(draftOptionsSchema, input);
  const benefitYear = assessmentYearOf(evaluationDate) - 1;
  // Every read at once: the rules, the customers and their figures do not depend on one another.
  const [template, criteria, customers, figures] = await Promise.all([
    currentConfig(db, 'template'),
    currentConfig(db, 'criteria'),
    input.customerId ? liveCustomer(db, input.customerId).then((c) => [c]) : db.customers.toArray().then(liveOnly),
    readFigures(db, input.customerId ?? null, benefitYear),
  ]);
  const records = recordsOf(customers, figures);

  const evaluations = new Map<string, ReturnType<typeof evaluateCustomer>>();
  const proposed = customers.map((c) => {
    const evaluation = evaluateCustomer(records.get(c.id)!, evaluationDate, template.body, criteria.body);
    evaluations.set(c.id, evaluation);
    return { customerId: c.id, grade: evaluation.decision.grade, reasons: evaluation.reasons };
  });
  const plan = planRegrade(
    customers.map((c) => ({ customerId: c.id, grade: c.grade ?? null })),
    proposed,
  );

  return inTransaction(db, ['gradeRuns', 'gradings'], async () => {
    await discardOpenDrafts(db, input.customerId ?? null, ctx);
    const run = await createRecord<GradeRunRecord>(
      db,
      'gradeRuns',
      {
        kind: input.customerId ? 'single' : 'batch',
        customerId: input.customerId ?? null,
        evaluationDate,
        benefitYear,
        status: 'draft',
        templateVersion: template.body.version,
        criteriaVersion: criteria.version,
        summary: plan.summary,
        approvedBy: null,
        approvedAt: null,
        note,
      },
      ctx,
    );
    const rows: GradingFields[] = plan.entries.map((entry) => {
      const e = evaluations.get(entry.customerId)!;
      return {
        runId: run.id,
        customerId: entry.customerId,
        evaluationDate,
        facts: e.facts,
        payment: { maxOverdueDays: e.payment.maxOverdueDays, counted: e.payment.counted },
        items: e.score.items,
        objectiveTotal: e.score.objectivePoints,
        decision: e.decision,
        reasons: e.reasons,
        previousGrade: entry.previousGrade,
        proposedGrade: entry.proposedGrade,
        override: null,
        finalGrade: entry.finalGrade,
        change: entry.change,
      };
    });
    await createRecords<GradingRecord>(db, 'gradings', rows, ctx);
    return run;
  });
}

/** Open drafts of the same scope give way to the new one: a batch replaces the batch, a single grading that customer's. */
async function discardOpenDrafts(db: AirgapDb, customerId: string | null, ctx: WriteContext): Promise<void> {
  const open = await gradingTables(db).runs.where('status').equals('draft').toArray();
  for (const run of open) {
    if (run.deletedAt === null && run.customerId === customerId) await updateRecord<GradeRunRecord>(db, 'gradeRuns', run.id, { status: 'discarded' }, ctx);
  }
}

async function draftRun(db: AirgapDb, runId: string): Promise<GradeRunRecord> {
  const run = await gradingTables(db).runs.get(runId);
  if (!run || run.deletedAt !== null) return refuse('_', 'grading.error.runMissing');
  if (run.status !== 'draft') return refuse('_', 'grading.error.notDraft');
  return run;
}

const entryOf = (g: GradingRecord): RegradeEntry => ({
  customerId: g.customerId,
  previousGrade: g.previousGrade,
  proposedGrade: g.proposedGrade,
  reasons: g.reasons,
  override: g.override,
  finalGrade: g.finalGrade,
  change: g.change,
});

/**
 * The manager's grade instead of the computed one, with the reason (required). Giving the computed
 * grade back removes the override. The run's summary follows (counted incrementally, not re-read).
 */
export async function overrideGrading(db: AirgapDb, gradingId: string, input: { grade: unknown; reason: unknown }, ctx: WriteContext): Promise<GradingRecord> {
  const grade = input.grade === null ? null : z.enum(GRADES).safeParse(input.grade).data;
  if (grade === undefined) refuse('grade', 'validation.required');
  return inTransaction(db, ['gradeRuns', 'gradings'], async () => {
    const current = await gradingTables(db).gradings.get(gradingId);
    if (!current) return refuse('_', 'grading.error.runMissing');
    const run = await draftRun(db, current.runId);
    if (current.supersededBy) return refuse('_', 'grading.error.superseded');
    let next: RegradeEntry;
    if (grade === null) next = clearOverride(entryOf(current));
    else {
      const result = applyOverride(entryOf(current), grade as Grade, typeof input.reason === 'string' ? input.reason : '');
      if (!result.ok)
        throw new ValidationError({ reason: result.error === 'override-reason-required' ? 'grading.error.reasonRequired' : 'validation.tooLong' });
      next = result.entry;
    }
    const updated = await updateRecord<GradingRecord>(
      db,
      'gradings',
      gradingId,
      { override: next.override, finalGrade: next.finalGrade, change: next.change },
      ctx,
    );
    const summary = { ...run.summary };
    summary[current.change]--;
    summary[next.change]++;
    summary.overridden += (next.override ? 1 : 0) - (current.override ? 1 : 0);
    await updateRecord<GradeRunRecord>(db, 'gradeRuns', run.id, { summary }, ctx);
    return updated;
  });
}

/** A draft's entries, in the order they were graded. */
export async function runEntries(db: AirgapDb, runId: string): Promise<GradingRecord[]> {
  return gradingTables(db).gradings.where('runId').equals(runId).toArray();
}

/**
 * A run's entries of the given customers only, by the `[customerId+evaluationDate]` index: the first
 * screenful of a run's page, shown while the whole run (10,000 entries, ≈ 0.4–0.8 s) is read.
 */
export async function runEntriesOf(db: AirgapDb, run: Pick<GradeRunRecord, 'id' | 'evaluationDate'>, customerIds: readonly string[]): Promise<GradingRecord[]> {
  const rows = await gradingTables(db)
    .gradings.where('[customerId+evaluationDate]')
    .anyOf(customerIds.map((id) => [id, run.evaluationDate]))
    .toArray();
  // Other runs of the same day (a replaced draft) share the keys.
  return rows.filter((r) => r.runId === run.id);
}

export async function getRun(db: AirgapDb, runId: string): Promise<GradeRunRecord | undefined> {
  return gradingTables(db).runs.get(runId);
}

/** Every run, newest first (drafts, approved and discarded). */
export async function listRuns(db: AirgapDb): Promise<GradeRunRecord[]> {
  const runs = await gradingTables(db).runs.toArray();
  return runs.filter((r) => r.deletedAt === null).sort((a, b) => (a.rev < b.rev ? 1 : a.rev > b.rev ? -1 : 0));
}

/**
 * A department head approves a draft: the final grades become the customers' grades (only where
 * they change: a customer keeps the day its grade was first given), each change enters the
 * customer's grade history and timeline, and the service policy plans the follow-ups. Older open
 * drafts of the same customers are closed as superseded (`supersedeOlderDrafts`). One
 * transaction: a crash leaves either the draft or everything approved. The approver is the
 * signed-in user, who must hold 'grading.approve' (checked before anything is read); the approval's
 * comment is kept as `approvalNote`; the run's `note` is never replaced.
 */
export async function approveRun(db: AirgapDb, runId: string, approval: Approval, ctx: WriteContext, today?: IsoDate): Promise<GradeRunRecord> {
  requirePermission(ctx.actor, 'grading.approve');
  const { note } = parseInput(approvalSchema, approval);
  const day = todayOf(ctx, today);
  return inTransaction(db, ['gradeRuns', 'gradings', 'customers', 'followUps', 'gradingConfigs'], async () => {
    const run = await draftRun(db, runId);
    // Gradings closed by a newer approved run while this draft was open are left alone.
    const entries = (await runEntries(db, runId)).filter(isOpenEntry);
    const customers = await db.customers.bulkGet(entries.map((e) => e.customerId));
    const live = new Map(customers.filter((c): c is CustomerRecord => c !== undefined && c.deletedAt === null).map((c) => [c.id, c]));
    const changed = entries.filter((e) => live.has(e.customerId) && live.get(e.customerId)!.grade !== e.finalGrade);
    const changedIds = new Set(changed.map((e) => e.customerId));
    await updateRecords<CustomerRecord>(
      db,
      'customers',
      changed.map((e) => ({ id: e.customerId, patch: { grade: e.finalGrade, gradedOn: day } })),
      ctx,
    );
    await planFollowUpsOnApproval(
      db,
      entries.filter((e) => live.has(e.customerId)).map((e) => ({ customerId: e.customerId, grade: e.finalGrade, changed: changedIds.has(e.customerId) })),
      day,
      ctx,
    );
    // The approver's comment is its own field: the run's 备注 (why it was drafted) stays as written.
    const approved = await updateRecord<GradeRunRecord>(
      db,
      'gradeRuns',
      run.id,
      { status: 'approved', ...approverOf(ctx), approvedAt: ctx.now().toISOString(), approvalNote: note },
      ctx,
    );
    await supersedeOlderDrafts(db, approved, new Set(entries.map((e) => e.customerId)), ctx);
    // Audited in this transaction (issue 15.5): the approval and its entry are written together.
    const decided = { customers: entries.filter((e) => live.has(e.customerId)).length, changed: changed.length };
    await auditRunApproval(db, ctx, approved, { ...decided, customer: run.customerId === null ? undefined : live.get(run.customerId) });
    return approved;
  });
}

/** Throws the draft away (kept, marked discarded): nothing it proposed is applied. */
export async function discardRun(db: AirgapDb, runId: string, ctx: WriteContext): Promise<GradeRunRecord> {
  return inTransaction(db, ['gradeRuns'], async () => {
    await draftRun(db, runId);
    return updateRecord<GradeRunRecord>(db, 'gradeRuns', runId, { status: 'discarded' }, ctx);
  });
}

/** A customer's approved gradings, newest first: the grade history with the reasons of each. */
export async function gradeHistory(db: AirgapDb, customerId: string): Promise<(GradingRecord & { run: GradeRunRecord })[]> {
  const rows = await gradingTables(db)
    .gradings.where('[customerId+evaluationDate]')
    .between([customerId, Dexie.minKey], [customerId, Dexie.maxKey])
    .reverse()
    .toArray();
  const runs = await gradingTables(db).runs.bulkGet([...new Set(rows.map((r) => r.runId))]);
  const approved = new Map(runs.filter((r): r is GradeRunRecord => r !== undefined && r.status === 'approved').map((r) => [r.id, r]));
  return rows
    .filter((r) => isOpenEntry(r) && approved.has(r.runId))
    .map((r) => ({ ...r, run: approved.get(r.runId)! }))
    .sort((a, b) => (a.run.approvedAt! < b.run.approvedAt! ? 1 : -1));
}
