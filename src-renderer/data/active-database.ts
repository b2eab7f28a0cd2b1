import Dexie from 'dexie';
import { DATABASE_NAME } from './schema';

/**
 * Which IndexedDB database is the archive. Normally `airgap-crm`; after a restore from backup it is
 * the database the backup was restored into. A restore fills a new database completely and only
 * then moves this pointer, so a crash at any moment leaves the old archive or the new one in use,
 * never a half-restored one. The pointer lives in localStorage: one small synchronous write.
 *
 * The built-in demo (issue 17.2, data/demo) is a database of its own, `airgap-crm-demo`, that the
 * pointer names while the demo is in use; the real archive's name is kept beside it (RETURN_KEY)
 * and is never opened meanwhile. Entering writes the return name, then the pointer; leaving moves
 * the pointer back, then forgets the return name and deletes the demo: each step is one write, and
 * a crash between two leaves either the real archive or the complete demo in use, never a mix.
 */
const POINTER_KEY = 'airgap-crm.database';
const RETURN_KEY = 'airgap-crm.demo-return';
const RESTORE_PREFIX = `${DATABASE_NAME}-restore-`;
export const DEMO_DATABASE_NAME = `${DATABASE_NAME}-demo`;

/** The real archive's names: the first database, or one a backup was restored into. */
function isArchiveName(name: string | null | undefined): name is string {
  return !!name && (name === DATABASE_NAME || name.startsWith(RESTORE_PREFIX));
}

export function activeDatabaseName(storage: Storage | undefined = globalThis.localStorage): string {
  const name = storage?.getItem(POINTER_KEY);
  return isArchiveName(name) || name === DEMO_DATABASE_NAME ? name : DATABASE_NAME;
}

export function setActiveDatabaseName(name: string, storage: Storage = globalThis.localStorage): void {
  storage.setItem(POINTER_KEY, name);
}

/** Whether the app runs on the demo database. */
export function isDemoActive(storage: Storage | undefined = globalThis.localStorage): boolean {
  return activeDatabaseName(storage) === DEMO_DATABASE_NAME;
}

/** The real archive: the active database, or while the demo is in use the one leaving it returns to. */
export function archiveDatabaseName(storage: Storage | undefined = globalThis.localStorage): string {
  if (!isDemoActive(storage)) return activeDatabaseName(storage);
  const back = storage?.getItem(RETURN_KEY);
  return isArchiveName(back) ? back : DATABASE_NAME;
}

/**
 * Refused while the demo is in use. `restore`: a backup restored then would replace the demo and lose
 * the way back. `output`: an exchange file or a backup made from the demo could carry fictional records
 * into a real archive (an import there, a restore there), and demo data is never mixed into real data.
 */
export class DemoActiveError extends Error {
  constructor(readonly refused: 'restore' | 'output' = 'restore') {
    super(`demo-active: ${refused}`);
    this.name = 'DemoActiveError';
  }
}

/** Throws DemoActiveError('output') while the demo is in use: no exchange file or backup leaves it. */
export function refuseOutputInDemo(storage: Storage | undefined = globalThis.localStorage): void {
  if (isDemoActive(storage)) throw new DemoActiveError('output');
}

/**
 * The demo becomes the archive: the real archive's name first (a crash right after it changes
 * nothing: the pointer still names the real archive), then the pointer. The caller fills the demo
 * database completely before.
 */
export function enterDemo(storage: Storage = globalThis.localStorage): void {
  if (isDemoActive(storage)) throw new DemoActiveError();
  storage.setItem(RETURN_KEY, activeDatabaseName(storage));
  setActiveDatabaseName(DEMO_DATABASE_NAME, storage);
}

/**
 * Back to exactly the real archive the demo was entered from: the pointer first, then the return
 * name forgotten and the demo deleted (the caller closes its connection to it first). Interrupted
 * after the pointer moved, the app opens the real archive and the next start deletes the demo
 * (removeOrphanDemo).
 */
export async function leaveDemo(
  storage: Storage = globalThis.localStorage,
  deleteDatabase: (name: string) => Promise<void> = (n) => Dexie.delete(n),
): Promise<void> {
  if (isDemoActive(storage)) setActiveDatabaseName(archiveDatabaseName(storage), storage);
  storage.removeItem(RETURN_KEY);
  await deleteDatabase(DEMO_DATABASE_NAME);
}

/** A demo nobody uses (a leave or a load interrupted): deleted at start. Returns whether there was one. */
export async function removeOrphanDemo(
  storage: Storage | undefined = globalThis.localStorage,
  factory: IDBFactory = globalThis.indexedDB,
  deleteDatabase: (name: string) => Promise<void> = (n) => Dexie.delete(n),
): Promise<boolean> {
  if (isDemoActive(storage)) return false;
  const all = (await factory.databases?.()) ?? [];
  if (!all.some((d) => d.name === DEMO_DATABASE_NAME)) return false;
  await deleteDatabase(DEMO_DATABASE_NAME);
  return true;
}

/** Refused while the demo is in use (DemoActiveError): nothing of a restore is staged. */
export function newRestoreDatabaseName(stamp: string): string {
  if (isDemoActive()) throw new DemoActiveError();
  return `${RESTORE_PREFIX}${stamp}`;
}

export function isRestoreDatabaseName(name: string): boolean {
  return name.startsWith(RESTORE_PREFIX);
}

/**
 * Makes a restored database the archive. The pointer moves first: if deleting the previous
 * database is interrupted, the app already opens the restored one. Refused while the demo is in use.
 */
export async function activateRestoredDatabase(name: string, previous: { close?: () => void; deleteIt: boolean }): Promise<void> {
  if (isDemoActive()) throw new DemoActiveError();
  const previousName = activeDatabaseName();
  setActiveDatabaseName(name);
  previous.close?.();
  if (previous.deleteIt && previousName !== name) await Dexie.delete(previousName);
}
