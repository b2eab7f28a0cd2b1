import type { Collection } from 'dexie';
import { writeArchive, type ArchiveLock } from '../../core/archive-file';
import { AUDIT_EXPORTED } from '../../core/audit/actions';
import { AUDIT_SCOPE, type AuditArchiveKind } from '../../core/audit/archive';
import type { AuditEntry } from '../../core/audit/types';
import { highestClassification } from '../../core/backup';
import type { Profile } from '../../core/profile';
import type { PrintLogEntry } from '../../core/reports';
import type { AirgapDb } from '../db';
import type { Installation } from '../installation';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { appendAuditAlone } from './append';
import { readAuditPage } from './pages';

/**
 * The auditor's export: the whole audit log — checkpoints, entries, and the print log (打印记录) —
 * as an archive file of scope `audit` (core/audit/archive.ts), locked like a backup (a passphrase,
 * or the installation's own age key) and signed by the installation, so the CLI's `verify` checks
 * the file AND the chain inside it. The export itself is then written to the log.
 *
 * What is exported is the log as it stood when the export began: entries appended meanwhile (other
 * users keep working) wait for the next export, so the declared counts always hold.
 */
export interface ExportAuditOptions {
  profile: Profile;
  installation: Installation;
  appVersion: string;
  lock: ArchiveLock;
  /** Who exports (the signed-in auditor), for the `audit.export` entry. */
  actor: { userId: string | null; userName: string };
  now?: Date;
  onProgress?: (progress: { done: number; total: number }) => void;
  signal?: AbortSignal;
}

export interface AuditExport {
  bytes: Uint8Array<ArrayBuffer>;
  counts: Record<AuditArchiveKind, number>;
  sha256: string;
  /** The `audit.export` entry written after the file was complete. */
  entry: AuditEntry;
}

const PAGE = 10_000;

export async function exportAuditLog(db: AirgapDb, options: ExportAuditOptions): Promise<AuditExport> {
  const now = options.now ?? new Date();
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
  const marks: unknown[] = [];
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

  // The print log's marks decide the file's highest classification: its lines name what was printed under them.
  await db.printLog.each((line) => marks.push(line.mark.level));
  const stream = await writeArchive({
    manifest: {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: options.appVersion,
      source: { installationId: options.installation.installationId, organisation: options.profile.organisation, department: options.profile.department },
      exporter: options.actor.userName,
      createdAt: now.toISOString(),
      scope: { type: AUDIT_SCOPE, description: `审计日志（截至第 ${headSeq} 条）` },
      counts,
      highestClassification: highestClassification(marks),
    },
    records: records(),
    signingSecretKey: options.installation.keys.signingSecretKey,
    lock: options.lock,
    onProgress: (p) => options.onProgress?.({ done: p.records, total }),
    onComplete: (summary) => (sha256 = summary.sha256),
    signal: options.signal,
  });
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  const entry = await appendAuditAlone(db, {
    at: now.toISOString(),
    userId: options.actor.userId,
    userName: options.actor.userName,
    action: AUDIT_EXPORTED,
    outcome: 'success',
    object: null,
    details: { sha256, throughSeq: headSeq, entries: counts.audit, checkpoints: counts.auditCheckpoints, printLog: counts.printLog },
  });
  return { bytes, counts, sha256, entry };
}

/** The print log's lines up to and including `last`, page by page by the primary key. */
async function* printLogUpTo(db: AirgapDb, last: string): AsyncGenerator<PrintLogEntry[]> {
  let lower: string | null = null;
  for (;;) {
    const range: Collection<PrintLogEntry, string> =
      lower === null ? db.printLog.where(':id').belowOrEqual(last) : db.printLog.where(':id').between(lower, last, false, true);
    const rows: PrintLogEntry[] = await range.limit(PAGE).toArray();
    if (rows.length === 0) return;
    yield rows;
    lower = rows[rows.length - 1]!.id;
  }
}
