import Dexie from 'dexie';
import { DATABASE_NAME } from './schema';

/**
 * Which IndexedDB database is the archive. Normally `airgap-crm`; after a restore from backup it is
 * the database the backup was restored into. A restore fills a new database completely and only
 * then moves this pointer, so a crash at any moment leaves the old archive or the new one in use,
 * never a half-restored one. The pointer lives in localStorage: one small synchronous write.
 */
const POINTER_KEY = 'airgap-crm.database';
const RESTORE_PREFIX = `${DATABASE_NAME}-restore-`;

export function activeDatabaseName(storage: Storage | undefined = globalThis.localStorage): string {
  const name = storage?.getItem(POINTER_KEY);
  return name && (name === DATABASE_NAME || name.startsWith(RESTORE_PREFIX)) ? name : DATABASE_NAME;
}

export function setActiveDatabaseName(name: string, storage: Storage = globalThis.localStorage): void {
  storage.setItem(POINTER_KEY, name);
}

export function newRestoreDatabaseName(stamp: string): string {
  return `${RESTORE_PREFIX}${stamp}`;
}

export function isRestoreDatabaseName(name: string): boolean {
  return name.startsWith(RESTORE_PREFIX);
}

/**
 * Makes a restored database the archive. The pointer moves first: if deleting the previous
 * database is interrupted, the app already opens the restored one.
 */
export async function activateRestoredDatabase(name: string, previous: { close?: () => void; deleteIt: boolean }): Promise<void> {
  const previousName = activeDatabaseName();
  setActiveDatabaseName(name);
  previous.close?.();
  if (previous.deleteIt && previousName !== name) await Dexie.delete(previousName);
}
