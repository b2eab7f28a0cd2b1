/**
 * The one versioned schema of the database. Rules (Dexie docs, "Database versioning"):
 * - a version that has shipped is never edited; a change is a new version appended here;
 * - a version lists every table with its indexes (only the indexes a screen queries: each costs writes);
 * - an `upgrade` turns data of the previous version into this one, inside the upgrade transaction.
 * tests/unit/data/migrations.test.ts opens data written at each earlier version with the current list.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const DATABASE_NAME = 'airgap-crm';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    // Foundation: local metadata (installation id, keys, clock), the department profile, the change log.
    version: 1,
    stores: {
      meta: 'key',
      profile: 'id',
      changes: '++seq, *recordIds, rev',
    },
  },
  {
    // The customer archive and complaints, with the indexes their lists, timelines and exchange use.
    // `sortKey` is the pinyin sort key (IndexedDB sorts by code point, not pinyin);
    // `searchKeys` (multiEntry) holds name, short name, pinyin initials and full pinyin prefixes.
    version: 2,
    stores: {
      customers: 'id, sortKey, parentId, managerId, *searchKeys, rev',
      contacts: 'id, customerId, *searchKeys, rev',
      interactions: 'id, [customerId+date], rev',
      benefits: 'id, [customerId+year], year, rev',
      settlements: 'id, customerId, rev',
      complaints: 'id, customerId, [status+dueDate], rev',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Tables whose rows carry the record envelope and travel in exchange files (core/record-kinds.ts). */
export { RECORD_KINDS as RECORD_TABLES, type RecordKind as RecordTable } from '../core/record-kinds';
