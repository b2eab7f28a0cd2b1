import { afterEach, describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../../../src-renderer/core/accounts';
import { chainAuditEntry } from '../../../../src-renderer/core/audit/chain';
import { appendAuditAlone } from '../../../../src-renderer/data/audit/append';
import { writeCheckpointIfDue } from '../../../../src-renderer/data/audit/checkpoint';
import { openTamperFinding, reAnchorAuditLog, ReAnchorRefusedError } from '../../../../src-renderer/data/audit/re-anchor';
import { verifyAuditLogHere } from '../../../../src-renderer/data/audit/verify-log';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { testActor } from '../../../shared/actors';
import { freshDb } from '../helpers';
import { auditEvent, seedAuditLog } from './seed';

const NOW = new Date(Date.UTC(2026, 11, 7, 2, 0, 0));
const LATER = new Date(Date.UTC(2026, 11, 7, 3, 0, 0));
const AUDITOR = testActor('孙丽', ['audit-admin'], 'all');
const REASON = '2026年12月7日发现第15条记录被改动，已导出日志交保密办调查（案卷 2026-07）';
let db: AirgapDb;
afterEach(() => db?.close());

/** A log of 20 entries checkpointed at 10, entry 15 changed by hand, the change found by the next checkpoint. */
async function tamperedLog() {
  db = await freshDb();
  const seeded = await seedAuditLog(db, 20, [10]);
  await db.audit.put({ ...seeded.entries[14]!, userName: '改过' });
  expect(await writeCheckpointIfDue(db, seeded.keys, NOW, { minEntries: 1 })).toMatchObject({ status: 'tamper-detected', entry: { seq: 21 } });
  return seeded;
}

describe('reAnchorAuditLog', () => {
  it('after a tamper: the auditor re-anchors; the break stays named as acknowledged and the chain after it verifies', async () => {
    const { keys } = await tamperedLog();
    expect(await verifyAuditLogHere(db, [keys.publicKey])).toMatchObject({
      ok: false,
      firstProblem: { seq: 15, code: 'audit.problem.hashMismatch' },
      acknowledged: [],
    });

    expect(await openTamperFinding(db)).toMatchObject({ seq: 21, action: 'audit.tamper-detected' });
    const anchored = await reAnchorAuditLog(db, AUDITOR, `  ${REASON}  `, keys, NOW);
    // The finding is acknowledged: the auditor's page no longer shows it as open.
    expect(await openTamperFinding(db)).toBeNull();
    expect(anchored.entry).toMatchObject({ seq: 22, action: 'audit.re-anchored', userId: AUDITOR.userId, userName: '孙丽', outcome: 'success' });
    expect(anchored.entry.details).toMatchObject({ reason: REASON, problem: 'audit.problem.hashMismatch', problemSeq: 15, headSeq: 21 });
    expect(anchored.checkpoint).toMatchObject({ seq: 22, hash: anchored.entry.hash });

    // Checkpoints are signed again from the anchor on.
    for (let n = 0; n < 3; n++) await appendAuditAlone(db, auditEvent(100 + n));
    expect(await writeCheckpointIfDue(db, keys, LATER, { minEntries: 1 })).toMatchObject({ status: 'written', checkpoint: { seq: 25 } });

    const verified = await verifyAuditLogHere(db, [keys.publicKey]);
    expect(verified).toMatchObject({ ok: true, firstProblem: null });
    expect(verified.acknowledged).toEqual([{ seq: 15, code: 'audit.problem.hashMismatch', anchorSeq: 22, reason: REASON, by: '孙丽', at: NOW.toISOString() }]);
    // Entries 1–14, then the anchor and the three after it.
    expect(verified.entries).toBe(14 + 4);

    // A change after the anchor is not covered by it.
    const after = (await db.audit.get(24))!;
    await db.audit.put({ ...after, userName: '又改过' });
    expect(await verifyAuditLogHere(db, [keys.publicKey])).toMatchObject({
      ok: false,
      firstProblem: { seq: 24, code: 'audit.problem.hashMismatch' },
      acknowledged: [{ seq: 15, anchorSeq: 22 }],
    });
  });

  it('after the audit table was emptied by hand: re-anchored below the old checkpoint, which no longer counts against the new log', async () => {
    db = await freshDb();
    const { keys } = await seedAuditLog(db, 20, [20]);
    await db.audit.clear();
    await appendAuditAlone(db, auditEvent(1));
    expect(await writeCheckpointIfDue(db, keys, NOW, { minEntries: 1 })).toMatchObject({ status: 'tamper-detected', entry: { seq: 2 } });

    const anchored = await reAnchorAuditLog(db, AUDITOR, REASON, keys, NOW);
    expect(anchored.entry).toMatchObject({ seq: 3, details: { problem: 'audit.problem.missingAfterCheckpoint', problemSeq: 3, checkpointSeq: 20 } });
    await appendAuditAlone(db, auditEvent(2));
    expect(await writeCheckpointIfDue(db, keys, LATER, { minEntries: 1 })).toMatchObject({ status: 'written', checkpoint: { seq: 4 } });

    const verified = await verifyAuditLogHere(db, [keys.publicKey]);
    expect(verified).toMatchObject({ ok: true, firstProblem: null });
    expect(verified.acknowledged).toMatchObject([{ code: 'audit.problem.missingAfterCheckpoint', anchorSeq: 3, reason: REASON }]);
    // The old checkpoint is still there: the evidence that twenty entries existed.
    expect((await db.auditCheckpoints.toArray()).map((c) => c.seq).sort((a, b) => a - b)).toEqual([3, 4, 20]);
  });

  it('only the audit administrator, with a reason, over a broken chain; a refusal writes nothing', async () => {
    const { keys } = await tamperedLog();
    const before = { entries: await db.audit.count(), checkpoints: await db.auditCheckpoints.count() };
    const business = testActor('张伟', ['account-manager', 'department-head', 'complaint-handler', 'reader'], 'all');
    await expect(reAnchorAuditLog(db, business, REASON, keys, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reAnchorAuditLog(db, testActor('赵刚', ['system-admin'], 'all'), REASON, keys, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reAnchorAuditLog(db, AUDITOR, '   ', keys, NOW)).rejects.toMatchObject({ code: 'audit.reAnchor.reasonRequired' });
    await expect(reAnchorAuditLog(db, AUDITOR, '理'.repeat(501), keys, NOW)).rejects.toMatchObject({ code: 'audit.reAnchor.reasonTooLong' });
    expect({ entries: await db.audit.count(), checkpoints: await db.auditCheckpoints.count() }).toEqual(before);

    db.close();
    db = await freshDb();
    const intact = await seedAuditLog(db, 5, [5]);
    const refused = reAnchorAuditLog(db, AUDITOR, REASON, intact.keys, NOW);
    await expect(refused).rejects.toBeInstanceOf(ReAnchorRefusedError);
    await expect(refused).rejects.toMatchObject({ code: 'audit.reAnchor.nothingBroken' });
    expect(await db.audit.count()).toBe(5);
  });

  it('an anchor entry written by hand, without the installation’s signature, acknowledges nothing', async () => {
    const { keys } = await tamperedLog();
    const head = (await db.audit.orderBy('seq').last())!;
    const forged = chainAuditEntry({ ...auditEvent(50), action: 'audit.re-anchored', details: { reason: '伪造', problemSeq: 15 } }, head);
    await db.audit.add(forged);
    expect(await verifyAuditLogHere(db, [keys.publicKey])).toMatchObject({ ok: false, firstProblem: { seq: 15 }, acknowledged: [] });
  });
});
