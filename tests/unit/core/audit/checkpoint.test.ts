import { describe, expect, it } from 'vitest';
import { canonicalCheckpoint, signCheckpoint, verifyCheckpoint } from '../../../../src-renderer/core/audit/checkpoint';
import { auditChain, signingKeys } from './builders';

const AT = '2026-11-26T09:00:00.000Z';

describe('audit checkpoints', () => {
  const keys = signingKeys();
  const head = auditChain(3)[2]!;

  it('signs the head with the installation key and verifies against it', () => {
    const checkpoint = signCheckpoint(head, AT, keys.secretKey);
    expect(checkpoint).toMatchObject({ seq: 3, hash: head.hash, at: AT, publicKey: keys.publicKey });
    expect(verifyCheckpoint(checkpoint, [keys.publicKey])).toBe(true);
  });

  it('has a canonical form that names what it is', () => {
    const checkpoint = signCheckpoint(head, AT, keys.secretKey);
    expect(JSON.parse(canonicalCheckpoint(checkpoint))).toEqual(['airgap-crm-audit-checkpoint-v1', 3, head.hash, AT, keys.publicKey]);
  });

  it('refuses a checkpoint signed by a key the caller does not trust', () => {
    const other = signingKeys();
    const checkpoint = signCheckpoint(head, AT, other.secretKey);
    expect(verifyCheckpoint(checkpoint, [keys.publicKey])).toBe(false);
    expect(verifyCheckpoint(checkpoint, [keys.publicKey, other.publicKey])).toBe(true);
  });

  it('refuses a checkpoint whose fields changed after signing', () => {
    const checkpoint = signCheckpoint(head, AT, keys.secretKey);
    expect(verifyCheckpoint({ ...checkpoint, seq: 4 }, [keys.publicKey])).toBe(false);
    expect(verifyCheckpoint({ ...checkpoint, hash: 'f'.repeat(64) }, [keys.publicKey])).toBe(false);
    expect(verifyCheckpoint({ ...checkpoint, at: '2026-11-27T09:00:00.000Z' }, [keys.publicKey])).toBe(false);
    // A key claimed in the checkpoint that is trusted, but did not sign it.
    const other = signingKeys();
    expect(verifyCheckpoint({ ...checkpoint, publicKey: other.publicKey }, [keys.publicKey, other.publicKey])).toBe(false);
  });

  it('treats malformed hex as an invalid signature, not a crash', () => {
    const checkpoint = signCheckpoint(head, AT, keys.secretKey);
    expect(verifyCheckpoint({ ...checkpoint, signature: 'zz' }, [keys.publicKey])).toBe(false);
  });
});
