import { ed25519 } from '@noble/curves/ed25519.js';
import { hexToBytes } from '@noble/hashes/utils.js';
import { Decrypter, Encrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import {
  FINGERPRINT_PATTERN,
  fingerprintMatchesKey,
  generateInstallationKeys,
  keyFingerprint,
  LEGACY_FINGERPRINT_PATTERN,
  legacyKeyFingerprint,
} from '../../../src-renderer/core/keys';

describe('installation keys', () => {
  it('makes an age X25519 identity whose recipient opens what is encrypted to it', async () => {
    const keys = await generateInstallationKeys();
    expect(keys.ageIdentity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]+$/);
    expect(keys.ageRecipient).toMatch(/^age1[0-9a-z]{58}$/);
    const e = new Encrypter();
    e.addRecipient(keys.ageRecipient);
    const d = new Decrypter();
    d.addIdentity(keys.ageIdentity);
    const sealed = await e.encrypt('客户档案');
    expect(await d.decrypt(sealed, 'text')).toBe('客户档案');
  });

  it('makes an Ed25519 pair that signs and verifies', async () => {
    const keys = await generateInstallationKeys();
    const message = new TextEncoder().encode('manifest');
    const signature = ed25519.sign(message, hexToBytes(keys.signingSecretKey));
    expect(ed25519.verify(signature, message, hexToBytes(keys.signingPublicKey))).toBe(true);
    const other = await generateInstallationKeys();
    expect(ed25519.verify(signature, message, hexToBytes(other.signingPublicKey))).toBe(false);
  });

  it('gives a fingerprint of at least 128 bits, in ten groups of four digits to read over the phone', () => {
    const fp = keyFingerprint('ab'.repeat(32));
    expect(fp).toMatch(FINGERPRINT_PATTERN);
    expect(fp).toMatch(/^\d{4}( \d{4}){9}$/);
    // 40 decimal digits: 10^40 values, more than 2^128.
    expect(fp.replaceAll(' ', '')).toHaveLength(40);
    expect(10n ** 40n > 2n ** 128n).toBe(true);
    // The SHA-256 of the key's lowercase hex as a number, its last 40 digits (computed apart with
    // python3: int(sha256(b'abab…').hexdigest(), 16) % 10**40) — what docs/exchange.md tells a peer.
    expect(fp).toBe('8122 6086 0771 4235 9638 4002 3640 0920 5339 3562');
    expect(keyFingerprint('AB'.repeat(32))).toBe(fp);
    expect(keyFingerprint('cd'.repeat(32))).toBe('7798 1559 9014 9184 6799 9428 1037 3517 8401 3356');
  });

  it('keeps the 64-bit form of schema 4 only to check old stored fingerprints', () => {
    const key = 'ab'.repeat(32);
    expect(legacyKeyFingerprint(key)).toBe('271A-413B-D339-C570');
    expect(legacyKeyFingerprint(key)).toMatch(LEGACY_FINGERPRINT_PATTERN);
    expect(fingerprintMatchesKey('271A-413B-D339-C570', key)).toBe(true);
    expect(fingerprintMatchesKey(keyFingerprint(key), key)).toBe(true);
    expect(fingerprintMatchesKey(legacyKeyFingerprint('cd'.repeat(32)), key)).toBe(false);
    expect(fingerprintMatchesKey(keyFingerprint('cd'.repeat(32)), key)).toBe(false);
  });
});
