import { activeDatabaseName, archiveDatabaseName, removeOrphanDemo } from '../data/active-database';
import { DbOpenError, openDatabase, requestPersistentStorage, type AirgapDb, type DbOpenFailure } from '../data/db';
import { restoreClock } from '../data/installation';
import { KeyRing } from '../data/key-store';
import type { HostBridge } from '../host';
import type { Session } from '../state/session';

export type BootResult = { status: 'ready'; session: Session } | { status: 'error'; failure: DbOpenFailure };

/**
 * Open the database (never resetting it on failure), ask for persistent storage, open the installation's
 * keys (made on first run; sealed at rest, data/key-store.ts), and start the clock past the newest stored rev.
 */
export async function boot(host: HostBridge): Promise<BootResult> {
  let db: AirgapDb;
  const name = activeDatabaseName();
  try {
    db = await openDatabase(name);
  } catch (error) {
    if (error instanceof DbOpenError) return { status: 'error', failure: error.failure };
    return { status: 'error', failure: { code: 'unavailable', detail: String(error) } };
  }
  // A restore that crashed before it was activated leaves a database nobody uses: remove it. While the demo is in
  // use, the real archive (perhaps a restored one) is kept; a demo left or loaded only half-way is removed.
  // Loaded apart (data/backup brings the backup format and its search keys): not needed before 登录.
  void import('../data/backup').then((m) => m.removeOrphanRestores(archiveDatabaseName())).catch(() => undefined);
  void removeOrphanDemo().catch(() => undefined);
  const [storagePersisted, keyRing, clock, appInfo] = await Promise.all([
    requestPersistentStorage().catch(() => false),
    KeyRing.open(db, host),
    restoreClock(db),
    host.appInfo(),
  ]);
  return {
    status: 'ready',
    session: {
      db,
      // Read through the key ring: a key reset changes the public keys for the rest of the session.
      get installation() {
        return keyRing.info;
      },
      keyRing,
      clock,
      host,
      appInfo,
      storagePersisted,
    },
  };
}
