import { HlcError, HybridLogicalClock } from '../core/hlc';
import type { InstallationKeys } from '../core/keys';
import type { AirgapDb } from './db';

/**
 * The installation: made once, at first open of an empty database; its id never changes.
 * Its id is the `origin` of every record written here; its keys serve exchange between departments.
 * These rows are local (table `meta`) and never travel in an exchange file. The secret keys are sealed
 * at rest (data/key-store.ts); `Installation` is the unsealed whole, held in memory while unlocked.
 */
export interface Installation {
  installationId: string;
  createdAt: string;
  keys: InstallationKeys;
}

/** The public parts: readable without the key passphrase (fingerprints, key card recipient, backups' lock). */
export type PublicKeys = Pick<InstallationKeys, 'ageRecipient' | 'signingPublicKey'>;
export interface InstallationInfo {
  installationId: string;
  createdAt: string;
  keys: PublicKeys;
}

/** The `meta` row of the installation: its id, date and keys (sealed at rest, data/key-store.ts). */
export const INSTALLATION_KEY = 'installation';

/**
 * The clock starts past the newest rev this installation wrote, so its revs never go backwards even
 * if the PC clock was set back since the last write. A newer rev received from another installation
 * (an imported entry keeps its origin) is followed only as an import is: at most
 * HLC_MAX_RECEIVE_LEAD_MS ahead of this PC's time (issue 14.3) — otherwise a restart after an import
 * from a PC an hour ahead would stamp every later write an hour ahead, for good.
 */
export async function restoreClock(db: AirgapDb, physicalNow: () => number = Date.now): Promise<HybridLogicalClock> {
  const last = await db.changes.orderBy('rev').last();
  const origin = ((await db.meta.get(INSTALLATION_KEY))?.value as { installationId?: string } | undefined)?.installationId;
  if (!last || !origin || last.origin === origin) return new HybridLogicalClock(physicalNow, last?.rev);
  const lastOwn = await db.changes
    .orderBy('rev')
    .reverse()
    .filter((entry) => entry.origin === origin)
    .first();
  const clock = new HybridLogicalClock(physicalNow, lastOwn?.rev);
  try {
    clock.receive(last.rev);
  } catch (error) {
    // Further ahead than the drift limit of today's PC time (its clock was set back since): not followed.
    if (!(error instanceof HlcError)) throw error;
  }
  return clock;
}
