import { afterEach, describe, expect, it } from 'vitest';
import { validateBackupRecord } from '../../../src-renderer/core/backup';
import { KeyUnwrapError } from '../../../src-renderer/core/key-wrap';
import { backupRecords } from '../../../src-renderer/data/backup';
import type { AirgapDb } from '../../../src-renderer/data/db';
import { loadOrCreateInstallation } from '../../shared/clear-installation';
import { INSTALLATION_KEY, KeyRing, type OsSecretStore } from '../../../src-renderer/data/key-store';
import { zhCN } from '../../../src-renderer/i18n/zh-CN';
import { keyLockErrorMessage } from '../../../src-renderer/features/key-lock/key-passphrase';
import { freshDb } from './helpers';

let db: AirgapDb;
afterEach(() => db?.close());

const OPTIONS = { scryptLogN: 10 };
const PASSPHRASE = '市场部密钥口令 2026';

/** The browser: no OS key store. */
const NO_OS_STORE: OsSecretStore = {
  secretStorageAvailable: async () => false,
  protectSecret: () => Promise.reject(new Error('unsupported')),
  unprotectSecret: () => Promise.reject(new Error('unsupported')),
};

/** A stand-in for Electron's safeStorage on one PC: only the same "machine" opens what it sealed. */
function osStore(machine: string): OsSecretStore {
  const tag = `${machine}:`;
  return {
    secretStorageAvailable: async () => true,
    protectSecret: async (text) => new TextEncoder().encode(tag + [...text].reverse().join('')),
    unprotectSecret: async (sealed) => {
      const text = new TextDecoder().decode(sealed);
      if (!text.startsWith(tag)) throw new Error('cannot decrypt');
      return [...text.slice(tag.length)].reverse().join('');
    },
  };
}

/** Everything `meta` holds, as one text, to look for secrets in. */
async function metaText(): Promise<string> {
  const rows = await db.meta.toArray();
  return JSON.stringify(rows, (_key, value: unknown) => (value instanceof Uint8Array ? new TextDecoder().decode(value) : value));
}

async function expectNoSecretAtRest(secret: { ageIdentity: string; signingSecretKey: string }) {
  const text = await metaText();
  expect(text).not.toContain('AGE-SECRET-KEY');
  expect(text).not.toContain(secret.signingSecretKey);
}

describe('installation keys at rest, passphrase mode (browser)', () => {
  it('first run: nothing is written until the key passphrase is set, then only sealed keys', async () => {
    db = await freshDb();
    const ring = await KeyRing.open(db, NO_OS_STORE, OPTIONS);
    expect(ring.mode).toBe('passphrase');
    expect(ring.status).toBe('needs-passphrase');
    expect(ring.info.keys.ageRecipient).toMatch(/^age1/);
    expect(await db.meta.get(INSTALLATION_KEY)).toBeUndefined();
    await ring.setPassphrase(PASSPHRASE);
    const keys = ring.unlocked()!.keys;
    expect(ring.status).toBe('unlocked');
    await expectNoSecretAtRest(keys);
    const row = (await db.meta.get(INSTALLATION_KEY))!.value as { keys: object; sealed: { by: string } };
    expect(row.keys).toEqual({ ageRecipient: keys.ageRecipient, signingPublicKey: keys.signingPublicKey });
    expect(row.sealed.by).toBe('passphrase');
  });

  it('next session: public keys readable, secrets locked; a wrong passphrase is refused in Chinese, the right one unlocks', async () => {
    db = await freshDb();
    const first = await KeyRing.open(db, NO_OS_STORE, OPTIONS);
    await first.setPassphrase(PASSPHRASE);
    const before = first.unlocked()!;

    const ring = await KeyRing.open(db, NO_OS_STORE, OPTIONS);
    expect(ring.status).toBe('locked');
    expect(ring.unlocked()).toBeNull();
    expect(ring.info).toEqual({ installationId: before.installationId, createdAt: before.createdAt, keys: first.info.keys });
    const error = await ring.unlock('市场部密钥口令 2025').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeyUnwrapError);
    expect(zhCN[keyLockErrorMessage(error)]).toBe('密钥口令不正确，密钥仍未解锁');
    expect(ring.status).toBe('locked');
    expect(await ring.unlock(PASSPHRASE)).toEqual(before);
    expect(ring.status).toBe('unlocked');
  });

  it('upgrade: clear keys an older version left are sealed, and the clear copy is gone, keys unchanged', async () => {
    db = await freshDb();
    const legacy = await loadOrCreateInstallation(db);
    expect(await metaText()).toContain('AGE-SECRET-KEY'); // what today's installations hold
    const ring = await KeyRing.open(db, NO_OS_STORE, OPTIONS);
    expect(ring.status).toBe('needs-passphrase');
    expect(ring.info.installationId).toBe(legacy.installationId);
    await ring.setPassphrase(PASSPHRASE);
    await expectNoSecretAtRest(legacy.keys);
    const again = await KeyRing.open(db, NO_OS_STORE, OPTIONS);
    expect(await again.unlock(PASSPHRASE)).toEqual(legacy);
  });

  it('a backup of sealed keys carries the unsealed installation, valid for restore', async () => {
    db = await freshDb();
    const ring = await KeyRing.open(db, NO_OS_STORE, OPTIONS);
    await ring.setPassphrase(PASSPHRASE);
    const first = await backupRecords(db, ring.unlocked()!).next();
    expect(first.value).toEqual({ kind: 'installation', record: ring.unlocked() });
    expect(validateBackupRecord('installation', first.value!.record)).toBeNull();
  });

  it('a forgotten passphrase: reset makes new keys for the same installation, sealed with the new passphrase', async () => {
    db = await freshDb();
    const first = await KeyRing.open(db, NO_OS_STORE, OPTIONS);
    await first.setPassphrase(PASSPHRASE);
    const old = first.unlocked()!;
    const ring = await KeyRing.open(db, NO_OS_STORE, OPTIONS);
    await expect(ring.reset(null)).rejects.toMatchObject({ code: 'empty-passphrase' });
    const fresh = await ring.reset('新的密钥口令 abcdef');
    expect(fresh.installationId).toBe(old.installationId);
    expect(fresh.keys.ageIdentity).not.toBe(old.keys.ageIdentity);
    expect(ring.info.keys.signingPublicKey).toBe(fresh.keys.signingPublicKey);
    await expectNoSecretAtRest(fresh.keys);
    const later = await KeyRing.open(db, NO_OS_STORE, OPTIONS);
    await expect(later.unlock(PASSPHRASE)).rejects.toBeInstanceOf(KeyUnwrapError);
    expect(await later.unlock('新的密钥口令 abcdef')).toEqual(fresh);
  });
});

describe('installation keys at rest, OS key store (Electron safeStorage)', () => {
  it('seals at first run without asking, and unseals at the next start', async () => {
    db = await freshDb();
    const ring = await KeyRing.open(db, osStore('pc-1'), OPTIONS);
    expect(ring.mode).toBe('os');
    expect(ring.status).toBe('unlocked');
    const installation = ring.unlocked()!;
    await expectNoSecretAtRest(installation.keys);
    const again = await KeyRing.open(db, osStore('pc-1'), OPTIONS);
    expect(again.unlocked()).toEqual(installation);
  });

  it('seals clear keys of an older version at once, keys unchanged', async () => {
    db = await freshDb();
    const legacy = await loadOrCreateInstallation(db);
    const ring = await KeyRing.open(db, osStore('pc-1'), OPTIONS);
    expect(ring.unlocked()).toEqual(legacy);
    await expectNoSecretAtRest(legacy.keys);
  });

  it('keys sealed on another PC are unreadable, and a reset makes new ones without a passphrase', async () => {
    db = await freshDb();
    const made = await KeyRing.open(db, osStore('pc-1'), OPTIONS);
    const ring = await KeyRing.open(db, osStore('pc-2'), OPTIONS);
    expect(ring.status).toBe('unreadable');
    const fresh = await ring.reset(null);
    expect(fresh.installationId).toBe(made.info.installationId);
    expect(ring.status).toBe('unlocked');
    expect((await KeyRing.open(db, osStore('pc-2'), OPTIONS)).unlocked()).toEqual(fresh);
  });
});
