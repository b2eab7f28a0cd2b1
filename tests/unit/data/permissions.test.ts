import { afterEach, describe, expect, it } from 'vitest';
import { ForbiddenError, type Role } from '../../../src-renderer/core/accounts';
import type { Envelope } from '../../../src-renderer/core/envelope';
import { RECORD_KINDS, type RecordKind } from '../../../src-renderer/core/record-kinds';
import type { AirgapDb } from '../../../src-renderer/data/db';
import { applyImport, resolveConflict, type IncomingFile } from '../../../src-renderer/data/exchange';
import { approveRun, draftGrading, getRun, restoreDefaultConfig, saveConfig } from '../../../src-renderer/data/grading';
import { recordSchemas } from '../../../src-renderer/core/backup';
import { DEFAULT_CRITERIA } from '../../../src-renderer/core/grading';
import { createRecord, restoreRecord, softDeleteRecord, updateRecord } from '../../../src-renderer/data/records';
import type { WriteContext } from '../../../src-renderer/data/write-context';
import { testActor } from '../../shared/actors';
import { archivePerTest } from './customers/fixtures';
import { instituteAndAcademyFigures } from './grading/graded-institute';
import { freshDb, testContext } from './helpers';

/**
 * Issue 15.4: the one write path refuses what the signed-in user's roles do not allow, before it
 * reads or writes anything. The expectations are written out by hand from the issue (who does what
 * in the department), not computed from the table they check.
 */
type Op = 'create' | 'update' | 'delete' | 'restore';

const ARCHIVE = ['customers', 'contacts', 'interactions', 'requirements', 'benefits', 'settlements'] as const;
const GRADING_WORK = ['assessments', 'gradeRuns', 'gradings', 'followUps'] as const;
const SATISFACTION = ['questionnaires', 'surveys'] as const;

/** What each role alone may create/update, and delete/restore. */
const ALLOWED: Record<Role, { write: readonly RecordKind[]; delete: readonly RecordKind[] }> = {
  'account-manager': {
    write: [...ARCHIVE, 'handovers', 'complaints', ...GRADING_WORK, ...SATISFACTION, 'attachments'],
    // Deleting a complaint is the complaint handler's (and the head's).
    delete: [...ARCHIVE, 'handovers', ...GRADING_WORK, ...SATISFACTION, 'attachments'],
  },
  'department-head': { write: RECORD_KINDS, delete: RECORD_KINDS },
  'complaint-handler': {
    // 记录回访 writes the interaction and closes the follow-up; the archive itself is not theirs.
    // Files: the kind's rule lets them write attachments; which records they may attach to is the
    // owner kind's own rule (data/attachments, tests/unit/data/attachments).
    write: ['interactions', 'complaints', 'followUps', ...SATISFACTION, 'attachments'],
    delete: ['complaints', 'followUps', ...SATISFACTION, 'attachments'],
  },
  reader: { write: [], delete: [] },
  'security-admin': { write: ['profile'], delete: ['profile'] },
  'system-admin': { write: [], delete: [] },
  'audit-admin': { write: [], delete: [] },
};

const OPS: readonly Op[] = ['create', 'update', 'delete', 'restore'];
const allowed = (role: Role, kind: RecordKind, op: Op) => ALLOWED[role][op === 'create' || op === 'update' ? 'write' : 'delete'].includes(kind);

/** One live and one deleted record of every kind, written by a user allowed everything. */
async function seed(db: AirgapDb, ctx: WriteContext): Promise<Record<RecordKind, { live: string; deleted: string }>> {
  const ids = {} as Record<RecordKind, { live: string; deleted: string }>;
  for (const kind of RECORD_KINDS) {
    const live = await createRecord<Envelope & { note: string }>(db, kind, { note: '原值' }, ctx);
    const deleted = await createRecord<Envelope & { note: string }>(db, kind, { note: '已删除' }, ctx);
    await softDeleteRecord(db, kind, deleted.id, ctx);
    ids[kind] = { live: live.id, deleted: deleted.id };
  }
  return ids;
}

const snapshot = async (db: AirgapDb, kind: RecordKind) => ({ rows: await db.table(kind).toArray(), changes: await db.changes.count() });

let db: AirgapDb;
afterEach(() => db?.close());

describe('every write is checked against the signed-in user’s roles', () => {
  for (const role of Object.keys(ALLOWED) as Role[]) {
    it(`${role} alone writes exactly what its role allows; a refused write changes neither the table nor the change log`, async () => {
      db = await freshDb();
      const everything = testContext();
      const ids = await seed(db, everything);
      const ctx: WriteContext = { ...everything, actor: testActor(`${role}用户`, [role], role.endsWith('admin') ? null : 'all') };
      const write = (kind: RecordKind, op: Op): Promise<unknown> => {
        if (op === 'create') return createRecord(db, kind, { note: '新建' }, ctx);
        if (op === 'update') return updateRecord(db, kind, ids[kind].live, { note: '改过' }, ctx);
        if (op === 'delete') return softDeleteRecord(db, kind, ids[kind].live, ctx);
        return restoreRecord(db, kind, ids[kind].deleted, ctx);
      };
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const kind of RECORD_KINDS) {
        for (const op of OPS) {
          if (allowed(role, kind, op)) expected.push(`${kind} ${op}`);
          const before = await snapshot(db, kind);
          const error = await write(kind, op).then(
            () => null,
            (e: unknown) => e,
          );
          if (error === null) {
            outcomes.push(`${kind} ${op}`);
            continue;
          }
          expect(error).toBeInstanceOf(ForbiddenError);
          expect(error).toMatchObject({ code: 'forbidden', messageKey: 'accounts.forbidden' });
          expect(await snapshot(db, kind)).toEqual(before);
        }
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it('the first profile may be written by the first-run setup, which holds no role; a second may not', async () => {
    db = await freshDb();
    const setup: WriteContext = { ...testContext(), actor: { ...testActor('首次设置', []), scope: null } };
    const profile = await createRecord<Envelope & { department: string }>(db, 'profile', { department: '市场部' }, setup);
    expect(profile.updatedBy).toBe('首次设置');
    await expect(createRecord(db, 'profile', { department: '质量部' }, setup)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateRecord(db, 'profile', profile.id, { department: '质量部' }, setup)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.profile.count()).toBe(1);
    expect(await db.changes.count()).toBe(1);
  });

  it('importing and resolving a conflict are refused before anything is read', async () => {
    const reader: WriteContext = { ...testContext(), actor: testActor('查阅用户', ['reader']) };
    db = await freshDb();
    // An empty file: the refusal comes before the file is read.
    await expect(applyImport(db, {} as IncomingFile, reader)).rejects.toMatchObject({ code: 'forbidden', action: 'exchange.import' });
    // No conflict of that id exists: the refusal comes first, so it is ForbiddenError, not "not found".
    await expect(resolveConflict(db, '01900000-0000-7000-8000-000000000000', 'take-loser', reader)).rejects.toMatchObject({
      code: 'forbidden',
      action: 'conflict.resolve',
    });
  });
});

describe('approvals (issue 15.3): the approver is the signed-in user', () => {
  const w = archivePerTest(instituteAndAcademyFigures);
  const as = (name: string, roles: readonly Role[]): WriteContext => ({ ...w.ctx, actor: testActor(name, roles) });
  const tables = ['customers', 'gradeRuns', 'gradings', 'followUps', 'gradingConfigs', 'changes'] as const;
  const everything = async () => Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await w.db.table(t).toArray()])));

  it('an account manager alone may not approve a grade run: refused, nothing written', async () => {
    const run = await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx);
    const before = await everything();
    await expect(approveRun(w.db, run.id, { note: '同意' }, as('李娜', ['account-manager']), '2026-11-27')).rejects.toMatchObject({
      code: 'forbidden',
      action: 'grading.approve',
    });
    expect(await everything()).toEqual(before);
    expect((await getRun(w.db, run.id))!.status).toBe('draft');
  });

  it('a department head’s approval records their name and account on the run and on what it wrote', async () => {
    const run = await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx);
    const head = as('赵主任', ['department-head']);
    const approved = await approveRun(w.db, run.id, { note: '同意' }, head, '2026-11-27');
    expect(approved).toMatchObject({ status: 'approved', approvedBy: '赵主任', approvedById: head.actor.userId, approvalNote: '同意' });
    const institute = await w.db.customers.get(w.institute.id);
    expect(institute).toMatchObject({ grade: 'AAA', updatedBy: '赵主任', updatedById: head.actor.userId });
  });

  it('rules versions: only a department head approves them, and is recorded', async () => {
    const before = await everything();
    const manager = as('李娜', ['account-manager']);
    await expect(saveConfig(w.db, 'criteria', { ...DEFAULT_CRITERIA, aaaBenefitWan: 250 }, {}, manager)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(restoreDefaultConfig(w.db, 'policy', {}, manager)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await everything()).toEqual(before);
    const head = as('赵主任', ['department-head']);
    const saved = await saveConfig(w.db, 'criteria', { ...DEFAULT_CRITERIA, aaaBenefitWan: 250 }, { note: '提高门槛' }, head);
    expect(saved).toMatchObject({ version: 1, approvedBy: '赵主任', approvedById: head.actor.userId, note: '提高门槛' });
  });

  it('a backup or an exchange file keeps the approver’s account, and still reads rows approved before accounts', async () => {
    const head = as('赵主任', ['department-head']);
    const run = await approveRun(w.db, (await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx)).id, {}, head, '2026-11-27');
    const config = await saveConfig(w.db, 'policy', (await restoreDefaultConfig(w.db, 'policy', {}, head)).body, {}, head);
    for (const [kind, row] of [
      ['gradeRuns', run],
      ['gradingConfigs', config],
    ] as const) {
      expect(recordSchemas[kind].parse(row)).toMatchObject({ approvedById: head.actor.userId });
      const { approvedById: _, ...older } = row;
      expect(recordSchemas[kind].safeParse(older).success).toBe(true);
    }
  });
});
