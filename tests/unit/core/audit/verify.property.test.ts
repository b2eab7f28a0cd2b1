import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signCheckpoint } from '../../../../src-renderer/core/audit/checkpoint';
import { verifyAuditEntries, type AuditProblemCode } from '../../../../src-renderer/core/audit/verify';
import type { AuditEntry } from '../../../../src-renderer/core/audit/types';
import { auditChain, signingKeys } from './builders';

/**
 * Any single tampering with a random chain is named at the entry it touched: a changed field, a
 * deleted entry, two entries swapped. The chain ends in a signed checkpoint, as the app keeps it, so
 * even the newest entry cannot vanish unnoticed.
 */
const RUNS = { seed: 20_261_126, numRuns: 300 };
const keys = signingKeys();
const AT = '2026-11-27T00:00:00.000Z';

const FIELDS = ['seq', 'at', 'userId', 'userName', 'action', 'outcome', 'object', 'details', 'prevHash', 'hash'] as const;

/** The entry with one field given another value of its type. */
function changeField(entry: AuditEntry, field: (typeof FIELDS)[number], shift: number): AuditEntry {
  switch (field) {
    case 'seq':
      return { ...entry, seq: entry.seq + (shift % 2 === 0 ? shift + 1 : -shift) };
    case 'at':
      return { ...entry, at: new Date(Date.parse(entry.at) + shift + 1).toISOString() };
    case 'userId':
      return { ...entry, userId: entry.userId === null ? 'user-x' : null };
    case 'userName':
      return { ...entry, userName: `${entry.userName}改` };
    case 'action':
      return { ...entry, action: `${entry.action}.x` };
    case 'outcome':
      return { ...entry, outcome: entry.outcome === 'success' ? 'failure' : 'success' };
    case 'object':
      return { ...entry, object: entry.object === null ? { kind: 'users', id: 'u', label: '某人' } : { ...entry.object, label: `${entry.object.label}改` } };
    case 'details':
      return { ...entry, details: { ...entry.details, added: shift } };
    case 'prevHash':
    case 'hash':
      return { ...entry, [field]: entry[field].replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) };
  }
}

function verifyWithHeadCheckpoint(original: AuditEntry[], tampered: AuditEntry[]) {
  const head = original[original.length - 1]!;
  return verifyAuditEntries(tampered, [signCheckpoint(head, AT, keys.secretKey)], [keys.publicKey]);
}

const chainAndIndex = fc.integer({ min: 1, max: 40 }).chain((length) => fc.tuple(fc.constant(auditChain(length)), fc.nat({ max: length - 1 })));

describe('audit chain verification (property)', () => {
  it('accepts an untouched chain and confirms its checkpoint', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), (length) => {
        const chain = auditChain(length);
        const checkpoints = length === 0 ? [] : [signCheckpoint(chain[length - 1]!, AT, keys.secretKey)];
        expect(verifyAuditEntries(chain, checkpoints, [keys.publicKey])).toEqual({
          ok: true,
          entries: length,
          checkpoints: checkpoints.length,
          firstProblem: null,
          acknowledged: [],
        });
      }),
      { ...RUNS, numRuns: 20 },
    );
  });

  it('names the entry whose field changed', () => {
    fc.assert(
      fc.property(chainAndIndex, fc.constantFrom(...FIELDS), fc.integer({ min: 1, max: 5 }), ([chain, index], field, shift) => {
        const tampered = chain.map((entry, i) => (i === index ? changeField(entry, field, shift) : entry));
        const result = verifyWithHeadCheckpoint(chain, tampered);
        expect(result.ok).toBe(false);
        expect(result.firstProblem?.seq).toBe(index + 1);
        const expected: AuditProblemCode[] = field === 'seq' ? ['audit.problem.gap', 'audit.problem.outOfOrder'] : ['audit.problem.hashMismatch'];
        expect(expected).toContain(result.firstProblem?.code);
      }),
      RUNS,
    );
  });

  it('names the entry that was deleted', () => {
    fc.assert(
      fc.property(chainAndIndex, ([chain, index]) => {
        const result = verifyWithHeadCheckpoint(
          chain,
          chain.filter((_, i) => i !== index),
        );
        const last = index === chain.length - 1;
        expect(result.firstProblem).toEqual(
          last ? { seq: index + 1, code: 'audit.problem.missingAfterCheckpoint', checkpointSeq: chain.length } : { seq: index + 1, code: 'audit.problem.gap' },
        );
      }),
      RUNS,
    );
  });

  it('names the first of two entries swapped', () => {
    const pair = fc
      .integer({ min: 2, max: 40 })
      .chain((length) => fc.tuple(fc.constant(auditChain(length)), fc.uniqueArray(fc.nat({ max: length - 1 }), { minLength: 2, maxLength: 2 })));
    fc.assert(
      fc.property(pair, ([chain, [a, b]]) => {
        const [first, second] = [Math.min(a!, b!), Math.max(a!, b!)];
        const swapped = [...chain];
        [swapped[first], swapped[second]] = [chain[second]!, chain[first]!];
        expect(verifyWithHeadCheckpoint(chain, swapped).firstProblem).toEqual({ seq: first + 1, code: 'audit.problem.gap' });
      }),
      RUNS,
    );
  });
});
