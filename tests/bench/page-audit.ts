import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import Dexie from 'dexie';
import { chainAuditEntry, type AuditEvent } from '../../src-renderer/core/audit/chain';
import { signCheckpoint } from '../../src-renderer/core/audit/checkpoint';
import type { AuditEntry } from '../../src-renderer/core/audit/types';
import { readAuditPage } from '../../src-renderer/data/audit/pages';
import { verifyAuditLog, verifyAuditLogHere } from '../../src-renderer/data/audit/verify-log';
import { openDatabase, type AirgapDb } from '../../src-renderer/data/db';

/**
 * audit.verify-1m: a chain of `count` audit entries (written in batches of 10,000, a checkpoint
 * signed every `checkpointEvery`) in a scratch database, then verifyAuditLog timed from call to
 * result — in its worker, as the app runs it — against the plain work of reading the same rows in
 * the same pages (toArray by the primary key) on the page's thread. The worker's verification is
 * also compared with the same verification on the page's thread (verifyAuditLogHere), and the page's
 * longest task during the worker's run shows whether the window stayed responsive.
 */
const SCRATCH = 'airgap-bench-audit';
const BATCH = 10_000;
const ACTIONS = ['auth.sign-in', 'auth.sign-out', 'customer.update', 'customer.create', 'interaction.create', 'report.print', 'complaint.act', 'backup.create'];
const USERS = ['张伟', '李娜', '王强', '赵敏', '刘洋', '陈静', '杨帆', '黄磊'];

/** A realistic small entry: who, what, about which customer, a few details. */
function event(n: number, startMs: number): AuditEvent {
  const user = n % USERS.length;
  const action = ACTIONS[(n * 7) % ACTIONS.length]!;
  return {
    at: new Date(startMs + n * 30_000).toISOString(),
    userId: `0190d4c3-0000-7000-8000-${String(user).padStart(12, '0')}`,
    userName: USERS[user]!,
    action,
    outcome: n % 97 === 0 ? 'failure' : 'success',
    object: action.startsWith('auth.')
      ? null
      : { kind: 'customers', id: `0190d4c3-1111-7000-8000-${String(n % 10_000).padStart(12, '0')}`, label: `第${n % 10_000}研究所` },
    details: action === 'customer.update' ? { fields: 1 + (n % 5), mark: '内部' } : action === 'report.print' ? { report: 'roster', pages: 1 + (n % 40) } : {},
  };
}

async function generate(db: AirgapDb, count: number, checkpointEvery: number, secretKey: string, log: (line: string) => void): Promise<number> {
  const startMs = Date.UTC(2024, 0, 1);
  let previous: AuditEntry | null = null;
  for (let from = 0; from < count; from += BATCH) {
    const batch: AuditEntry[] = [];
    for (let n = from; n < Math.min(count, from + BATCH); n++) {
      previous = chainAuditEntry(event(n, startMs), previous);
      batch.push(previous);
    }
    const checkpoints = batch.filter((e) => e.seq % checkpointEvery === 0).map((e) => signCheckpoint(e, e.at, secretKey));
    await db.transaction('rw', db.audit, db.auditCheckpoints, async () => {
      await db.audit.bulkAdd(batch);
      await db.auditCheckpoints.bulkAdd(checkpoints);
    });
    if ((from / BATCH) % 10 === 9) log(`audit: ${from + BATCH} entries written`);
  }
  return db.auditCheckpoints.count();
}

/** Every page by the primary key, as the verification reads them, doing nothing with the rows. */
async function readAll(db: AirgapDb): Promise<number> {
  let rows = 0;
  for (let after = 0; ;) {
    const page = await readAuditPage(db, after);
    if (page.length === 0) return rows;
    rows += page.length;
    after = page[page.length - 1]!.seq;
  }
}

/** The longest main-thread task (Long Tasks API) until the returned function is called. */
function watchLongTasks(): () => Promise<number> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
    observer.disconnect();
    return longest;
  };
}

export async function measureAuditVerify(count: number, checkpointEvery: number, log: (line: string) => void) {
  await Dexie.delete(SCRATCH);
  const db = await openDatabase(SCRATCH);
  try {
    const secret = ed25519.utils.randomSecretKey();
    const publicKey = bytesToHex(ed25519.getPublicKey(secret));
    let started = performance.now();
    const checkpoints = await generate(db, count, checkpointEvery, bytesToHex(secret), log);
    const generateMs = performance.now() - started;
    log(`audit: ${count} entries and ${checkpoints} checkpoints in ${Math.round(generateMs / 1000)} s`);

    started = performance.now();
    const rowsRead = await readAll(db);
    const readMs = performance.now() - started;
    log(`audit: plain read of ${rowsRead} rows in ${Math.round(readMs)} ms`);

    const stopWatching = watchLongTasks();
    let progressEvents = 0;
    started = performance.now();
    const result = await verifyAuditLog(db, [publicKey], () => (progressEvents += 1));
    const workerMs = performance.now() - started;
    const longestTaskMs = await stopWatching();
    log(`audit: verified in the worker in ${Math.round(workerMs)} ms (${result.ok ? 'ok' : JSON.stringify(result.firstProblem)})`);

    started = performance.now();
    const here = await verifyAuditLogHere(db, [publicKey]);
    const hereMs = performance.now() - started;
    log(`audit: verified on the page's thread in ${Math.round(hereMs)} ms`);
    if (!result.ok || !here.ok || result.entries !== count) throw new Error(`verification failed: ${JSON.stringify(result)}`);
    return { workerMs, readMs, hereMs, generateMs, entries: result.entries, checkpoints: result.checkpoints, progressEvents, longestTaskMs };
  } finally {
    db.close();
    await Dexie.delete(SCRATCH);
  }
}
