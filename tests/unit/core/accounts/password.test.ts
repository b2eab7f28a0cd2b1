import { describe, expect, it } from 'vitest';
import { hashPassword, hashPasswordOffThread, verifyPassword, verifyPasswordOffThread } from '../../../../src-renderer/core/accounts';
import { decoyHash } from '../../../../src-renderer/core/accounts/password';

const cheap = { logN: 10, r: 8, p: 1 };

describe('password hashing (scrypt)', () => {
  it('hashes with a fresh 16-byte salt into 32 bytes, parameters stored', () => {
    const a = hashPassword('Airgap2026x', cheap);
    const b = hashPassword('Airgap2026x', cheap);
    expect(a).toMatchObject({ algorithm: 'scrypt', logN: 10, r: 8, p: 1 });
    expect(a.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('verifies the right password only', () => {
    const stored = hashPassword('Airgap2026x', cheap);
    expect(verifyPassword('Airgap2026x', stored)).toBe(true);
    expect(verifyPassword('Airgap2026X', stored)).toBe(false);
    expect(verifyPassword('', stored)).toBe(false);
  });

  it('normalises to NFC: a composed and a decomposed é are the same password', () => {
    const stored = hashPassword('Caf\u00e9-2026x', cheap);
    expect(verifyPassword('Cafe\u0301-2026x', stored)).toBe(true);
  });

  it('refuses parameters out of bounds (a crafted backup cannot make one check take minutes)', () => {
    expect(() => hashPassword('x', { logN: 9, r: 8, p: 1 })).toThrow(RangeError);
    expect(() => verifyPassword('x', { ...hashPassword('x', cheap), logN: 24 })).toThrow(RangeError);
  });

  it('a decoy hash matches nothing', () => {
    expect(verifyPassword('', decoyHash(cheap))).toBe(false);
  });

  it('off-thread functions run inline where there is no Worker (Node) and agree', async () => {
    const stored = await hashPasswordOffThread('Airgap2026x', cheap);
    expect(await verifyPasswordOffThread('Airgap2026x', stored)).toBe(true);
    expect(await verifyPasswordOffThread('wrong', [hashPassword('a', cheap), stored])).toBe(false);
    expect(await verifyPasswordOffThread('a', [hashPassword('a', cheap), stored])).toBe(true);
  });

  it('the production default costs N = 2^15, r 8, p 1', async () => {
    const { DEFAULT_SCRYPT_PARAMS } = await import('../../../../src-renderer/core/accounts');
    expect(DEFAULT_SCRYPT_PARAMS).toEqual({ logN: 15, r: 8, p: 1 });
  });
});
