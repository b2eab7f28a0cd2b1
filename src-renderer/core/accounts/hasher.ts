import { DEFAULT_SCRYPT_PARAMS, type ScryptParams } from './password';
import { hashPasswordOffThread, verifyPasswordOffThread } from './password-off-thread';
import type { PasswordHash } from './types';

/**
 * How the accounts repository hashes and checks passwords: off the window's thread, with `params`
 * for new hashes (a stored hash is checked with its own). Tests pass a cheap one
 * (`passwordHasher({ logN: 10, r: 8, p: 1 })`); production uses DEFAULT_PASSWORD_HASHER.
 */
export interface PasswordHasher {
  readonly params: ScryptParams;
  hash(password: string): Promise<PasswordHash>;
  matches(password: string, hashes: PasswordHash | readonly PasswordHash[]): Promise<boolean>;
}

export function passwordHasher(params: ScryptParams = DEFAULT_SCRYPT_PARAMS): PasswordHasher {
  return {
    params,
    hash: (password) => hashPasswordOffThread(password, params),
    matches: (password, hashes) => verifyPasswordOffThread(password, hashes),
  };
}

export const DEFAULT_PASSWORD_HASHER: PasswordHasher = passwordHasher();
