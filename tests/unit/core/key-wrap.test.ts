import { describe, expect, it } from 'vitest';
import { generateInstallationKeys } from '../../../src-renderer/core/keys';
import { KeyUnwrapError, openWithPassphrase, parseSecretKeys, sealWithPassphrase } from '../../../src-renderer/core/key-wrap';

// A low scrypt work factor keeps the tests quick; the app seals with age's default, 18.
const LOG_N = 10;

async function secrets() {
  const { ageIdentity, signingSecretKey } = await generateInstallationKeys();
  return { ageIdentity, signingSecretKey };
}

describe('sealing the secret keys with a passphrase (age scrypt)', () => {
  it('round-trips, and the sealed text holds neither key', async () => {
    const keys = await secrets();
    const sealed = await sealWithPassphrase(keys, '正确的密钥口令 2026', LOG_N);
    expect(sealed).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----/);
    expect(sealed).not.toContain('AGE-SECRET-KEY');
    expect(sealed).not.toContain(keys.signingSecretKey);
    expect(await openWithPassphrase(sealed, '正确的密钥口令 2026')).toEqual(keys);
  });

  it('refuses a wrong passphrase as wrong-passphrase', async () => {
    const sealed = await sealWithPassphrase(await secrets(), 'correct horse battery', LOG_N);
    const error = await openWithPassphrase(sealed, 'correct horse batterY').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeyUnwrapError);
    expect(error).toMatchObject({ code: 'wrong-passphrase' });
  });

  it('calls damaged text damaged, and checks what it opens', async () => {
    await expect(openWithPassphrase('not armor', 'x')).rejects.toMatchObject({ code: 'damaged' });
    expect(() => parseSecretKeys('{"ageIdentity":"AGE-SECRET-KEY-1X"}')).toThrow(KeyUnwrapError);
    expect(() => parseSecretKeys('not json')).toThrow(KeyUnwrapError);
  });

  it('will not seal with an empty passphrase', async () => {
    await expect(sealWithPassphrase(await secrets(), '', LOG_N)).rejects.toThrow();
  });
});
