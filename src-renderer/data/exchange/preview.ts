import { ArchiveError, readArchive, type ArchiveManifest, type ArchiveUnlock } from '../../core/archive';
import { BACKUP_KINDS, validateBackupRecord } from '../../core/backup';
import { decodeHlc, HLC_DEFAULT_MAX_DRIFT_MS } from '../../core/hlc';
import { EXCHANGE_KINDS, LINEAGE_KIND, lineageLineSchema, type ExchangeKind } from '../../core/exchange/kinds';
import type { Lineage } from '../../core/exchange/lineage';
import { decideMerge, MERGE_OUTCOMES, type MergeOutcome } from '../../core/exchange/merge';
import type { Department } from '../../core/exchange/department';
import type { Envelope } from '../../core/envelope';
import type { AirgapDb } from '../db';
import type { Installation } from '../installation';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { departmentBySigner } from './departments';
import { ImportRefusedError } from './import-errors';
import { lineageTable } from './lineages';

/**
 * Import, step 1: decrypt, verify, validate every record, classify each against this database.
 * Writes nothing. The records are held in memory until `applyImport` (one transaction).
 */
export const MAX_LISTED_ERRORS = 10;

export type OutcomeCounts = Record<MergeOutcome, number>;

export interface IncomingFile {
  manifest: ArchiveManifest;
  signerPublicKey: string;
  signerFingerprint: string;
  /** The directory entry of the signer; null when unknown (accepted by the user) or this installation. */
  signer: Department | null;
  records: Map<ExchangeKind, Envelope[]>;
  lineages: Map<string, Lineage>;
  /** Set by the preview; absent when the file was read without one. */
  snapshot?: LocalSnapshot;
}

export type ImportPreview =
  | { status: 'unknown-signer'; manifest: ArchiveManifest; signerPublicKey: string; signerFingerprint: string }
  | { status: 'ready'; file: IncomingFile; counts: Partial<Record<ExchangeKind, OutcomeCounts>>; total: OutcomeCounts };

export interface PreviewOptions {
  installation: Installation;
  /** The user saw the fingerprint of a signer not in the directory and accepted it. */
  acceptUnknownSigner?: boolean;
  now?: () => number;
  signal?: AbortSignal;
  /** Records read so far, of `total` the manifest declares (0 until the manifest is read). */
  onProgress?: (progress: { records: number; total: number }) => void;
}

export function emptyCounts(): OutcomeCounts {
  return Object.fromEntries(MERGE_OUTCOMES.map((o) => [o, 0])) as OutcomeCounts;
}

/** Throws ArchiveError (wrong key, damaged, tampered, bad signature…) or ImportRefusedError. */
export async function previewImport(db: AirgapDb, bytes: Uint8Array, unlock: ArchiveUnlock, options: PreviewOptions): Promise<ImportPreview> {
  const file = await readIncoming(bytes, unlock, options);
  if (file.signerPublicKey === options.installation.keys.signingPublicKey) throw new ImportRefusedError('own-file');
  const signer = await departmentBySigner(db, file.signerPublicKey);
  if (!signer && !options.acceptUnknownSigner) {
    return { status: 'unknown-signer', manifest: file.manifest, signerPublicKey: file.signerPublicKey, signerFingerprint: file.signerFingerprint };
  }
  await checkCustomersExist(db, file.records);
  const counts: Partial<Record<ExchangeKind, OutcomeCounts>> = {};
  const total = emptyCounts();
  const snapshot: LocalSnapshot = { seq: 0, records: new Map(), lineages: new Map() };
  await db.transaction('r', [db.changes, lineageTable(db), ...[...file.records.keys()].map((k) => db.table(k))], async () => {
    snapshot.seq = await lastChangeSeq(db);
    for (const [kind, records] of file.records) {
      const locals = await readLocals(db, kind, records.map((r) => r.id));
      snapshot.records.set(kind, locals.records);
      for (const [id, seen] of locals.lineages) snapshot.lineages.set(id, seen);
      const row = (counts[kind] = emptyCounts());
      for (const { decision } of classify(records, file.lineages, locals)) {
        row[decision.outcome]++;
        total[decision.outcome]++;
      }
    }
  });
  return { status: 'ready', file: { ...file, signer: signer ?? null, snapshot }, counts, total };
}

/**
 * What this database held for the file's records when the preview classified them: only the ids
 * that exist here (a first import finds none), and the change log's last `seq` then. Every write
 * logs a change, so while that `seq` is still the last, `applyImport` can trust these instead of
 * reading every record again (the reads were a third of an import's time).
 */
export interface LocalSnapshot {
  seq: number;
  records: Map<ExchangeKind, Map<string, Envelope>>;
  lineages: Map<string, Lineage>;
}

export async function lastChangeSeq(db: AirgapDb): Promise<number> {
  return ((await db.changes.orderBy('seq').lastKey()) as number | undefined) ?? 0;
}

/**
 * The local versions and stored lineages of the given records, those that exist: one key-range
 * walk over the ids (sorted) instead of one request per id — most ids of an import are new here.
 */
export async function readLocals(db: AirgapDb, kind: ExchangeKind, ids: readonly string[]) {
  if (ids.length === 0) return { records: new Map<string, Envelope>(), lineages: new Map<string, Lineage>() };
  const [records, lineages] = await Promise.all([
    db.table(kind).where(':id').anyOf(ids).toArray() as Promise<Envelope[]>,
    lineageTable(db).where(':id').anyOf(ids).toArray(),
  ]);
  return { records: new Map(records.map((r) => [r.id, r])), lineages: new Map(lineages.map((l) => [l.id, l.seen])) };
}

/** Each incoming record of one kind with its local version and the merge decision. */
export function classify(records: Envelope[], lineages: Map<string, Lineage>, locals: { records: Map<string, Envelope>; lineages: Map<string, Lineage> }) {
  return records.map((incoming) => {
    const local = locals.records.get(incoming.id);
    const localLineage = locals.lineages.get(incoming.id);
    return { incoming, local, localLineage, decision: decideMerge(incoming, lineages.get(incoming.id), local, localLineage) };
  });
}

async function readIncoming(bytes: Uint8Array, unlock: ArchiveUnlock, options: PreviewOptions): Promise<Omit<IncomingFile, 'signer'>> {
  const records = new Map<ExchangeKind, Envelope[]>();
  const lineages = new Map<string, Lineage>();
  const errors: string[] = [];
  const latest = (options.now ?? Date.now)() + HLC_DEFAULT_MAX_DRIFT_MS;
  let drifted: string | null = null;
  let manifest: ArchiveManifest | null = null;
  let count = 0;
  let total = 0;
  const exchanged: readonly string[] = [...EXCHANGE_KINDS, LINEAGE_KIND];
  // Backup kinds are let through the reader's manifest check only so that a backup file gets its
  // own message; any other file declaring them is refused as unknown kinds right after.
  const knownKinds = [...new Set([...exchanged, ...BACKUP_KINDS])];
  for await (const event of readArchive(bytes, unlock, { knownKinds, supportedSchemaVersion: CURRENT_SCHEMA_VERSION, signal: options.signal })) {
    if (event.type === 'manifest') {
      if (event.manifest.scope.type === 'backup') throw new ImportRefusedError('not-an-exchange-file');
      const foreign = Object.keys(event.manifest.counts).find((kind) => !exchanged.includes(kind));
      if (foreign !== undefined) throw new ArchiveError('unknown-kind', `manifest declares kind ${foreign}`, { line: 1 });
      manifest = event.manifest;
      total = Object.entries(manifest.counts).reduce((sum, [kind, n]) => (kind === LINEAGE_KIND ? sum : sum + n), 0);
    } else if (event.type === 'record') {
      const problem = event.kind === LINEAGE_KIND ? lineageProblem(event.record) : validateBackupRecord(event.kind, event.record);
      if (problem !== null) {
        if (errors.length < MAX_LISTED_ERRORS) errors.push(`#${event.line} ${event.kind}: ${problem}`);
        continue;
      }
      if (event.kind === LINEAGE_KIND) {
        lineages.set(event.record.id as string, event.record.seen as Lineage);
        continue;
      }
      const record = event.record as unknown as Envelope;
      if (!drifted && decodeHlc(record.rev).wallMs > latest) drifted = `${event.kind} ${record.id}`;
      const list = records.get(event.kind as ExchangeKind) ?? [];
      list.push(record);
      records.set(event.kind as ExchangeKind, list);
      if (++count % 1000 === 0) options.onProgress?.({ records: count, total });
    } else {
      // Only now is the file known to be intact and signed: refuse what its records failed.
      if (errors.length > 0) throw new ImportRefusedError('invalid-records', errors);
      if (drifted) throw new ImportRefusedError('clock-drift', [drifted]);
      return { manifest: manifest!, signerPublicKey: event.signerPublicKey, signerFingerprint: event.signerFingerprint, records, lineages };
    }
  }
  throw new Error('the archive ended without verification');
}

function lineageProblem(record: unknown): string | null {
  const result = lineageLineSchema.safeParse(record);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.') || '(record)'}: ${issue.message}`;
}

/** A customer's records need the customer: here already, or in the same file. */
async function checkCustomersExist(db: AirgapDb, records: Map<ExchangeKind, Envelope[]>): Promise<void> {
  const inFile = new Set((records.get('customers') ?? []).map((c) => c.id));
  const wanted = new Map<string, string>();
  for (const [kind, rows] of records) {
    if (kind === 'customers') continue;
    for (const row of rows) {
      const customerId = (row as { customerId?: unknown }).customerId;
      if (typeof customerId === 'string' && !inFile.has(customerId) && !wanted.has(customerId)) wanted.set(customerId, `${kind} ${row.id}`);
    }
  }
  const ids = [...wanted.keys()];
  const found = await db.table('customers').bulkGet(ids);
  const missing = ids.filter((_, i) => !found[i]).map((id) => `${wanted.get(id)} → customer ${id}`);
  if (missing.length > 0) throw new ImportRefusedError('missing-customer', missing.slice(0, MAX_LISTED_ERRORS));
}
