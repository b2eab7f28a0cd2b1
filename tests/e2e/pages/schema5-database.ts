import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Dexie as DexieClass } from 'dexie';
import { readArchive } from '../../../src-renderer/core/archive-file/reader';
import { BACKUP_KINDS, recordToStore } from '../../../src-renderer/core/backup';
import { newId } from '../../../src-renderer/core/ids';
import { recordKey } from '../../../src-renderer/core/record-identity';
import { printLogEntrySchema } from '../../../src-renderer/core/reports/print-log';
import { SCHEMA_VERSIONS } from '../../../src-renderer/data/schema';

/**
 * A database as the app left it before accounts (schema 5, issue 15's "today"), for the upgrade's e2e test.
 *
 * Made from real data, not typed by hand: the installation and profile of the suite's prepared profile (its
 * keys sealed with KEY_PASSPHRASE, operatorName 张伟), and the archive of the backup v0.1.0 wrote
 * (tests/fixtures/backup-v0.1.0: a customer hierarchy with its change history, a grading run approved by a
 * typed 审批人 赵主任, follow-ups), plus what that backup lacks: complaints (seedInstitute, after this) and a
 * print-log line. Everything issue 15 added is taken off: the tables users/audit/auditCheckpoints and the
 * account ids beside the names (updatedById, byId, approvedById).
 */
const FIXTURE = join(import.meta.dirname, '../../fixtures/backup-v0.1.0');
const ACCOUNT_FIELDS = ['updatedById', 'byId', 'approvedById'] as const;
/** Added by schema 6: absent from a schema-5 database. */
/** Tables a schema-5 database does not have: those first declared after version 5 (accounts, audit, attachments…). */
const tablesUpTo = (version: number) => new Set(SCHEMA_VERSIONS.filter((v) => v.version <= version).flatMap((v) => Object.keys(v.stores)));
const LATER_TABLES = [...tablesUpTo(Infinity)].filter((table) => !tablesUpTo(5).has(table));

type Row = Record<string, unknown>;
/** The page once Dexie's browser build is added to it (window.Dexie). */
type DexiePage = Window & { Dexie?: typeof DexieClass };
export type Schema5Rows = Record<string, Row[]>;

/** The records of the v0.1.0 backup, by table (its installation and profile left out: the prepared ones are used). */
export async function backupV010Rows(): Promise<Schema5Rows> {
  const identity = readFileSync(join(FIXTURE, 'age-identity.txt'), 'utf8')
    .split('\n')
    .find((line) => line.startsWith('AGE-SECRET-KEY-'))!;
  const rows: Schema5Rows = {};
  const archive = readArchive(
    new Uint8Array(readFileSync(join(FIXTURE, 'backup.age'))),
    { identities: [identity] },
    {
      knownKinds: BACKUP_KINDS,
      supportedSchemaVersion: 5,
      validate: recordToStore,
      recordKey,
    },
  );
  for await (const event of archive) {
    if (event.type !== 'record' || event.kind === 'installation' || event.kind === 'profile') continue;
    const row = { ...event.record };
    // The change log's seq is the new database's: the prepared profile's entries come first.
    if (event.kind === 'changes') delete row.seq;
    (rows[event.kind] ??= []).push(row);
  }
  return rows;
}

/** One line of 打印记录 as schema 5 wrote it: the printer named, no account id. */
export function schema5PrintLine(origin: string): Row {
  return printLogEntrySchema.parse({
    id: newId(),
    at: '2026-11-30T03:15:00.000Z',
    by: '张伟',
    report: 'roster',
    title: '2026 年度客户分级名册',
    params: { year: 2026, manager: null },
    mark: { level: 'internal', periodYears: null },
    action: 'print',
    shell: 'browser',
    pages: null,
    origin,
  });
}

/**
 * Turns the prepared profile's database (schema 6, in the page's origin) into a schema-5 one holding its
 * installation and profile (the one operator named `operatorName`) and `extra` rows: read, deleted, made again by Dexie at version 5 (Dexie's own
 * build, added to the page: the index names and key paths are Dexie's). The page must be on the origin and not
 * have the app's database open (the server's 404 page). Returns the installation id.
 */
export async function downgradeToSchema5(page: Page, operatorName: string, extra: (installationId: string) => Schema5Rows): Promise<string> {
  await page.addScriptTag({ path: join(import.meta.dirname, '../../../node_modules/dexie/dist/dexie.js') });
  const versions = SCHEMA_VERSIONS.filter((v) => v.version <= 5).map((v) => ({ version: v.version, stores: v.stores }));
  const prepared = await page.evaluate(
    async ({ versions, dropped, accountFields, operator }) => {
      const Dexie = (window as DexiePage).Dexie!;
      const old = new Dexie('airgap-crm');
      await old.open();
      const rows: Record<string, Record<string, unknown>[]> = {};
      for (const table of old.tables) {
        if (dropped.includes(table.name)) continue;
        rows[table.name] = (await table.toArray()).map((row: Record<string, unknown>) => {
          const copy = { ...row };
          for (const field of accountFields) delete copy[field];
          // Schema 5 required the operator's name on the profile, and named them on every write.
          if (table.name === 'profile') Object.assign(copy, { operatorName: operator, updatedBy: operator });
          if (table.name === 'changes') copy.by = operator;
          return copy;
        });
      }
      old.close();
      await Dexie.delete('airgap-crm');
      const db = new Dexie('airgap-crm');
      for (const v of versions) db.version(v.version).stores(v.stores);
      await db.open();
      await db.transaction('rw', db.tables, async () => {
        for (const [name, list] of Object.entries(rows)) await db.table(name).bulkPut(list);
      });
      db.close();
      const installation = rows.meta!.find((row) => row.key === 'installation')!.value as { installationId: string };
      return { installationId: installation.installationId };
    },
    { versions, dropped: LATER_TABLES, accountFields: [...ACCOUNT_FIELDS], operator: operatorName },
  );
  const added = extra(prepared.installationId);
  await page.evaluate(
    async ({ versions, added }) => {
      const Dexie = (window as DexiePage).Dexie!;
      const db = new Dexie('airgap-crm');
      for (const v of versions) db.version(v.version).stores(v.stores);
      await db.open();
      await db.transaction('rw', db.tables, async () => {
        for (const [name, list] of Object.entries(added)) await db.table(name).bulkPut(list);
      });
      db.close();
    },
    { versions, added },
  );
  expect(await page.evaluate(() => indexedDB.databases().then((all) => all.find((d) => d.name === 'airgap-crm')?.version))).toBe(50);
  return prepared.installationId;
}

/** How many rows each table of the app's database holds (read by IndexedDB itself: any page of the origin, the app's too). */
export function tableCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('airgap-crm');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const tx = db.transaction(names);
          const counts: Record<string, number> = {};
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => (counts[name] = request.result);
          }
          tx.oncomplete = () => (db.close(), resolve(counts));
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
