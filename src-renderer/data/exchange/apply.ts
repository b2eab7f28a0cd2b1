import { diffFields, MAX_RECORDS_PER_ENTRY, type ChangeEntry, type ChangeSigner } from '../../core/change-log';
import { requirePermission } from '../../core/accounts';
import { ENVELOPE_FIELDS, type Envelope } from '../../core/envelope';
import type { AnyRecord } from '../rows/exchange';
import { compareHlc } from '../../core/hlc';
import { EXCHANGE_KINDS, type ExchangeKind } from '../../core/exchange/kinds';
import { lineageOf, sameLineage, type Lineage } from '../../core/exchange/lineage';
import { newId } from '../../core/ids';
import { recordTable, type AirgapDb } from '../db';
import type { WriteContext } from '../write-context';
import { conflictTable, type ConflictRow } from './conflicts';
import { lineageTable, type LineageRow } from './lineages';
import { ImportRefusedError } from './import-errors';
import { classify, emptyCounts, lastChangeSeq, readLocals, type IncomingFile, type OutcomeCounts } from './preview';
import { clearStaging, stagedBatch, stagedBlobPart, stagedVerification, stagingTable } from './staging';
import { attachmentTables } from '../attachments';
import { rememberSequence } from './replays';
import { auditImport } from './intake-audit';

/**
 * Import, step 2: everything in ONE Dexie transaction — winners written as they are (they keep
 * their origin's rev: a new rev here would make every import look like a local edit and echo back
 * as a conflict), a change-log entry per applied record, losers kept as conflicts, lineages. The
 * records come from the preview's staging rows (staging.ts), read batch by batch inside the
 * transaction (IndexedDB requests only, so it stays open), and those rows are deleted in it too.
 * Classification is redone inside the transaction: the database may have changed since the preview.
 */
export interface ImportReport {
  counts: Partial<Record<string, OutcomeCounts>>;
  total: OutcomeCounts;
  /** Ids of the conflict rows written. */
  conflictIds: string[];
}

const NO_LOCALS = { records: new Map<string, AnyRecord>(), lineages: new Map<string, Lineage>() };

export interface ApplyOptions {
  /** The user saw that the file is addressed to another department (`file.otherTarget`) and imports it anyway. */
  confirmedOtherTarget?: boolean;
}

/**
 * Who signed the file, as the history and the conflicts keep it: the directory's name for the key
 * (never the manifest's claim; a file is read only once its signer is in the directory, issue 14.10)
 * and the key's fingerprint.
 */
export function signerOf(file: IncomingFile): ChangeSigner {
  return { name: file.signer.name, fingerprint: file.signerFingerprint };
}

export async function applyImport(
  db: AirgapDb,
  file: IncomingFile,
  ctx: WriteContext,
  onProgress?: (progress: { done: number; total: number }) => void,
  options: ApplyOptions = {},
): Promise<ImportReport> {
  // Imported rows are written as they came (not through records.ts), so the import itself is the check.
  requirePermission(ctx.actor, 'exchange.import');
  if (file.otherTarget && !options.confirmedOtherTarget) {
    throw new ImportRefusedError('other-target', [], { target: file.otherTarget.department ?? file.otherTarget.installationId ?? '—' });
  }
  // Received revs advance this clock first (drift was checked in the preview), so that a local edit
  // made after the import sorts after what it imported — but never past a few minutes ahead of this
  // PC's time (core/hlc.ts HLC_MAX_RECEIVE_LEAD_MS); an edit of a version further ahead still sorts
  // after it (records.ts stamps it with `nowAfter`).
  if (file.latestRev !== null) ctx.clock.receive(file.latestRev);
  const kinds = EXCHANGE_KINDS.filter((k) => (file.manifest.counts[k] ?? 0) > 0);
  const blobTable = attachmentTables(db).attachmentBlobs;
  const tables = [
    ...kinds.map((k) => recordTable(db, k)),
    db.changes,
    lineageTable(db),
    conflictTable(db),
    stagingTable(db),
    db.meta,
    db.audit,
    ...(file.blobParts > 0 ? [blobTable] : []),
  ];
  const at = ctx.now().toISOString();
  const signer = signerOf(file);
  const source = { sourceInstallationId: file.signer.installationId, sourceDepartment: signer.name, signer };
  return db.transaction('rw', tables, async () => {
    // Only a staging set whose whole file verified is applied; a newer preview (here or in another
    // window) clears the older one's rows.
    const verification = await stagedVerification(db, file.importId);
    if (!verification?.verified || verification.batches !== file.batches || (verification.blobParts ?? 0) !== file.blobParts) {
      throw new ImportRefusedError('preview-expired');
    }
    const report: ImportReport = { counts: {}, total: emptyCounts(), conflictIds: [] };
    // Nothing written since the preview (no change logged): the batches it found nowhere here
    // still are, and need no read.
    const trustPreview = file.localsSeq !== null && file.localsSeq === (await lastChangeSeq(db));
    const created = new Map<ExchangeKind, CreatedBatches>();
    let done = 0;
    for (let seq = 1; seq <= file.batches; seq++) {
      const batch = await stagedBatch(db, file.importId, seq);
      // Cleared under it by a preview started in another window while this one was staging.
      if (!batch) throw new ImportRefusedError('preview-expired');
      const { kind, records, hasLocals } = batch;
      const locals =
        trustPreview && !hasLocals
          ? NO_LOCALS
          : await readLocals(
              db,
              kind,
              records.map((r) => r.id),
            );
      const counts = (report.counts[kind] ??= emptyCounts());
      const createdOfKind = created.get(kind) ?? new CreatedBatches(kind, at, signer);
      created.set(kind, createdOfKind);
      const winners: AnyRecord[] = [];
      const entries: ChangeEntry[] = [];
      const lineages: LineageRow[] = [];
      const conflicts: ConflictRow[] = [];
      for (const { incoming, local, localLineage, decision } of classify(records, file.lineages, locals, ctx.origin)) {
        counts[decision.outcome]++;
        report.total[decision.outcome]++;
        // No row when the lineage is just the kept version's own (origin, rev): that is implied
        // (core/exchange/lineage.ts), and a later local write records it (rememberReplacedVersions).
        const kept = decision.winner === 'incoming' ? incoming : local!;
        const implied = !localLineage && sameLineage(decision.lineage, lineageOf(kept, undefined));
        if (!implied && (!localLineage || !sameLineage(localLineage, decision.lineage))) lineages.push({ id: incoming.id, kind, seen: decision.lineage });
        if (decision.winner === 'incoming') {
          winners.push(incoming);
          if (local) entries.push({ ...changeEntry(kind, incoming, local, at), signer });
          else createdOfKind.add(incoming);
        }
        if (decision.loser) {
          const loser = (decision.loser === 'local' ? local : incoming) as ConflictRow['loser'];
          const winner = decision.winner === 'local' ? local! : incoming;
          conflicts.push({
            id: newId(),
            kind,
            recordId: incoming.id,
            loser,
            loserSide: decision.loser,
            winnerRev: winner.rev,
            winnerOrigin: winner.origin,
            ...source,
            detectedAt: at,
            status: 'open',
            resolvedAt: null,
            resolvedBy: null,
          });
        }
      }
      await recordTable(db, kind).bulkPut(winners);
      await db.changes.bulkAdd(entries);
      await lineageTable(db).bulkPut(lineages);
      await conflictTable(db).bulkAdd(conflicts);
      report.conflictIds.push(...conflicts.map((c) => c.id));
      done += records.length;
      onProgress?.({ done, total: file.records });
    }
    await storeContents(db, file);
    // One create entry per kind, origin and operator for the whole file, as before staging.
    await db.changes.bulkAdd([...created.values()].flatMap((c) => c.entries()));
    if (file.manifest.formatVersion !== 1 && file.manifest.sequence !== undefined) await rememberSequence(db, file.signerPublicKey, file.manifest.sequence);
    await clearStaging(db, file.importId);
    // Audited in this transaction (issue 15.5): the entry is there exactly when the import is.
    await auditImport(db, ctx, file, report.total);
    return report;
  });
}

/**
 * The attachments' bytes (issue 18.5), in this same transaction: each content's parts, staged as
 * Blobs by the preview (which checked their digest), joined as one Blob — never read into memory —
 * and stored under their sha256 unless this database holds that content already.
 */
async function storeContents(db: AirgapDb, file: IncomingFile): Promise<void> {
  const blobs = attachmentTables(db).attachmentBlobs;
  let parts: Blob[] = [];
  for (let i = 1; i <= file.blobParts; i++) {
    const row = await stagedBlobPart(db, file.importId, file.batches + i);
    if (!row) throw new ImportRefusedError('preview-expired');
    const { sha256, part, parts: total, size, data } = row.blobPart;
    if (part !== parts.length + 1) throw new ImportRefusedError('preview-expired');
    parts.push(data);
    if (part < total) continue;
    if ((await blobs.where(':id').equals(sha256).count()) === 0) await blobs.add({ sha256, size, blob: new Blob(parts) });
    parts = [];
  }
  if (parts.length > 0) throw new ImportRefusedError('preview-expired');
}

/**
 * New records are logged the way `createRecords` logs a batch (core/change-log.ts): one `create`
 * entry per origin and operator, listing the records (several past MAX_RECORDS_PER_ENTRY). One
 * row per record made the change log cost as much as the records themselves. The entry's rev is
 * the batch's highest (each record keeps its own rev); `changedSince` and the history screens need
 * only the ids, origin and operator.
 */
class CreatedBatches {
  private readonly groups = new Map<string, ChangeEntry>();
  /** Groups that reached MAX_RECORDS_PER_ENTRY (core/change-log.ts): a new entry takes the next records. */
  private readonly full: ChangeEntry[] = [];

  constructor(
    private readonly table: string,
    private readonly at: string,
    private readonly signer: ChangeSigner,
  ) {}

  add(record: Envelope): void {
    const key = `${record.origin}\u0000${record.updatedBy}`;
    const group = this.groups.get(key);
    if (!group || group.recordIds.length >= MAX_RECORDS_PER_ENTRY) {
      if (group) this.full.push(group);
      this.groups.set(key, {
        table: this.table,
        recordIds: [record.id],
        op: 'create',
        rev: record.rev,
        origin: record.origin,
        by: record.updatedBy,
        at: this.at,
        fields: [],
        signer: this.signer,
      });
    } else {
      group.recordIds.push(record.id);
      if (compareHlc(record.rev, group.rev) > 0) group.rev = record.rev;
    }
  }

  entries(): ChangeEntry[] {
    return [...this.full, ...this.groups.values()];
  }
}

/**
 * The history entry of an imported version that replaced a local one, in the ops history screens
 * already know: who made it (its origin and operator), what changed against the version it replaced.
 */
function changeEntry(table: string, incoming: AnyRecord, local: AnyRecord, at: string): ChangeEntry {
  const base = { table, recordIds: [incoming.id], rev: incoming.rev, origin: incoming.origin, by: incoming.updatedBy, at };
  const fields = diffFields(local, incoming, ENVELOPE_FIELDS);
  const deletedChanged = local.deletedAt !== incoming.deletedAt;
  const deletion = { field: 'deletedAt', before: local.deletedAt, after: incoming.deletedAt };
  if (deletedChanged && fields.length === 0) return { ...base, op: incoming.deletedAt === null ? 'restore' : 'delete', fields: [deletion] };
  return { ...base, op: 'update', fields: deletedChanged ? [...fields, deletion] : fields };
}
