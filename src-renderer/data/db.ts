import Dexie, { type Table } from 'dexie';
import type { Profile } from '../core/profile';
import { DATABASE_NAME, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type { ChangeEntry } from '../core/change-log';

export interface MetaRow<T = unknown> {
  key: string;
  value: T;
}

/**
 * The app's IndexedDB database. Domain tables are typed loosely here (`Table<any>`) until the
 * feature that owns them declares its record type; every row still carries the envelope.
 */
export class AirgapDb extends Dexie {
  meta!: Table<MetaRow, string>;
  profile!: Table<Profile, string>;
  changes!: Table<ChangeEntry, number>;

  constructor(name: string = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    // Strict durability: a transaction reports success only once the data is on disk, so a crash
    // right after a save loses nothing (measured here: no cost worth noticing).
    super(name, { chromeTransactionDurability: 'strict', autoOpen: false });
    for (const v of versions) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

export type DbOpenFailure = { code: 'newer-version'; detail: string } | { code: 'migration-failed'; detail: string } | { code: 'unavailable'; detail: string };

/** Raised when the database cannot be opened. The data stays untouched: never reset silently. */
export class DbOpenError extends Error {
  constructor(readonly failure: DbOpenFailure) {
    super(`${failure.code}: ${failure.detail}`);
    this.name = 'DbOpenError';
  }
}

export async function openDatabase(name?: string, versions?: readonly SchemaVersion[]): Promise<AirgapDb> {
  const db = new AirgapDb(name, versions);
  try {
    await db.open();
  } catch (error) {
    db.close();
    throw new DbOpenError(classifyOpenError(error));
  }
  // Dexie 4 opens a database of a higher version than declared instead of failing; this build
  // must not write into a schema it does not know.
  // (Dexie stores version × 10 in IndexedDB, plus a small increment when it adapts a schema that
  // changed without a version bump — only the whole version counts.)
  const declared = Math.max(...(versions ?? SCHEMA_VERSIONS).map((v) => v.version));
  const onDisk = Math.floor(db.backendDB().version / 10);
  if (onDisk > declared) {
    db.close();
    throw new DbOpenError({ code: 'newer-version', detail: `database version ${onDisk} > supported ${declared}` });
  }
  return db;
}

function classifyOpenError(error: unknown): DbOpenFailure {
  const err = error as { name?: string; message?: string; inner?: { name?: string } };
  const detail = `${err.name ?? 'Error'}: ${err.message ?? String(error)}`.slice(0, 500);
  if (err.name === 'VersionError' || err.inner?.name === 'VersionError') return { code: 'newer-version', detail };
  if (err.name === 'UpgradeError' || err.name === 'DatabaseClosedError') return { code: 'migration-failed', detail };
  return { code: 'unavailable', detail };
}

/** Ask the browser not to evict our data under storage pressure. Returns whether it is persisted. */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}
