import { describe, expect, it } from 'vitest';
import { chainAuditEntry } from '../../../../src-renderer/core/audit/chain';
import { signCheckpoint } from '../../../../src-renderer/core/audit/checkpoint';
import { AuditFileCheck } from '../../../../src-renderer/core/audit/archive';
import { AuditVerifier, verifyAuditEntries } from '../../../../src-renderer/core/audit/verify';
import { auditChain, auditEvent, signingKeys } from './builders';

const AT = '2026-11-27T00:00:00.000Z';

describe('AuditVerifier', () => {
  const keys = signingKeys();
  const chain = auditChain(30);
  const checkpointAt = (seq: number, secretKey = keys.secretKey) => signCheckpoint(chain[seq - 1]!, AT, secretKey);

  it('verifies page by page with the same result as all at once', () => {
    const checkpoints = [checkpointAt(10), checkpointAt(20), checkpointAt(30)];
    const verifier = new AuditVerifier(checkpoints, [keys.publicKey]);
    for (let i = 0; i < chain.length; i += 7) verifier.add(chain.slice(i, i + 7));
    expect(verifier.finish()).toEqual(verifyAuditEntries(chain, checkpoints, [keys.publicKey]));
    expect(verifier.finish()).toEqual({ ok: true, entries: 30, checkpoints: 3, firstProblem: null, acknowledged: [] });
  });

  it('detects a rewritten tail at the checkpoint that covers it', () => {
    // Entry 15 changed and every later entry re-chained: only the signed checkpoint at 20 can tell.
    const rewritten = [...chain.slice(0, 14)];
    for (let n = 14; n < 30; n++)
      rewritten.push(chainAuditEntry({ ...auditEvent(n), userName: n === 14 ? '伪造' : auditEvent(n).userName }, rewritten[n - 1]!));
    const result = verifyAuditEntries(rewritten, [checkpointAt(10), checkpointAt(20)], [keys.publicKey]);
    expect(result.firstProblem).toEqual({ seq: 20, code: 'audit.problem.checkpointMismatch' });
  });

  it('reports an emptied table as entries missing up to the newest checkpoint', () => {
    expect(verifyAuditEntries([], [checkpointAt(10), checkpointAt(30)], [keys.publicKey]).firstProblem).toEqual({
      seq: 1,
      code: 'audit.problem.missingAfterCheckpoint',
      checkpointSeq: 30,
    });
    expect(verifyAuditEntries(chain.slice(0, 12), [checkpointAt(10), checkpointAt(30)], [keys.publicKey]).firstProblem).toEqual({
      seq: 13,
      code: 'audit.problem.missingAfterCheckpoint',
      checkpointSeq: 30,
    });
  });

  it('refuses a checkpoint signed by another key, at its seq', () => {
    const stranger = signingKeys();
    const result = verifyAuditEntries(chain, [checkpointAt(10), checkpointAt(20, stranger.secretKey)], [keys.publicKey]);
    expect(result).toEqual({
      ok: false,
      entries: 30,
      checkpoints: 1,
      firstProblem: { seq: 20, code: 'audit.problem.badCheckpointSignature' },
      acknowledged: [],
    });
  });

  it('names an entry problem before a later bad checkpoint, and a bad checkpoint before a later entry problem', () => {
    const stranger = signingKeys();
    const broken = chain.map((e) => (e.seq === 25 ? { ...e, userName: '改' } : e));
    expect(verifyAuditEntries(broken, [checkpointAt(20, stranger.secretKey)], [keys.publicKey]).firstProblem?.seq).toBe(20);
    const early = chain.map((e) => (e.seq === 5 ? { ...e, userName: '改' } : e));
    expect(verifyAuditEntries(early, [checkpointAt(20, stranger.secretKey)], [keys.publicKey]).firstProblem).toEqual({
      seq: 5,
      code: 'audit.problem.hashMismatch',
    });
  });

  it('names a row edited by hand into another shape as changed', () => {
    const { details: _dropped, ...shapeless } = chain[3]!;
    const broken = chain.map((e, i) => (i === 3 ? (shapeless as typeof e) : e));
    expect(verifyAuditEntries(broken, [], [keys.publicKey]).firstProblem).toEqual({ seq: 4, code: 'audit.problem.hashMismatch' });
  });

  it('names the first problem whatever follows it (no signed re-anchor), and verifies from an anchor', () => {
    const verifier = new AuditVerifier([], [keys.publicKey]);
    verifier.add([chain[0]!, chain[2]!, ...chain.slice(3)]);
    expect(verifier.finish()).toMatchObject({ ok: false, entries: 1, firstProblem: { seq: 2, code: 'audit.problem.gap' }, acknowledged: [] });
    const anchored = new AuditVerifier([checkpointAt(10)], [keys.publicKey], { seq: 20, hash: chain[19]!.hash });
    anchored.add(chain.slice(20));
    expect(anchored.finish()).toEqual({ ok: true, entries: 10, checkpoints: 0, firstProblem: null, acknowledged: [] });
  });
});

describe('AuditVerifier with a re-anchored break', () => {
  const keys = signingKeys();
  const chain = auditChain(20);
  const changed = chain.map((e) => (e.seq === 5 ? { ...e, userName: '改过' } : e));
  const anchorEvent = { ...auditEvent(90), userName: '孙丽', action: 'audit.re-anchored', details: { reason: '已导出并上报', problemSeq: 5 } };
  const anchor = chainAuditEntry(anchorEvent, chain[19]!);
  const after = chainAuditEntry(auditEvent(91), anchor);
  const signed = (entry: { seq: number; hash: string }, at: string) => signCheckpoint(entry, at, keys.secretKey);

  it('names the break as acknowledged and verifies the chain from the signed anchor on, also in an exported file', () => {
    const checkpoints = [signed(chain[2]!, '2026-11-27T00:00:00.000Z'), signed(anchor, '2026-12-07T02:00:00.000Z'), signed(after, '2026-12-07T03:00:00.000Z')];
    const log = [...changed, anchor, after];
    const result = verifyAuditEntries(log, checkpoints, [keys.publicKey]);
    expect(result).toMatchObject({ ok: true, firstProblem: null, entries: 4 + 2, checkpoints: 3 });
    expect(result.acknowledged).toEqual([{ seq: 5, code: 'audit.problem.hashMismatch', anchorSeq: 21, reason: '已导出并上报', by: '孙丽', at: anchor.at }]);
    // The CLI's check of an exported log streams the same records.
    const file = new AuditFileCheck(keys.publicKey);
    for (const c of checkpoints) file.add('auditCheckpoints', { ...c });
    for (const e of log) file.add('audit', { ...e });
    expect(file.problem()).toBeNull();
  });

  it('an anchor without its signed checkpoint acknowledges nothing', () => {
    const result = verifyAuditEntries([...changed, anchor, after], [signed(chain[2]!, '2026-11-27T00:00:00.000Z')], [keys.publicKey]);
    expect(result).toMatchObject({ ok: false, firstProblem: { seq: 5, code: 'audit.problem.hashMismatch' }, acknowledged: [] });
  });
});
