import type { Collection } from 'dexie';
import { requirePermission, type Actor } from '../../core/accounts';
import { writeArchive, type ArchiveLock } from '../../core/archive-file';
import { AUDIT_SCOPE, type AuditArchiveKind } from '../../core/audit/archive';
import type { AuditDetails } from '../../core/audit/types';
import { highestClassification } from '../../core/backup';
import { fileMark, type OutputLine, type RegisterRow } from '../../core/output';
import type { Profile } from '../../core/profile';
import type { AirgapDb } from '../db';
import type { Installation } from '../installation';
import { cancelOutput, reserveOutput } from '../output/register';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { readAuditPage } from './pages';

/**
 * The auditor's export: the whole audit log — checkpoints, entries, and the output register
 * (输出登记簿, table printLog) — as an archive file of scope `audit` (core/audit/archive.ts), locked
 * like a backup (a passphrase, or the installation's own age key) and signed by the installation, so
 * the CLI's `verify` checks the file AND the chain inside it. Refused (ForbiddenError) without
 * audit.export; the file gets a 份号 (issue 15.6), and its `audit.export` entry is written with the
 * register line once the file is saved (data/output `settleOutput` with `details`).
 *
 * What is exported is the log as it stood when the export began: entries appended meanwhile (other
 * users keep working) wait for the next export, so the declared counts always hold.
 */
export interface ExportAuditOptions {
  profile: Profile;
  installation: Installation;
  appVersion: string;
  lock: ArchiveLock;
  /** Who exports (the signed-in auditor). */
  actor: Actor;
  /** 用途 (issue 15.6), registered with the file's 份号. */
  purpose: string;
  storage?: Storage;
  now?: Date;
  onProgress?: (progress: { done: number; total: number }) => void;
  signal?: AbortSignal;
}

export interface AuditExport {
  bytes: Uint8Array<ArrayBuffer>;
  counts: Record<AuditArchiveKind, number>;
  sha256: string;
  /** The file's register line, still 'reserved': settle it after the save. */
  line: OutputLine;
  /** The facts for the `audit.export` entry (the file's hash, how far the log goes, the counts). */
  details: AuditDetails;
}

const PAGE = 10_000;

export async function exportAuditLog(db: AirgapDb, options: ExportAuditOptions): Promise<AuditExport> {
  requirePermission(options.actor, 'audit.export');
  const now = options.now ?? new Date();
  // The register's marks decide the file's highest classification: its lines name what was output under them.
  const marks: unknown[] = [];
  await db.printLog.each((line) => marks.push(line.mark.level));
  const highest = highestClassification(marks);
  // Reserved before the snapshot, so the file holds its own line (still 'reserved').
  const line = await reserveOutput(
    db,
    { actor: options.actor, origin: options.installation.installationId, now, storage: options.storage },
    { kind: 'audit-export', title: '审计日志导出', mark: fileMark(options.profile.defaultMark, highest), purpose: options.purpose },
  );
  try {
    return await writeAuditFile(db, options, now, line, highest);
  } catch (error) {
    await cancelOutput(db, { actor: options.actor, now: new Date() }, line.id);
    throw error;
  }
}

async function writeAuditFile(
  db: AirgapDb,
  options: ExportAuditOptions,
  now: Date,
  line: OutputLine,
  highest: ReturnType<typeof highestClassification>,
): Promise<AuditExport> {
  // The snapshot's bounds, read together: the newest entry and print-log line (ids are time-ordered UUIDs).
  const { headSeq, lastPrintId, checkpoints, counts } = await db.transaction('r', db.audit, db.auditCheckpoints, db.printLog, async () => {
    const headSeq = (await db.audit.orderBy('seq').last())?.seq ?? 0;
    const lastPrintId = ((await db.printLog.orderBy(':id').lastKey()) as string | undefined) ?? null;
    const checkpoints = await db.auditCheckpoints.where('seq').belowOrEqual(headSeq).toArray();
    const counts = {
      auditCheckpoints: checkpoints.length,
      audit: await db.audit.where('seq').belowOrEqual(headSeq).count(),
      printLog: lastPrintId === null ? 0 : await db.printLog.where(':id').belowOrEqual(lastPrintId).count(),
    };
    return { headSeq, lastPrintId, checkpoints, counts };
  });
  const total = counts.auditCheckpoints + counts.audit + counts.printLog;
  let sha256 = '';

  async function* records(): AsyncGenerator<{ kind: string; record: unknown }> {
    for (const record of checkpoints) yield { kind: 'auditCheckpoints', record };
    for (let after = 0; after < headSeq;) {
      const page = (await readAuditPage(db, after, PAGE)).filter((entry) => entry.seq <= headSeq);
      if (page.length === 0) break;
      for (const record of page) yield { kind: 'audit', record };
      after = page[page.length - 1]!.seq;
    }
    if (lastPrintId !== null) {
      for await (const page of printLogUpTo(db, lastPrintId)) {
        for (const record of page) yield { kind: 'printLog', record };
      }
    }
  }

  const stream = await writeArchive({
    manifest: {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: options.appVersion,
      source: { installationId: options.installation.installationId, organisation: options.profile.organisation, department: options.profile.department },
      exporter: options.actor.name,
      createdAt: now.toISOString(),
      scope: { type: AUDIT_SCOPE, description: `审计日志（截至第 ${headSeq} 条）` },
      counts,
      highestClassification: highest,
      copyNumber: line.number,
    },
    records: records(),
    signingSecretKey: options.installation.keys.signingSecretKey,
    lock: options.lock,
    onProgress: (p) => options.onProgress?.({ done: p.records, total }),
    onComplete: (summary) => (sha256 = summary.sha256),
    signal: options.signal,
  });
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  const details = { sha256, throughSeq: headSeq, entries: counts.audit, checkpoints: counts.auditCheckpoints, printLog: counts.printLog };
  return { bytes, counts, sha256, line, details };
}

/** The register's lines up to and including `last`, page by page by the primary key. */
async function* printLogUpTo(db: AirgapDb, last: string): AsyncGenerator<RegisterRow[]> {
  let lower: string | null = null;
  for (;;) {
    const range: Collection<RegisterRow, string> =
      lower === null ? db.printLog.where(':id').belowOrEqual(last) : db.printLog.where(':id').between(lower, last, false, true);
    const rows: RegisterRow[] = await range.limit(PAGE).toArray();
    if (rows.length === 0) return;
    yield rows;
    lower = rows[rows.length - 1]!.id;
  }
}
