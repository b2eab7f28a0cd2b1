import { ed25519 } from '@noble/curves/ed25519.js';
import { hexToBytes } from '@noble/hashes/utils.js';
import { Decrypter, Encrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { generateInstallationKeys, keyFingerprint } from '../../../src-renderer/core/keys';

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

  it('gives a short, stable fingerprint to read over the phone', () => {
    const fp = keyFingerprint('ab'.repeat(32));
    expect(fp).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(keyFingerprint('AB'.repeat(32))).toBe(fp);
    expect(keyFingerprint('cd'.repeat(32))).not.toBe(fp);
  });
});
