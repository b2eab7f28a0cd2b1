import { equalBytes } from '@noble/curves/utils.js';
import { scrypt } from '@noble/hashes/scrypt.js';
import { bytesToHex, hexToBytes, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import type { PasswordHash } from './types';

/** scrypt's cost: N = 2^logN, block size r, parallelism p. */
export interface ScryptParams {
  logN: number;
  r: number;
  p: number;
}

/**
 * N = 2^15, r 8, p 1 (32 MiB of memory): measured on this 2-core machine, one hash takes about
 * 180–250 ms in Chromium and 205 ms in Node — slow for a guesser, a blink for the one who signs in.
 * Stored with every hash, so raising it later leaves old hashes readable.
 */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { logN: 15, r: 8, p: 1 };

/**
 * The parameters a stored hash may carry: below, a stored hash would be cheap to attack; above, a
 * crafted backup could make one sign-in take minutes or all the memory (2^20 × 16 × 128 B = 2 GiB is
 * already the ceiling). Tests use logN 10, which is the floor.
 */
export const SCRYPT_BOUNDS = { logN: [10, 20], r: [1, 16], p: [1, 4] } as const;

const SALT_BYTES = 16;
const HASH_BYTES = 32;

function checkParams(params: ScryptParams): void {
  for (const key of ['logN', 'r', 'p'] as const) {
    const [min, max] = SCRYPT_BOUNDS[key];
    const value = params[key];
    if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`scrypt ${key} ${value} outside ${min}–${max}`);
  }
}

/** The bytes hashed: the NFC form (a password typed on another keyboard or IME is the same password), UTF-8. */
const passwordBytes = (password: string) => utf8ToBytes(password.normalize('NFC'));

function derive(password: string, salt: Uint8Array, params: ScryptParams): Uint8Array {
  checkParams(params);
  const N = 2 ** params.logN;
  // maxmem: noble refuses more than 1 GiB by default; our ceiling (SCRYPT_BOUNDS) is checked above.
  return scrypt(passwordBytes(password), salt, { N, r: params.r, p: params.p, dkLen: HASH_BYTES, maxmem: 128 * N * params.r * params.p + 1024 * 1024 });
}

/** A new hash of `password` with a fresh random salt. Runs on the calling thread (see `hashPasswordOffThread`). */
export function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): PasswordHash {
  const salt = randomBytes(SALT_BYTES);
  const hash = derive(password, salt, params);
  return { algorithm: 'scrypt', logN: params.logN, r: params.r, p: params.p, salt: bytesToHex(salt), hash: bytesToHex(hash) };
}

/** Whether `password` is the one `stored` was made from; the comparison takes the same time wherever the bytes differ. */
export function verifyPassword(password: string, stored: PasswordHash): boolean {
  if (stored.algorithm !== 'scrypt') throw new Error(`unknown password hash algorithm ${String(stored.algorithm)}`);
  const expected = hexToBytes(stored.hash);
  const actual = derive(password, hexToBytes(stored.salt), stored);
  return expected.length === HASH_BYTES && equalBytes(actual, expected);
}

/** Whether `password` matches any of `hashes` (password history). Every hash is checked, so the time does not tell which. */
export function matchesAny(password: string, hashes: readonly PasswordHash[]): boolean {
  let found = false;
  for (const stored of hashes) if (verifyPassword(password, stored)) found = true;
  return found;
}

/**
 * A hash no password matches, with `params`: verified against for a name that has no account, so
 * an unknown name costs the same scrypt as a wrong password and the time does not tell them apart.
 */
export function decoyHash(params: ScryptParams = DEFAULT_SCRYPT_PARAMS): PasswordHash {
  return { algorithm: 'scrypt', ...params, salt: bytesToHex(randomBytes(SALT_BYTES)), hash: bytesToHex(randomBytes(HASH_BYTES)) };
}
