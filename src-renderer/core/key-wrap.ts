import { armor, Decrypter, Encrypter } from 'age-encryption';
import { z } from 'zod';
import { MIN_PASSPHRASE_LENGTH } from './passphrase';

/**
 * The installation's two secret keys at rest (issue 14.6). They are never stored in clear: either the
 * host's OS key store seals them (Electron `safeStorage`, done in main), or they are an age file locked
 * with the user's key passphrase — age's scrypt passphrase recipient, so the cipher and the KDF are the
 * audited library's, not ours. This module is the passphrase half; it is pure (no storage, no host).
 */
export interface SecretKeys {
  /** `AGE-SECRET-KEY-1…` */
  ageIdentity: string;
  /** 32-byte Ed25519 secret key, hex. */
  signingSecretKey: string;
}

export const secretKeysSchema = z
  .object({
    ageIdentity: z.string().regex(/^AGE-SECRET-KEY-1[0-9A-Z]+$/),
    signingSecretKey: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

/** age's default scrypt work factor (2^18): about a second to unlock, once per session. */
export const KEY_SCRYPT_LOG_N = 18;

/** The key passphrase follows the backup passphrase's rules (core/passphrase.ts). */
export const MIN_KEY_PASSPHRASE_LENGTH = MIN_PASSPHRASE_LENGTH;

/** Why sealed keys could not be opened: the passphrase is not the one, or the sealed text is damaged. */
export class KeyUnwrapError extends Error {
  constructor(readonly code: 'wrong-passphrase' | 'damaged') {
    super(code);
    this.name = 'KeyUnwrapError';
  }
}

/** The secrets as an armored age file locked with `passphrase` (ASCII, fits any store). */
export async function sealWithPassphrase(secrets: SecretKeys, passphrase: string, logN = KEY_SCRYPT_LOG_N): Promise<string> {
  if (passphrase.length === 0) throw new Error('empty key passphrase');
  const encrypter = new Encrypter();
  encrypter.setPassphrase(passphrase);
  encrypter.setScryptWorkFactor(logN);
  return armor.encode(await encrypter.encrypt(JSON.stringify(secretKeysSchema.parse(secrets))));
}

/** Opens what sealWithPassphrase made; a wrong passphrase is KeyUnwrapError('wrong-passphrase'). */
export async function openWithPassphrase(sealed: string, passphrase: string): Promise<SecretKeys> {
  let bytes: Uint8Array;
  try {
    bytes = armor.decode(sealed);
  } catch {
    throw new KeyUnwrapError('damaged');
  }
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase);
  let text: string;
  try {
    text = await decrypter.decrypt(bytes, 'text');
  } catch {
    // age cannot tell a wrong passphrase from a forged header; the sealed text came from our own store.
    throw new KeyUnwrapError('wrong-passphrase');
  }
  return parseSecretKeys(text);
}

/** The JSON the host's OS key store gave back, checked like anything else from outside. */
export function parseSecretKeys(text: string): SecretKeys {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new KeyUnwrapError('damaged');
  }
  const parsed = secretKeysSchema.safeParse(value);
  if (!parsed.success) throw new KeyUnwrapError('damaged');
  return parsed.data;
}
