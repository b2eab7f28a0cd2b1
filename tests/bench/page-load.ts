import { CURRENT_SCHEMA_VERSION, DATABASE_NAME } from '../../src-renderer/data/schema';
import { openDatabase, type AirgapDb } from '../../src-renderer/data/db';
import { actorOf, changeOwnPassword, setUpAccounts } from '../../src-renderer/data/accounts';
import { restoreClock } from '../../src-renderer/data/installation';
import { KeyRing } from '../../src-renderer/data/key-store';
import { createBrowserHost } from '../../src-renderer/host/browser-host';
import { loadOrCreateInstallation } from '../shared/clear-installation';
import { saveProfile } from '../../src-renderer/data/profile-repo';
import type { WriteContext } from '../../src-renderer/data/write-context';
import { generateInstitute, GENERATOR_VERSION, type ScaleName } from '../../src-renderer/core/synthetic/index';
import { gradeInstitute } from './page-grading';
import { testActor } from '../shared/actors';

/**
 * Setting up a bench profile (not a measurement): first-run setup done the app's way (installation,
 * profile), then the synthetic institute bulk-loaded with envelopes, 10,000 records per transaction.
 * The bulk load writes no change-log entries: it stands for data that is already there. Then the
 * institute is graded once through the app's repositories (a batch draft, approved).
 */
export type Dataset = 'empty' | ScaleName;

/** Written last, so a load that died half-way is never mistaken for a complete one. */
export interface DatasetMarker {
  dataset: Dataset;
  seed: number;
  generatorVersion: number;
  schemaVersion: number;
  counts: Record<string, number>;
  loadMs: number;
  loadedAt: string;
}

const MARKER_KEY = 'bench:dataset';

export const PROFILE_INPUT = {
  organisation: '航天材料及工艺研究所',
  department: '市场部',
  operatorName: '张明',
  defaultMark: { level: 'internal', periodYears: null },
};

/**
 * The marker of the loaded dataset, read with plain IndexedDB at whatever version is on disk, so
 * checking never runs a schema upgrade over 500,000 rows. `expected` says what this build would write.
 */
export async function datasetInfo(): Promise<{ marker: DatasetMarker | null; generatorVersion: number; schemaVersion: number }> {
  const expected = { generatorVersion: GENERATOR_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION };
  const names = await indexedDB.databases();
  if (!names.some((d) => d.name === DATABASE_NAME)) return { marker: null, ...expected };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains('meta')) return { marker: null, ...expected };
    const row = await new Promise<{ value: DatasetMarker } | undefined>((resolve, reject) => {
      const request = db.transaction('meta').objectStore('meta').get(MARKER_KEY);
      request.onsuccess = () => resolve(request.result as { value: DatasetMarker } | undefined);
      request.onerror = () => reject(request.error);
    });
    return { marker: row?.value ?? null, ...expected };
  } finally {
    db.close();
  }
}

/**
 * The business user the bench signs in as (BENCH_SIGN_IN, also read by tests/bench/context.mjs): the app
 * shows nothing before a sign-in (issue 15). Its setup password is changed once, as at a first sign-in.
 */
export const BENCH_SIGN_IN = { username: 'zhangwei', password: 'Zhang-Wei-2026' };
const SETUP_PASSWORD = 'Setup-Bench-2026';

async function setUpBenchAccounts(db: AirgapDb): Promise<void> {
  const account = (displayName: string, username: string) => ({ displayName, username, password: SETUP_PASSWORD, confirmation: SETUP_PASSWORD });
  const users = await setUpAccounts(
    db,
    {
      systemAdmin: account('赵刚', 'sysadmin'),
      securityAdmin: account('钱敏', 'secadmin'),
      auditAdmin: account('孙丽', 'auditor'),
      businessUsers: [
        {
          ...account(PROFILE_INPUT.operatorName, BENCH_SIGN_IN.username),
          roles: ['account-manager', 'department-head', 'complaint-handler'],
          scope: 'all',
          managerId: null,
        },
      ],
    },
    new Date(),
  );
  const business = users.find((u) => u.username === BENCH_SIGN_IN.username)!;
  await changeOwnPassword(db, actorOf(business), SETUP_PASSWORD, BENCH_SIGN_IN.password, BENCH_SIGN_IN.password, new Date());
}

/** The key passphrase the bench's profiles seal their installation keys with (as the first-run setup asks). */
export const BENCH_KEY_PASSPHRASE = 'bench key passphrase 2026';

/**
 * The installation's keys sealed with the bench's key passphrase, as first-run setup leaves them (issue
 * 14.6). The loader writes them in clear, and the app then shows 设置密钥口令 instead of 登录; idempotent,
 * so it also mends a profile loaded before. Returns whether it sealed anything.
 */
export async function sealBenchKeys(): Promise<boolean> {
  const db = await openDatabase();
  try {
    const ring = await KeyRing.open(db, createBrowserHost(document));
    if (ring.status !== 'needs-passphrase') return false;
    await ring.setPassphrase(BENCH_KEY_PASSPHRASE);
    return true;
  } finally {
    db.close();
  }
}

export async function loadInstitute(dataset: Dataset, seed: number, progress: (line: string) => void): Promise<DatasetMarker> {
  const started = performance.now();
  const db = await openDatabase();
  try {
    const installation = await loadOrCreateInstallation(db);
    const ctx: WriteContext = {
      clock: await restoreClock(db),
      origin: installation.installationId,
      actor: testActor(PROFILE_INPUT.operatorName),
      now: () => new Date(),
    };
    await saveProfile(db, PROFILE_INPUT, ctx);
    await setUpBenchAccounts(db);
    const counts: Record<string, number> = {};
    if (dataset !== 'empty') {
      let table = '';
      let tableStart = performance.now();
      for (const batch of generateInstitute(dataset, seed)) {
        if (batch.table !== table) {
          if (table) progress(`${table}: ${counts[table]} in ${((performance.now() - tableStart) / 1000).toFixed(1)} s`);
          [table, tableStart] = [batch.table, performance.now()];
        }
        const rows = batch.records.map((r) => ({ ...r, rev: ctx.clock.now(), origin: ctx.origin, updatedBy: ctx.actor.name, deletedAt: null }));
        await db.table(batch.table).bulkPut(rows);
        counts[batch.table] = (counts[batch.table] ?? 0) + rows.length;
        if (counts[batch.table]! % 100_000 === 0) progress(`${batch.table}: ${counts[batch.table]}…`);
      }
      progress(`${table}: ${counts[table]} in ${((performance.now() - tableStart) / 1000).toFixed(1)} s`);
      const gradingStart = performance.now();
      await gradeInstitute(db);
      progress(`graded and approved in ${((performance.now() - gradingStart) / 1000).toFixed(1)} s`);
    }
    const marker: DatasetMarker = {
      dataset,
      seed,
      generatorVersion: GENERATOR_VERSION,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      counts,
      loadMs: Math.round(performance.now() - started),
      loadedAt: new Date().toISOString(),
    };
    await db.meta.put({ key: MARKER_KEY, value: marker });
    return marker;
  } finally {
    db.close();
  }
}
