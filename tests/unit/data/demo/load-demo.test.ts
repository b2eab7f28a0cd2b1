import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeDatabaseName, archiveDatabaseName, DEMO_DATABASE_NAME, isDemoActive } from '../../../../src-renderer/data/active-database';
import { signIn } from '../../../../src-renderer/data/accounts';
import { openDatabase } from '../../../../src-renderer/data/db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROFILE, isCompleteDemo, loadDemo, type DemoProgress } from '../../../../src-renderer/data/demo';
import { getProfile } from '../../../../src-renderer/data/profile-repo';
import type { OsSecretStore } from '../../../../src-renderer/data/key-store';

/** An OS key store (as Electron's safeStorage): the keys are sealed without the passphrase's seconds of scrypt. */
const OS_STORE: OsSecretStore = {
  secretStorageAvailable: async () => true,
  protectSecret: async (text) => new TextEncoder().encode(text),
  unprotectSecret: async (sealed) => new TextDecoder().decode(sealed),
};

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  } as Storage;
}

const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name).sort();

afterEach(() => vi.unstubAllGlobals());

describe('loading the demo institute', () => {
  it('fills its own database the app’s way, then points the app at it; the real archive is never opened', async () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    storage.setItem('airgap-crm.database', 'airgap-crm-restore-r1');
    const progress: DemoProgress[] = [];
    // Other test files of this worker leave their databases in the shared fake IndexedDB: what the load adds is compared.
    const before = await databaseNames();
    await loadDemo(OS_STORE, (p) => progress.push(p), new Date(2026, 11, 7));

    expect(isDemoActive(storage)).toBe(true);
    expect(archiveDatabaseName(storage)).toBe('airgap-crm-restore-r1');
    const after = await databaseNames();
    expect(after).toContain(DEMO_DATABASE_NAME);
    expect(after.filter((name) => name !== DEMO_DATABASE_NAME && !before.includes(name))).toEqual([]);
    expect(after).not.toContain('airgap-crm-restore-r1');
    expect(progress.at(-1)).toEqual({ done: progress.at(-1)!.total, total: progress.at(-1)!.total });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));

    const db = await openDatabase(DEMO_DATABASE_NAME);
    try {
      expect(await isCompleteDemo(db)).toBe(true);
      expect(await getProfile(db)).toMatchObject({ organisation: DEMO_PROFILE.organisation, department: DEMO_PROFILE.department });
      expect(await db.customers.count()).toBe(200);
      expect(await db.interactions.count()).toBe(10_000);
      const customers = await db.customers.toArray();
      const managerIds = new Set(customers.flatMap((c) => (c.managerId ? [c.managerId] : [])));
      expect(await db.managers.bulkGet([...managerIds])).not.toContain(undefined);
      expect(customers.every((c) => c.mergedInto === null && c.deletedAt === null && c.sortKey)).toBe(true);
      // The demo accounts share the published password's hash, and none is asked to change it first.
      const users = await db.users.toArray();
      expect(users.map((u) => u.username).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
      expect(new Set(users.map((u) => JSON.stringify(u.password))).size).toBe(1);
      expect(users.every((u) => !u.mustChangePassword)).toBe(true);
      expect(await signIn(db, DEMO_ACCOUNTS[0].username, DEMO_PASSWORD, new Date())).toMatchObject({ ok: true, mustChangePassword: false });
      // The business user is one of the account managers, under its own name, and the institute is graded once.
      const business = users.find((u) => u.username === DEMO_ACCOUNTS[0].username)!;
      expect(business.managerId).not.toBeNull();
      expect(await db.managers.get(business.managerId!)).toMatchObject({ name: DEMO_PROFILE.operatorName });
      const own = customers.filter((c) => c.managerId === business.managerId);
      expect(own.length).toBeGreaterThan(0);
      expect(own.every((c) => c.managerName === DEMO_PROFILE.operatorName)).toBe(true);
      const runs = await db.table('gradeRuns').toArray();
      expect(runs).toEqual([expect.objectContaining({ status: 'approved', evaluationDate: '2026-12-07' })]);
      expect(customers.every((c) => c.grade !== undefined && c.grade !== null)).toBe(true);
    } finally {
      db.close();
    }
  }, 60_000);

  it('a load that fails half-way leaves the pointer on the real archive and no demo database behind', async () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    const failing: OsSecretStore = { ...OS_STORE, protectSecret: () => Promise.reject(new Error('key store broke')) };
    await expect(loadDemo(failing)).rejects.toThrow('key store broke');
    expect(activeDatabaseName(storage)).toBe('airgap-crm');
    expect(isDemoActive(storage)).toBe(false);
    expect(await databaseNames()).not.toContain(DEMO_DATABASE_NAME);
  });
});
