import { readFileSync, writeFileSync } from 'node:fs';
import { hashPassword, SCRYPT_BOUNDS, verifyPassword, type ScryptParams } from '../../../src-renderer/core/accounts/password';
import type { PasswordHash } from '../../../src-renderer/core/accounts/types';
import { openWithPassphrase, sealWithPassphrase } from '../../../src-renderer/core/key-wrap';
import { ACCOUNTS, KEY_PASSPHRASE, type TestAccount } from './app-page';

/**
 * A prepared department (profiles.setup.ts) rewritten to cost less scrypt in every test that starts from it, by what
 * the app reads as it was designed to, with nothing changed in the app:
 *
 * - Password hashes at the lowest work factor a stored hash may carry (SCRYPT_BOUNDS, the floor the unit tests use):
 *   2^10 instead of the default 2^15, 32 times less. Sign-in and unlock check a stored hash with the parameters stored
 *   with it (core/accounts/password.ts verifyPassword) and never re-hash it, so every test's sign-in (0.7–1.1 s of
 *   scrypt on a loaded CI machine) costs a few milliseconds. New accounts and changed passwords are still hashed at
 *   DEFAULT_SCRYPT_PARAMS, and what a test proves about sign-in (wrong password, lockout, history) holds at any factor.
 * - The sealed installation keys (KEY_PASSPHRASE) as an age file at work factor KEY_SEAL_LOG_N instead of 18: age's
 *   reader takes any work factor up to its maximum (core/archive-file/age-layer.ts: only a factor above 20 is
 *   refused), and the key ring opens the sealed keys with it; the key passphrase asked once per session (unlockKeys)
 *   then costs milliseconds instead of seconds. Sealing new keys (setup, a restore, demo) keeps age's 18.
 *
 * Each hash is checked to be of the password the suite types before it is replaced; anything else fails the setup.
 */
const PASSWORD_FLOOR: ScryptParams = { logN: SCRYPT_BOUNDS.logN[0], r: 8, p: 1 };
const KEY_SEAL_LOG_N = 10;

interface StoredUser {
  username: string;
  password: PasswordHash;
  previousPasswords: PasswordHash[];
}

interface StoredInstallation {
  sealed?: { by: string; age?: string };
}

interface StorageState {
  origins: { indexedDB?: { name: string; stores: { name: string; records: { value: unknown }[] }[] }[] }[];
}

function atFloor(stored: PasswordHash, password: string, what: string): PasswordHash {
  if (!verifyPassword(password, stored)) throw new Error(`the prepared profile's ${what} is not the hash of the expected password`);
  return hashPassword(password, PASSWORD_FLOOR);
}

export async function lowerPreparedWorkFactors(path: string): Promise<void> {
  const state = JSON.parse(readFileSync(path, 'utf8')) as StorageState;
  const byUsername = new Map<string, TestAccount>(Object.values(ACCOUNTS).map((account) => [account.username, account]));
  let users = 0;
  let sealed = 0;
  for (const origin of state.origins) {
    for (const db of origin.indexedDB ?? []) {
      if (db.name !== 'airgap-crm') continue;
      for (const record of db.stores.find((store) => store.name === 'users')?.records ?? []) {
        const user = record.value as StoredUser;
        const account = byUsername.get(user.username);
        if (!account) throw new Error(`the prepared profile has an unknown account ${user.username}`);
        // Each account signed in once and chose its password (AppPage.signInFirstTime): the setup password is its history.
        if (user.previousPasswords.length !== 1) throw new Error(`${user.username}: expected one earlier password, found ${user.previousPasswords.length}`);
        user.password = atFloor(user.password, account.password, `${user.username}'s password`);
        user.previousPasswords = [atFloor(user.previousPasswords[0]!, account.setupPassword, `${user.username}'s earlier password`)];
        users += 1;
      }
      for (const record of db.stores.find((store) => store.name === 'meta')?.records ?? []) {
        const row = record.value as { key: string; value: StoredInstallation };
        if (row.key !== 'installation') continue;
        if (row.value.sealed?.by !== 'passphrase' || row.value.sealed.age === undefined)
          throw new Error('the prepared profile has no keys sealed with a passphrase');
        const secrets = await openWithPassphrase(row.value.sealed.age, KEY_PASSPHRASE);
        row.value.sealed = { ...row.value.sealed, age: await sealWithPassphrase(secrets, KEY_PASSPHRASE, KEY_SEAL_LOG_N) };
        sealed += 1;
      }
    }
  }
  if (users !== Object.keys(ACCOUNTS).length) throw new Error(`expected ${Object.keys(ACCOUNTS).length} accounts in the prepared profile, found ${users}`);
  if (sealed !== 1) throw new Error(`expected one installation in the prepared profile, found ${sealed}`);
  writeFileSync(path, JSON.stringify(state));
}
