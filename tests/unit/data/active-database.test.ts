import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import {
  activateRestoredDatabase,
  activeDatabaseName,
  archiveDatabaseName,
  DEMO_DATABASE_NAME,
  DemoActiveError,
  enterDemo,
  isDemoActive,
  leaveDemo,
  newRestoreDatabaseName,
  removeOrphanDemo,
  setActiveDatabaseName,
} from '../../../src-renderer/data/active-database';
import type { AirgapDb } from '../../../src-renderer/data/db';
import { createBackupFile } from '../../../src-renderer/data/backup-file';
import { exportArchive } from '../../../src-renderer/data/exchange';
import { backupErrorKey } from '../../../src-renderer/features/backup/error-message';
import { exchangeErrorMessage } from '../../../src-renderer/features/exchange/messages';
import { zhCN } from '../../../src-renderer/i18n/zh-CN';
import { testActor } from '../../shared/actors';

/** localStorage in memory; `failAfter` makes the n-th write and every later one throw, as a crash at that step. */
function memoryStorage(failAfter = Infinity): Storage & { writes: number; map: Map<string, string> } {
  const map = new Map<string, string>();
  const storage = {
    map,
    writes: 0,
    getItem: (k: string) => map.get(k) ?? null,
    setItem(k: string, v: string) {
      if (++storage.writes > failAfter) throw new Error('crash');
      map.set(k, v);
    },
    removeItem(k: string) {
      if (++storage.writes > failAfter) throw new Error('crash');
      map.delete(k);
    },
  };
  return storage as unknown as Storage & { writes: number; map: Map<string, string> };
}

const RESTORED = 'airgap-crm-restore-01900000-0000-7000-8000-000000000001';
const noDelete = async () => undefined;

describe('the demo database pointer', () => {
  it('enters the demo and leaves to exactly the archive it came from, a restored one included', async () => {
    const storage = memoryStorage();
    setActiveDatabaseName(RESTORED, storage);
    enterDemo(storage);
    expect(activeDatabaseName(storage)).toBe(DEMO_DATABASE_NAME);
    expect(isDemoActive(storage)).toBe(true);
    expect(archiveDatabaseName(storage)).toBe(RESTORED);
    const deleted: string[] = [];
    await leaveDemo(storage, async (name) => void deleted.push(name));
    expect(activeDatabaseName(storage)).toBe(RESTORED);
    expect(isDemoActive(storage)).toBe(false);
    expect(deleted).toEqual([DEMO_DATABASE_NAME]);
    expect([...storage.map.keys()]).toEqual(['airgap-crm.database']);
  });

  it('enters from a fresh installation and leaves back to airgap-crm', async () => {
    const storage = memoryStorage();
    enterDemo(storage);
    expect(archiveDatabaseName(storage)).toBe('airgap-crm');
    await leaveDemo(storage, noDelete);
    expect(activeDatabaseName(storage)).toBe('airgap-crm');
  });

  it('refuses to enter the demo twice (the way back would be lost)', () => {
    const storage = memoryStorage();
    enterDemo(storage);
    expect(() => enterDemo(storage)).toThrow(DemoActiveError);
    expect(archiveDatabaseName(storage)).toBe('airgap-crm');
  });

  it('a crash at any step of entering leaves the real archive or the demo in use, and the way back', () => {
    for (let step = 0; step <= 2; step++) {
      const crashing = memoryStorage(step);
      crashing.map.set('airgap-crm.database', RESTORED);
      try {
        enterDemo(crashing);
      } catch {
        // the crash
      }
      if (isDemoActive(crashing)) expect(archiveDatabaseName(crashing)).toBe(RESTORED);
      else expect(activeDatabaseName(crashing)).toBe(RESTORED);
      expect(isDemoActive(crashing)).toBe(step >= 2);
    }
  });

  it('a crash at any step of leaving leaves the demo (with its way back) or the real archive in use', async () => {
    for (let step = 0; step <= 3; step++) {
      const entered = memoryStorage();
      setActiveDatabaseName(RESTORED, entered);
      enterDemo(entered);
      const failing = memoryStorage(step);
      for (const [k, v] of entered.map) failing.map.set(k, v);
      await leaveDemo(failing, noDelete).catch(() => undefined);
      if (isDemoActive(failing)) expect(archiveDatabaseName(failing)).toBe(RESTORED);
      else expect(activeDatabaseName(failing)).toBe(RESTORED);
      expect(isDemoActive(failing)).toBe(step === 0);
    }
  });

  it('a return name that is not an archive name is never used: leaving goes to airgap-crm', async () => {
    const storage = memoryStorage();
    enterDemo(storage);
    storage.setItem('airgap-crm.demo-return', 'someone-else');
    expect(archiveDatabaseName(storage)).toBe('airgap-crm');
    await leaveDemo(storage, noDelete);
    expect(activeDatabaseName(storage)).toBe('airgap-crm');
  });

  it('still refuses unknown names in the pointer', () => {
    const storage = memoryStorage();
    setActiveDatabaseName('airgap-crm-demo-x', storage);
    expect(activeDatabaseName(storage)).toBe('airgap-crm');
    setActiveDatabaseName('other', storage);
    expect(activeDatabaseName(storage)).toBe('airgap-crm');
  });

  it('refuses to stage or activate a restore while the demo is in use (it would replace the demo and lose the way back)', async () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    try {
      expect(newRestoreDatabaseName('x')).toBe('airgap-crm-restore-x');
      enterDemo(storage);
      expect(() => newRestoreDatabaseName('x')).toThrow(DemoActiveError);
      await expect(activateRestoredDatabase('airgap-crm-restore-x', { deleteIt: true })).rejects.toThrow(DemoActiveError);
      expect(activeDatabaseName(storage)).toBe(DEMO_DATABASE_NAME);
      expect(archiveDatabaseName(storage)).toBe('airgap-crm');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('deletes a demo database nobody uses at start, never the one in use', async () => {
    const remove = vi.fn(async () => undefined);
    const factory = {
      databases: async () => [
        { name: DEMO_DATABASE_NAME, version: 1 },
        { name: 'airgap-crm', version: 1 },
      ],
    } as unknown as IDBFactory;
    const storage = memoryStorage();
    expect(await removeOrphanDemo(storage, factory, remove)).toBe(true);
    expect(remove).toHaveBeenCalledWith(DEMO_DATABASE_NAME);
    remove.mockClear();
    enterDemo(storage);
    expect(await removeOrphanDemo(storage, factory, remove)).toBe(false);
    expect(remove).not.toHaveBeenCalled();
    const none = { databases: async () => [{ name: 'airgap-crm', version: 1 }] } as unknown as IDBFactory;
    await leaveDemo(storage, noDelete);
    expect(await removeOrphanDemo(storage, none, remove)).toBe(false);
  });

  it('refuses every exchange file and backup made from the demo before anything is read (demo data never reaches a real archive)', async () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    try {
      enterDemo(storage);
      // A database that throws on any use: the refusal comes before the first read.
      const db = new Proxy(
        {},
        {
          get: () => {
            throw new Error('the database was used');
          },
        },
      ) as AirgapDb;
      const actor = testActor();
      const exported = exportArchive(db, { actor } as never);
      await expect(exported).rejects.toThrow(DemoActiveError);
      await expect(exported).rejects.toMatchObject({ refused: 'output' });
      await expect(createBackupFile(db, { actor } as never)).rejects.toMatchObject({ refused: 'output' });
      // What the user reads: the output refusal on both screens, the restore's own sentence for a restore.
      expect(exchangeErrorMessage(new DemoActiveError('output'), 'exchange.export.failed').key).toBe('demo.outputRefused');
      expect(backupErrorKey(new DemoActiveError('output'), 'backup.failed')).toBe('demo.outputRefused');
      expect(backupErrorKey(new DemoActiveError('restore'), 'backup.failed')).toBe('demo.restoreRefused');
      expect(zhCN['demo.outputRefused']).toMatch(/演示期间不能导出交换文件或创建备份/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
