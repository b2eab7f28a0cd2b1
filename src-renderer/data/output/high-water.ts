/**
 * The highest 份号 sequence given, kept also outside the database (localStorage, per installation).
 * A restore replaces the whole database (data/active-database.ts): the register and its counter
 * come back as they were in the backup, and numbers given after the backup was made would otherwise
 * be given again. localStorage is not replaced by a restore, so the next number stays above every
 * number this browser profile ever gave. Best effort: without storage (Node, a locked-down profile)
 * the database's own counter and register still apply.
 */
const KEY_PREFIX = 'airgap-crm.output-sequence.';

function storageOrNull(storage: Storage | undefined): Storage | null {
  if (storage) return storage;
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readHighWater(storage: Storage | undefined, installationId: string): number {
  const value = Number(storageOrNull(storage)?.getItem(KEY_PREFIX + installationId) ?? 0);
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
}

export function writeHighWater(storage: Storage | undefined, installationId: string, seq: number): void {
  const store = storageOrNull(storage);
  if (!store) return;
  if (seq > readHighWater(store, installationId)) store.setItem(KEY_PREFIX + installationId, String(seq));
}
