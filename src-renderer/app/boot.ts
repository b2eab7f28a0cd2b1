import { activeDatabaseName } from '../data/active-database';
import { removeOrphanRestores } from '../data/backup';
import { DbOpenError, openDatabase, requestPersistentStorage, type AirgapDb, type DbOpenFailure } from '../data/db';
import { loadOrCreateInstallation, restoreClock } from '../data/installation';
import type { HostBridge } from '../host';
import type { Session } from '../state/session';

export type BootResult = { status: 'ready'; session: Session } | { status: 'error'; failure: DbOpenFailure };

/**
 * Open the database (never resetting it on failure), ask for persistent storage, make the
 * installation on first run, and start the clock past the newest stored rev.
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
  // A restore that crashed before it was activated leaves a database nobody uses: remove it.
  void removeOrphanRestores(name).catch(() => undefined);
  const [storagePersisted, installation, clock, appInfo] = await Promise.all([
    requestPersistentStorage().catch(() => false),
    loadOrCreateInstallation(db),
    restoreClock(db),
    host.appInfo(),
  ]);
  return { status: 'ready', session: { db, installation, clock, host, appInfo, storagePersisted } };
}
