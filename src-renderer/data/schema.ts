/**
 * The one versioned schema of the database. Rules (Dexie docs, "Database versioning"):
 * - a version that has shipped is never edited; a change is a new version appended here;
 * - a version lists every table with its indexes (only the indexes a screen queries: each costs writes);
 * - an `upgrade` turns data of the previous version into this one, inside the upgrade transaction.
 * tests/unit/data/migrations.test.ts opens data written at each earlier version with the current list.
 */
import type { Transaction } from 'dexie';
import { fillComplaintFields } from './upgrades/complaint-fields';
import { recomputeDepartmentFingerprints } from './upgrades/department-fingerprints';

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
    // The customer archive and complaints (shipped), with only the indexes a query of data/customers
    // or exchange uses:
    // - `sortKey`: pinyin order for lists (IndexedDB sorts by code point, not pinyin);
    // - `searchKeys` (multiEntry): name, short name, pinyin initials and full pinyin prefixes;
    // - `parentId`: sub-units; `managerId`: bulk handover and manager renames;
    // - `deletedAt`: the recycle bin. IndexedDB does not index null, so this index holds only the
    //   deleted rows and costs live writes nothing;
    // - `[customerId+date]`: a customer's timeline, newest first; `[managerId+status]`: a manager's
    //   open requirements; `[customerId+year]`: one benefit row per customer and year;
    // - `rev`: exchange (changes since the last export).
    version: 2,
    stores: {
      managers: 'id, sortKey, rev',
      customers: 'id, sortKey, parentId, managerId, *searchKeys, deletedAt, rev',
      contacts: 'id, customerId, *searchKeys, deletedAt, rev',
      interactions: 'id, [customerId+date], deletedAt, rev',
      requirements: 'id, customerId, [managerId+status], deletedAt, rev',
      benefits: 'id, [customerId+year], year, rev',
      settlements: 'id, customerId, deletedAt, rev',
      handovers: 'id, customerId, rev',
      complaints: 'id, customerId, [status+dueDate], rev',
    },
  },
  {
    // Grading (data/grading). New tables only, plus one index on customers:
    // - customers `grade`: the current grade, for the dashboard's distribution and the list filter
    //   (a customer never graded has no `grade` and is not in the index);
    // - `gradingConfigs` `[kind+version]`: scoring templates, criteria and service policies, one
    //   record per saved version (a grading names the versions it used, so old ones are kept);
    // - `assessments` `[customerId+year]`: the manager's subjective scores of a customer for a year;
    // - `gradeRuns` `status`: drafts waiting for approval; `gradings` `runId`: a draft's entries,
    //   `[customerId+evaluationDate]`: a customer's grade history;
    // - `followUps` `[status+dueDate]`: the dashboard's due and overdue follow-ups (回访计划),
    //   `customerId`: a customer's open task.
    // Exchange between departments (data/exchange). Local tables, never exported:
    // - `departments` `signingPublicKey`: who signed an imported file (the directory, 部门通讯录);
    // - `conflicts` `status`: the open conflicts to review, `recordId`: one record's conflicts;
    // - `lineages`: per record id, what its version has seen (core/exchange/lineage.ts); read
    //   only by primary key, so no other index.
    version: 3,
    stores: {
      customers: 'id, sortKey, parentId, managerId, *searchKeys, deletedAt, grade, rev',
      gradingConfigs: 'id, [kind+version], rev',
      assessments: 'id, [customerId+year], rev',
      gradeRuns: 'id, status, rev',
      gradings: 'id, runId, [customerId+evaluationDate], rev',
      followUps: 'id, customerId, [status+dueDate], rev',
      departments: 'id, signingPublicKey',
      conflicts: 'id, recordId, status',
      lineages: 'id',
    },
  },
  {
    // Complaints, satisfaction and printing (issues 5 and 6).
    // - complaints (data/complaints): `number` (unique per installation, the next number and lookup),
    //   `nextDeadline` (only open rows have one: `< today` is the overdue list),
    //   `[handlerId+status]` (a handler's 我的投诉), `receivedAt` (a year's statistics), `deletedAt`
    //   (recycle bin); `[status+dueDate]` of version 2 is dropped (nothing reads it).
    // - questionnaires (满意度问卷模板) and surveys (满意度调查, `[customerId+date]` a customer's trend,
    //   `date` the overall trend, `deletedAt` the recycle bin) — data/satisfaction.
    // - printLog (打印记录): local audit of every print and PDF, never exported; `at` newest first.
    // - importStaging (data/exchange/staging.ts): an import's validated records parked in batches
    //   between the preview and the apply's one transaction, so memory stays bounded whatever the
    //   file's size; `[importId+seq]` reads one import's batches in file order and deletes them.
    //   Local scratch: never exported, never backed up; leftovers are cleared by the next import.
    // The upgrade fills the fields complaints gained (model.ts ComplaintFields) on rows of version 3.
    version: 4,
    stores: {
      complaints: 'id, customerId, number, nextDeadline, [handlerId+status], receivedAt, deletedAt, rev',
      questionnaires: 'id, rev',
      surveys: 'id, [customerId+date], date, deletedAt, rev',
      printLog: 'id, at',
      importStaging: '[importId+seq]',
    },
    upgrade: (tx) => fillComplaintFields(tx.table('complaints')),
  },
  {
    // Fingerprints of at least 128 bits (issue 14.8): no table or index changes; the upgrade
    // recomputes each directory entry's stored fingerprint from its signing key
    // (upgrades/department-fingerprints.ts).
    version: 5,
    stores: {},
    upgrade: (tx) => recomputeDepartmentFingerprints(tx.table('departments')),
  },
  {
    // Accounts and the audit log (issue 15, docs/accounts.md). Local tables, never exchanged:
    // - `users`: one row per account, `&username` unique (stored lower-case);
    // - `audit`: the hash-chained log, keyed by its gapless `seq`. The auditor's filters, newest
    //   first, each paged by seq (data/audit/viewer.ts): `[userId+seq]`, `[action+seq]` (also the
    //   skip scan listing the distinct actions), `[object.id+seq]` (entries without an object are
    //   not in it), and `at` for a time range. Dexie answers `where('userId')` / `where('action')`
    //   from the compound indexes' first part, so no plain index is kept beside them;
    // - `auditCheckpoints`: signed statements of the chain's head, keyed by the entry's seq.
    // No upgrade: an existing installation gets its accounts at the first start (the upgrade
    // setup screen), which keeps every record.
    version: 6,
    stores: {
      users: 'id, &username',
      audit: 'seq, at, [userId+seq], [action+seq], [object.id+seq]',
      auditCheckpoints: 'seq',
    },
  },
  {
    // Controlled output (issue 15.6, docs/accounts.md): `printLog` becomes the output register
    // (输出登记簿) — every print, PDF and export file with its copy number (份号). It keeps its name
    // so older backups and audit exports restore into it, and older lines (no number) stay as they
    // are: no upgrade. `&seq` (the running number, unique) gives the next number; `&number` finds a
    // 份号 as typed. Lines without them (before 15.6) are simply not in these indexes.
    version: 7,
    stores: {
      printLog: 'id, at, &seq, &number',
    },
  },
  {
    // Attachments (issue 18, data/attachments). `attachments` is a record kind (enveloped metadata:
    // history, soft delete, exchange): `customerId` the customer's 附件 tab, `owner.id` one
    // record's files, `sha256` whether other records still name the same bytes, `*searchKeys` the
    // search by title and file name (as customers' keys: core/search), `deletedAt` the recycle
    // bin. `attachmentBlobs` holds the bytes as Blobs, keyed by their SHA-256 (the same file
    // attached twice is stored once); read only by primary key.
    version: 8,
    stores: {
      attachments: 'id, customerId, owner.id, sha256, *searchKeys, deletedAt, rev',
      attachmentBlobs: 'sha256',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Tables whose rows carry the record envelope and travel in exchange files (core/record-kinds.ts). */
export { RECORD_KINDS as RECORD_TABLES, type RecordKind as RecordTable } from '../core/record-kinds';
