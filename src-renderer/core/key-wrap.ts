import { openAgeOffThread, sealAgeOffThread } from './archive-file/age-off-thread';
import { toStream } from './archive-file/byte-reader';
import { isArchiveError } from './archive-file/errors';
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

/** The key passphrase follows the backup passphrase's rules (core/passphrase.ts). */
export const MIN_KEY_PASSPHRASE_LENGTH = MIN_PASSPHRASE_LENGTH;

/** Why sealed keys could not be opened: the passphrase is not the one, or the sealed text is damaged. */
export class KeyUnwrapError extends Error {
  constructor(readonly code: 'wrong-passphrase' | 'damaged') {
    super(code);
    this.name = 'KeyUnwrapError';
  }
}

/**
 * The secrets as an armored age file locked with `passphrase` (ASCII, fits any store). scrypt runs in the
 * crypto worker (core/archive-file/age-off-thread.ts), about a second at work factor 18: the window stays
 * responsive. `testOnlyLogN` lowers the work factor for unit tests only.
 */
export async function sealWithPassphrase(secrets: SecretKeys, passphrase: string, testOnlyLogN?: number): Promise<string> {
  if (passphrase.length === 0) throw new Error('empty key passphrase');
  const plaintext = toStream(new TextEncoder().encode(JSON.stringify(secretKeysSchema.parse(secrets))));
  const lock = testOnlyLogN === undefined ? { passphrase } : { passphrase, testOnlyWorkFactor: testOnlyLogN };
  return new Response(await sealAgeOffThread(plaintext, lock, true)).text();
}

/** Opens what sealWithPassphrase made; a wrong passphrase is KeyUnwrapError('wrong-passphrase'). */
export async function openWithPassphrase(sealed: string, passphrase: string): Promise<SecretKeys> {
  let text: string;
  try {
    const opened = await openAgeOffThread(new TextEncoder().encode(sealed), { passphrase });
    text = await new Response(opened.plaintext).text();
  } catch (error) {
    throw new KeyUnwrapError(isArchiveError(error, 'wrong-key') ? 'wrong-passphrase' : 'damaged');
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
