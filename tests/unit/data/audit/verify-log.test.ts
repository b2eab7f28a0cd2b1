import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditLog, verifyAuditLogHere, type AuditVerifyProgress } from '../../../../src-renderer/data/audit/verify-log';
import type { AirgapDb } from '../../../../src-renderer/data/db';

import { freshDb } from '../helpers';
import { seedAuditLog, signingKeys } from './seed';

let db: AirgapDb;
afterEach(() => db?.close());

describe('verifyAuditLog (no Worker in vitest: the calling thread, the same code)', () => {
  it('verifies an intact log and its checkpoints', async () => {
    db = await freshDb();
    const { keys } = await seedAuditLog(db, 50, [20, 50]);
    expect(await verifyAuditLog(db, [keys.publicKey])).toEqual({ ok: true, entries: 50, checkpoints: 2, firstProblem: null, acknowledged: [] });
  });

  it('names a tampered entry', async () => {
    db = await freshDb();
    const { entries, keys } = await seedAuditLog(db, 50, [50]);
    await db.audit.put({ ...entries[36]!, details: { ...entries[36]!.details, fields: 99 } });
    expect((await verifyAuditLog(db, [keys.publicKey])).firstProblem).toEqual({ seq: 37, code: 'audit.problem.hashMismatch' });
  });

  it('names a deleted entry', async () => {
    db = await freshDb();
    const { keys } = await seedAuditLog(db, 50, [50]);
    await db.audit.delete(12);
    expect(await verifyAuditLog(db, [keys.publicKey])).toEqual({
      ok: false,
      entries: 11,
      checkpoints: 0,
      firstProblem: { seq: 12, code: 'audit.problem.gap' },
      acknowledged: [],
    });
  });

  it('detects an emptied table from its checkpoints', async () => {
    db = await freshDb();
    const { keys } = await seedAuditLog(db, 50, [40]);
    await db.audit.clear();
    expect((await verifyAuditLog(db, [keys.publicKey])).firstProblem).toEqual({ seq: 1, code: 'audit.problem.missingAfterCheckpoint', checkpointSeq: 40 });
  });

  it('refuses a checkpoint signed by another key', async () => {
    db = await freshDb();
    await seedAuditLog(db, 50, [30], signingKeys());
    expect((await verifyAuditLog(db, [signingKeys().publicKey])).firstProblem).toEqual({ seq: 30, code: 'audit.problem.badCheckpointSignature' });
  });

  it('reports progress page by page and stops when cancelled', async () => {
    db = await freshDb();
    const { keys } = await seedAuditLog(db, 95);
    const progress: AuditVerifyProgress[] = [];
    await verifyAuditLogHere(db, [keys.publicKey], (p) => progress.push(p), undefined, 20);
    expect(progress).toEqual([20, 40, 60, 80, 95].map((done) => ({ done, total: 95 })));

    const controller = new AbortController();
    const seen: number[] = [];
    const cancelled = verifyAuditLogHere(
      db,
      [keys.publicKey],
      (p) => {
        seen.push(p.done);
        if (p.done >= 40) controller.abort();
      },
      controller.signal,
      20,
    );
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([20, 40]);
    await expect(verifyAuditLog(db, [keys.publicKey], undefined, AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
  });
});
