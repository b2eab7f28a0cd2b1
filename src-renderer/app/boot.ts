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
  // While the demo is in use, the real archive (perhaps a restored one) is kept; a demo left or loaded only half-way
  // is removed. Restores left by a crash: removeOrphanRestoresLater.
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

let orphansRemoved = false;

/**
 * A restore that crashed before it was activated leaves a database nobody uses: removed once per start, after
 * the first screen is shown (登录 or set-up). data/backup is loaded apart for it: it brings the backup format and
 * the search keys, whose pinyin dictionary costs half a second of parsing that 登录 does not need (issue 20).
 */
export function removeOrphanRestoresLater(): void {
  if (orphansRemoved) return;
  orphansRemoved = true;
  void import('../data/backup').then((m) => m.removeOrphanRestores(archiveDatabaseName())).catch(() => undefined);
}
