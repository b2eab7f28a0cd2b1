import { afterEach, describe, expect, it } from 'vitest';
import { verifyCheckpoint } from '../../../../src-renderer/core/audit/checkpoint';
import { appendAuditAlone } from '../../../../src-renderer/data/audit/append';
import { writeCheckpointIfDue } from '../../../../src-renderer/data/audit/checkpoint';
import type { AirgapDb } from '../../../../src-renderer/data/db';

import { freshDb } from '../helpers';
import { auditEvent, seedAuditLog, signingKeys } from './seed';

const NOW = new Date(Date.UTC(2026, 10, 28, 9, 0, 0));
let db: AirgapDb;
afterEach(() => db?.close());

describe('writeCheckpointIfDue', () => {
  it('signs the head once enough entries arrived since the last checkpoint', async () => {
    db = await freshDb();
    const { entries, keys } = await seedAuditLog(db, 5);
    expect(await writeCheckpointIfDue(db, keys, NOW, { minEntries: 10 })).toEqual({ status: 'not-due', newEntries: 5 });
    const written = await writeCheckpointIfDue(db, keys, NOW, { minEntries: 5 });
    expect(written.status).toBe('written');
    const checkpoint = (await db.auditCheckpoints.toArray())[0]!;
    expect(checkpoint).toMatchObject({ seq: 5, hash: entries[4]!.hash, at: NOW.toISOString(), publicKey: keys.publicKey });
    expect(verifyCheckpoint(checkpoint, [keys.publicKey])).toBe(true);
    // Nothing new since: nothing to sign, even with minEntries 0.
    expect(await writeCheckpointIfDue(db, keys, NOW, { minEntries: 0 })).toEqual({ status: 'not-due', newEntries: 0 });
  });

  it('signs nothing on an empty log', async () => {
    db = await freshDb();
    expect(await writeCheckpointIfDue(db, signingKeys(), NOW, { minEntries: 1 })).toEqual({ status: 'not-due', newEntries: 0 });
  });

  it('detects an audit table emptied by hand at the next checkpoint, records it once and signs nothing', async () => {
    db = await freshDb();
    const { keys } = await seedAuditLog(db, 20, [20]);
    await db.audit.clear();
    const first = await writeCheckpointIfDue(db, keys, NOW, { minEntries: 1 });
    expect(first).toMatchObject({
      status: 'tamper-detected',
      recordedNow: true,
      problem: { seq: 1, code: 'audit.problem.missingAfterCheckpoint', checkpointSeq: 20 },
      entry: { seq: 1, action: 'audit.tamper-detected', outcome: 'failure', userId: null },
    });
    expect(first.status === 'tamper-detected' && first.entry.details).toMatchObject({ checkpointSeq: 20, problem: 'audit.problem.missingAfterCheckpoint' });
    // Work goes on (a sign-in), then the next call: the same finding, not recorded again, still no checkpoint.
    await appendAuditAlone(db, auditEvent(1));
    const second = await writeCheckpointIfDue(db, keys, NOW, { minEntries: 1 });
    expect(second).toMatchObject({ status: 'tamper-detected', recordedNow: false, entry: { seq: 1 } });
    expect(await db.audit.count()).toBe(2);
    expect((await db.auditCheckpoints.toArray()).map((c) => c.seq)).toEqual([20]);
  });

  it('detects an entry changed after the last checkpoint before signing over it', async () => {
    db = await freshDb();
    const { entries, keys } = await seedAuditLog(db, 30, [10]);
    await db.audit.put({ ...entries[14]!, userName: '改过' });
    const result = await writeCheckpointIfDue(db, keys, NOW, { minEntries: 1 });
    expect(result).toMatchObject({ status: 'tamper-detected', problem: { seq: 15, code: 'audit.problem.hashMismatch' } });
    expect(result.status === 'tamper-detected' && result.entry.details.foundHash).toBe(entries[14]!.hash);
    expect(await db.auditCheckpoints.count()).toBe(1);
  });

  it('detects the checkpointed entry changed or deleted, and a checkpoint not signed by the installation', async () => {
    db = await freshDb();
    const { entries, keys } = await seedAuditLog(db, 12, [10]);
    await db.audit.put({ ...entries[9]!, hash: entries[8]!.hash });
    expect(await writeCheckpointIfDue(db, keys, NOW, { minEntries: 1 })).toMatchObject({ problem: { seq: 10, code: 'audit.problem.checkpointMismatch' } });
    db.close();

    db = await freshDb();
    const deleted = await seedAuditLog(db, 12, [10]);
    await db.audit.delete(10);
    expect(await writeCheckpointIfDue(db, deleted.keys, NOW, { minEntries: 1 })).toMatchObject({ problem: { seq: 10, code: 'audit.problem.gap' } });
    db.close();

    db = await freshDb();
    const forged = await seedAuditLog(db, 12, [10], signingKeys());
    expect(await writeCheckpointIfDue(db, keys, NOW, { minEntries: 1 })).toMatchObject({ problem: { seq: 10, code: 'audit.problem.badCheckpointSignature' } });
    // A key the installation had before is still trusted for its old checkpoints.
    expect(await writeCheckpointIfDue(db, keys, NOW, { minEntries: 1, previousPublicKeys: [forged.keys.publicKey] })).toMatchObject({ status: 'written' });
  });
});
