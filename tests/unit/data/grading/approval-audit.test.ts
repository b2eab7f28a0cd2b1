import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../../../src-renderer/core/grading';
import type { AuditEntry } from '../../../../src-renderer/core/audit/types';
import { verifyAuditLog } from '../../../../src-renderer/data/audit/verify-log';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { approveRun, draftGrading, restoreDefaultConfig, saveConfig } from '../../../../src-renderer/data/grading';
import type { WriteContext } from '../../../../src-renderer/data/write-context';
import { testActor } from '../../../shared/actors';
import { archivePerTest } from '../customers/fixtures';
import { instituteAndAcademyFigures } from './graded-institute';

// The institute: 260 万元 in 2025, paid on time → AAA; the academy → AA (graded-institute.ts).
const w = archivePerTest(instituteAndAcademyFigures);

const since = async (db: AirgapDb, seq: number): Promise<AuditEntry[]> => db.audit.where('seq').above(seq).toArray();
const head = async (db: AirgapDb) => (await db.audit.orderBy('seq').last())?.seq ?? 0;

/** Issue 15.5: a department head's decisions are audited in the approval's own transaction. */
describe('audit of grade-run approvals and rule versions', () => {
  it('an approved run names the approver, the run, its customers and the grades it changed', async () => {
    const head1 = { ...w.ctx, actor: testActor('部门负责人王芳', ['department-head']) } satisfies WriteContext;
    const run = await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx);
    const start = await head(w.db);
    const approved = await approveRun(w.db, run.id, { note: '同意' }, head1, '2026-11-27');
    const entries = await since(w.db, start);
    expect(entries.filter((e) => e.action === 'grading.approve')).toEqual([
      expect.objectContaining({
        userId: head1.actor.userId,
        userName: '部门负责人王芳',
        object: { kind: 'gradeRuns', id: approved.id, label: '2026-11-26' },
        details: {
          evaluationDate: '2026-11-26',
          batch: true,
          customers: run.summary.total,
          gradeChanges: run.summary.total,
          templateVersion: 1,
          criteriaVersion: 0,
          approvalNote: '同意',
        },
      }),
    ]);
    // The single grading of one customer is named by the customer.
    const single = await draftGrading(w.db, { evaluationDate: '2026-11-28', customerId: w.institute.id }, w.ctx);
    await approveRun(w.db, single.id, { note: '' }, head1, '2026-11-28');
    const last = (await w.db.audit.orderBy('seq').last())!;
    expect(last).toMatchObject({ action: 'grading.approve', object: { label: w.institute.name }, details: { batch: false, customers: 1, gradeChanges: 0 } });
    expect(await verifyAuditLog(w.db, [])).toMatchObject({ ok: true });
  });

  it('a refused or failed approval writes no entry', async () => {
    const run = await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx);
    const start = await head(w.db);
    const manager = { ...w.ctx, actor: testActor('客户经理', ['account-manager']) };
    await expect(approveRun(w.db, run.id, { note: '' }, manager)).rejects.toMatchObject({ code: 'forbidden' });
    await approveRun(w.db, run.id, { note: '' }, w.ctx);
    const approvedAt = await head(w.db);
    // Approving it twice: refused (no longer a draft), nothing audited.
    await expect(approveRun(w.db, run.id, { note: '' }, w.ctx)).rejects.toBeTruthy();
    expect((await since(w.db, start)).filter((e) => e.action === 'grading.approve')).toHaveLength(1);
    expect(await head(w.db)).toBe(approvedAt);
  });

  it('each saved rule version is audited under its kind with its number and note; an invalid one writes nothing', async () => {
    const start = await head(w.db);
    const saved = await saveConfig(w.db, 'criteria', { ...DEFAULT_CRITERIA, aaaBenefitWan: 250 }, { note: '提高门槛' }, w.ctx);
    await expect(saveConfig(w.db, 'criteria', { ...DEFAULT_CRITERIA, aaaBenefitWan: -1 }, { note: '' }, w.ctx)).rejects.toBeTruthy();
    await restoreDefaultConfig(w.db, 'policy', { note: '恢复默认' }, w.ctx);
    const audited = (await since(w.db, start)).filter((e) => e.action.startsWith('rules.'));
    expect(audited.map((e) => [e.action, e.userName, e.object, e.details])).toEqual([
      ['rules.criteria', '张伟', { kind: 'gradingConfigs', id: saved.id, label: '1' }, { version: 1, approvalNote: '提高门槛' }],
      ['rules.policy', '张伟', expect.objectContaining({ label: '1' }), { version: 1, approvalNote: '恢复默认' }],
    ]);
  });
});
