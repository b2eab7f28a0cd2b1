import Dexie, { type IndexableType, type Table } from 'dexie';
import type { UserRecord } from '../core/accounts/types';
import type { AuditCheckpoint, AuditEntry } from '../core/audit/types';
import type { ChangeEntry } from '../core/change-log';
import type { Envelope } from '../core/envelope';
import type { Department } from '../core/exchange/department';
import type { Profile } from '../core/profile';
import type { RecordKind } from '../core/record-kinds';
import type { RegisterRow } from '../core/output';
import type {
  BenefitYearRecord,
  ContactRecord,
  CustomerRecord,
  HandoverRecord,
  InteractionRecord,
  ManagerRecord,
  RequirementRecord,
  SettlementRecord,
} from './rows/archive';
import type { AttachmentBlobRow, AttachmentRecord } from './rows/attachments';
import type { ComplaintRecord } from './rows/complaints';
import type { AnyRecord, ConflictRow, LineageRow, StagingRow } from './rows/exchange';
import type { AssessmentRecord, FollowUpRecord, GradeRunRecord, GradingConfigRecord, GradingRecord } from './rows/grading';
import type { QuestionnaireRecord, SurveyRecord } from './rows/satisfaction';
import { DATABASE_NAME, SCHEMA_VERSIONS, type SchemaVersion } from './schema';

export interface MetaRow<T = unknown> {
  key: string;
  value: T;
}

/**
 * Every table of the database and the one type of its rows: the single list the database type is
 * derived from (the indexes are in schema.ts). Row types live in data/rows, so this list imports
 * no repository. A table added to the schema is added here.
 */
export interface TableRows {
  meta: MetaRow;
  profile: Profile;
  changes: ChangeEntry;
  managers: ManagerRecord;
  customers: CustomerRecord;
  contacts: ContactRecord;
  interactions: InteractionRecord;
  requirements: RequirementRecord;
  benefits: BenefitYearRecord;
  settlements: SettlementRecord;
  handovers: HandoverRecord;
  complaints: ComplaintRecord;
  gradingConfigs: GradingConfigRecord;
  assessments: AssessmentRecord;
  gradeRuns: GradeRunRecord;
  gradings: GradingRecord;
  followUps: FollowUpRecord;
  departments: Department;
  conflicts: ConflictRow;
  lineages: LineageRow;
  questionnaires: QuestionnaireRecord;
  surveys: SurveyRecord;
  /** The output register (issue 15.6): numbered lines and the print log's older lines. */
  printLog: RegisterRow;
  importStaging: StagingRow;
  users: UserRecord;
  audit: AuditEntry;
  auditCheckpoints: AuditCheckpoint;
  attachments: AttachmentRecord;
  /** Attachment bytes by SHA-256 (not a record kind: they travel as data lines of an archive file). */
  attachmentBlobs: AttachmentBlobRow;
}
export type TableName = keyof TableRows;

/** Primary keys that are not a string id: the change log's auto-increment, the staging's compound key. */
interface TableKeys {
  changes: number;
  audit: number;
  auditCheckpoints: number;
  importStaging: [string, number];
}
type KeyOf<N extends TableName> = N extends keyof TableKeys ? TableKeys[N] : string;

type TablesOf<Rows> = { readonly [N in keyof Rows & TableName]: Table<Rows[N], KeyOf<N>> };

/**
 * One typed Dexie table per entry of TableRows. An interface, not the mapped type itself: Dexie
 * types every `db.transaction` scope from the database's table properties, and over a bare mapped
 * type of 24 tables TypeScript gives up ("type instantiation is excessively deep").
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the interface is the point (see above)
export interface AirgapTables extends TablesOf<TableRows> {}

/** The app's IndexedDB database: Dexie plus a typed property per table (Dexie adds them from the schema). */
export type AirgapDb = Dexie & AirgapTables;

function createDatabase(name: string = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): AirgapDb {
  // Strict durability: a transaction reports success only once the data is on disk, so a crash
  // right after a save loses nothing (measured here: no cost worth noticing).
  const dexie = new Dexie(name, { chromeTransactionDurability: 'strict', autoOpen: false });
  for (const v of versions) {
    const version = dexie.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  // Dexie's documented way to type the tables it creates: the schema and TableRows list the same tables
  // (tests/unit/data/tables.test.ts checks it).
  return dexie as AirgapDb;
}

/**
 * A record table chosen by its kind, for code written once for every kind: backup and exchange walk
 * them all (rows read as a record of any kind), and the generic write path (records.ts)
 * reads them as the record type its caller names for that kind.
 */
export function recordTable<T extends Envelope = AnyRecord>(db: AirgapDb, kind: RecordKind): Table<T, string> {
  return db.table(kind);
}

/** Any table by name, rows unknown: for code that only copies or counts rows (backup, restore). */
export function anyTable(db: AirgapDb, name: TableName): Table<unknown, IndexableType> {
  return db.table(name);
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
  const db = createDatabase(name, versions);
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
