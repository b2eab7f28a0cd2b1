import { ArchiveError, declaredBlobs, readArchive, type ArchiveManifest, type ArchiveUnlock } from '../../core/archive-file';
import { BACKUP_KINDS } from '../../core/backup';
import { checkFileRecord } from '../../core/exchange/checks';
import { compareHlc, decodeHlc, HLC_DEFAULT_MAX_DRIFT_MS } from '../../core/hlc';
import { newId } from '../../core/ids';
import { EXCHANGE_KINDS, LINEAGE_KIND, type ExchangeKind } from '../../core/exchange/kinds';
import type { Lineage } from '../../core/exchange/lineage';
import { decideMerge, MERGE_OUTCOMES, type MergeOutcome } from '../../core/exchange/merge';
import type { Department } from '../../core/exchange/department';
import { ClassificationTally } from '../../core/exchange/classification-check';
import { ownLineageForged, ownVersionForged } from '../../core/exchange/own-origin';
import { classificationName, type ClassificationLevel } from '../../core/classification';
import { recordTable, type AirgapDb } from '../db';
import type { InstallationInfo } from '../installation';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import type { AnyRecord } from '../rows/exchange';
import { departmentBySigner } from './departments';
import { lastSequenceSeen, otherTargetOf, type OtherTarget, type SenderSequence } from './replays';
import { ImportRefusedError } from './import-errors';
import { lineageTable } from './lineages';
import {
  clearStaging,
  STAGED_BATCH_BYTES,
  STAGED_BATCH_RECORDS,
  stagedBatch,
  stagingTable,
  VERIFIED_SEQ,
  type StagedBatch,
  type StagedBlobPart,
  type StagedVerification,
} from './staging';
import { ATTACHMENT_KIND, attachmentBlobRef } from '../../core/exchange/attachment-bytes';

/**
 * Import, step 1: decrypt, verify, validate every record, classify each against this database.
 * The file is streamed once; its records go in batches to the staging table (staging.ts), so the
 * memory held is one batch plus counts, lineages and the manifest, whatever the file's size. Writes
 * nothing but staging rows, which `applyImport` reads back in its one transaction.
 */
export const MAX_LISTED_ERRORS = 10;

export type OutcomeCounts = Record<MergeOutcome, number>;

export interface IncomingFile {
  manifest: ArchiveManifest;
  signerPublicKey: string;
  signerFingerprint: string;
  /** The directory entry of the signer: a file of an unknown signer stops at `unknown-signer` (issue 14.10). */
  signer: Department;
  /** The highest classification of the file's records (the manifest declares at least this, or the file was refused). */
  highestClassification: ClassificationLevel | null;
  /** The file's sequence number from its sender and the highest this installation imported before. */
  sequence: SenderSequence | null;
  /** The department `scope.target` names when it is not this one: applying needs the user's confirmation. */
  otherTarget: OtherTarget | null;
  /** The staged records: `batches` rows of `importId` in the staging table, `records` in all. */
  importId: string;
  batches: number;
  records: number;
  /** The file's stored lineages (lineage lines), by record id. */
  lineages: Map<string, Lineage>;
  /** Parts of attachment bytes staged after the batches (seq `batches` + 1 …). */
  blobParts: number;
  /** The file's attachments, for the preview (issue 18.5). */
  attachments: IncomingAttachments;
  /** The highest rev in the file: the clock receives it before the apply writes. */
  latestRev: string | null;
  /**
   * The change log's last `seq` while the preview read the local versions, or null when it moved
   * during the preview. Every write logs a change, so while it is still the last, a batch whose ids
   * the preview found nowhere here (`hasLocals` false, most of a first import) needs no read again.
   */
  localsSeq: number | null;
}

/** At most this many attachments are listed one by one in the preview (all are counted). */
export const MAX_LISTED_ATTACHMENTS = 200;

export interface IncomingAttachment {
  /** The customer's name (from the file, else from here), or its id when neither has it. */
  customer: string;
  title: string;
  fileName: string;
  size: number;
}

/** What the preview shows of the file's attachments: live ones counted and listed (the first MAX_LISTED_ATTACHMENTS), the bytes the file carries. */
export interface IncomingAttachments {
  files: number;
  /** The bytes the file carries (each content once). */
  bytes: number;
  list: IncomingAttachment[];
}

export type ImportPreview =
  | { status: 'unknown-signer'; manifest: ArchiveManifest; signerPublicKey: string; signerFingerprint: string }
  | { status: 'ready'; file: IncomingFile; counts: Partial<Record<ExchangeKind, OutcomeCounts>>; total: OutcomeCounts };

export interface PreviewOptions {
  /** Only the id and public keys are read: a preview needs no secret key (issue 14.6). */
  installation: InstallationInfo;
  now?: () => number;
  signal?: AbortSignal;
  /**
   * Records read so far, of `total` the manifest declares (0 until the manifest is read); once the records are
   * read, the attachments' bytes staged of those declared too (issue 18.5).
   */
  onProgress?: (progress: { records: number; total: number; attachmentBytes?: { done: number; total: number } }) => void;
  /** Records per staged batch; default STAGED_BATCH_RECORDS (memory against transactions). */
  batchRecords?: number;
}

export function emptyCounts(): OutcomeCounts {
  return Object.fromEntries(MERGE_OUTCOMES.map((o) => [o, 0])) as OutcomeCounts;
}

/** An exchange file whole, or streamed a piece at a time (host/file-streams.ts: a file of any size, never held whole). */
export type ArchiveInput = Uint8Array | ReadableStream<Uint8Array>;

/** Throws ArchiveError (wrong key, damaged, tampered, bad signature…) or ImportRefusedError. */
export async function previewImport(db: AirgapDb, input: ArchiveInput, unlock: ArchiveUnlock, options: PreviewOptions): Promise<ImportPreview> {
  // Leftovers of an import that crashed or was abandoned: never data, only disk space.
  await clearStaging(db);
  const importId = newId();
  try {
    const preview = await stageAndClassify(db, importId, input, unlock, options);
    if (preview.status !== 'ready') await clearStaging(db, importId);
    return preview;
  } catch (error) {
    await clearStaging(db, importId);
    throw error;
  }
}

/**
 * The signer is not in the directory (its key card adds it): thrown from inside the read
 * to stop it, as soon as the signer is proven — at line 2 of a format-2 file, before any record is
 * read or staged; at the end of a format-1 file.
 */
class SignerNotKnown {
  constructor(readonly preview: Extract<ImportPreview, { status: 'unknown-signer' }>) {}
}

/** Own file, or a signer not in the directory: decided before anything of the file is used. */
async function checkSigner(db: AirgapDb, manifest: ArchiveManifest, signerFingerprint: string, options: PreviewOptions): Promise<Department> {
  const signerPublicKey = manifest.signerPublicKey;
  if (signerPublicKey === options.installation.keys.signingPublicKey) throw new ImportRefusedError('own-file');
  const signer = await departmentBySigner(db, signerPublicKey);
  // No way around the directory (issue 14.10): an unknown signer is added with its key card first.
  if (!signer) throw new SignerNotKnown({ status: 'unknown-signer', manifest, signerPublicKey, signerFingerprint });
  checkSignerIsSource(signer, manifest);
  return signer;
}

/**
 * A key in the directory belongs to one installation: a file it signed that claims to come from
 * another (manifest `source`) is refused — the claim would otherwise name the file's department in
 * the preview, the history and the conflicts. The installation id is the identity; the department
 * NAME may differ (the directory entry can be renamed here by hand), and what is shown is the
 * directory's name for the key, never the claim.
 */
function checkSignerIsSource(signer: Department, manifest: ArchiveManifest): void {
  if (signer.installationId === manifest.source.installationId) return;
  throw new ImportRefusedError('signer-source-mismatch', [], {
    directory: signer.name,
    fingerprint: signer.fingerprint,
    claimed: `${manifest.source.organisation} · ${manifest.source.department}`,
  });
}

async function stageAndClassify(db: AirgapDb, importId: string, input: ArchiveInput, unlock: ArchiveUnlock, options: PreviewOptions): Promise<ImportPreview> {
  const seqBefore = await lastChangeSeq(db);
  let staged: StagedFile;
  let signer: Department;
  try {
    staged = await stageIncoming(db, importId, input, unlock, options);
    signer = await checkSigner(db, staged.manifest, staged.signerFingerprint, options);
  } catch (error) {
    if (error instanceof SignerNotKnown) return error.preview;
    throw error;
  }
  await checkCustomersExist(db, staged.customers);
  const ownId = options.installation.installationId;
  await checkOwnLineages(db, ownId, staged.ownLineageClaims);
  const counts: Partial<Record<ExchangeKind, OutcomeCounts>> = {};
  const total = emptyCounts();
  const count = (kind: ExchangeKind, outcome: MergeOutcome, n: number) => {
    const row = (counts[kind] ??= emptyCounts());
    row[outcome] += n;
    total[outcome] += n;
  };
  // Rows in the file's order of kinds (the manifest's), as the preview table lists them.
  for (const [kind, n] of Object.entries(staged.manifest.counts)) if (kind !== LINEAGE_KIND && n > 0) counts[kind as ExchangeKind] = emptyCounts();
  for (const [kind, n] of staged.unmatched) count(kind, 'new', n);
  // Only the batches with local versions need classifying against them: read back one at a time.
  for (const seq of staged.withLocals) {
    const batch = await stagedBatch(db, importId, seq);
    if (!batch) throw new ImportRefusedError('preview-expired'); // cleared by a preview in another window
    const locals = await readLocals(
      db,
      batch.kind,
      batch.records.map((r) => r.id),
    );
    for (const { decision } of classify(batch.records, staged.lineages, locals, ownId)) count(batch.kind, decision.outcome, 1);
  }
  const seqAfter = await lastChangeSeq(db);
  const verification: StagedVerification = {
    importId,
    seq: VERIFIED_SEQ,
    verified: true,
    batches: staged.batches,
    blobParts: staged.blobParts,
    sha256: staged.sha256,
  };
  await stagingTable(db).put(verification);
  const { customers: _customers, unmatched: _unmatched, withLocals: _withLocals, sha256: _sha256, ownLineageClaims: _claims, listing, ...file } = staged;
  const attachments = await listing.resolve(db, declaredBlobs(staged.manifest).bytes);
  const sequence =
    staged.manifest.formatVersion !== 1 && staged.manifest.sequence !== undefined
      ? { number: staged.manifest.sequence, lastSeen: await lastSequenceSeen(db, staged.signerPublicKey) }
      : null;
  const otherTarget = await otherTargetOf(db, staged.manifest.scope, options.installation);
  return {
    status: 'ready',
    file: { ...file, attachments, importId, signer, sequence, otherTarget, localsSeq: seqBefore === seqAfter ? seqAfter : null },
    counts,
    total,
  };
}

export async function lastChangeSeq(db: AirgapDb): Promise<number> {
  return ((await db.changes.orderBy('seq').lastKey()) as number | undefined) ?? 0;
}

/**
 * The local versions and stored lineages of the given records, those that exist: one key-range
 * walk over the ids (sorted) instead of one request per id — most ids of an import are new here.
 */
export async function readLocals(db: AirgapDb, kind: ExchangeKind, ids: readonly string[]) {
  if (ids.length === 0) return { records: new Map<string, AnyRecord>(), lineages: new Map<string, Lineage>() };
  const [records, lineages] = await Promise.all([recordTable(db, kind).where(':id').anyOf(ids).toArray(), lineageTable(db).where(':id').anyOf(ids).toArray()]);
  return { records: new Map(records.map((r) => [r.id, r])), lineages: new Map(lineages.map((l) => [l.id, l.seen])) };
}

/**
 * Each incoming record of one kind with its local version and the merge decision. A version
 * claiming this installation (`ownInstallationId`) as origin that it does not hold refuses the
 * whole file (core/exchange/own-origin.ts): the preview and the apply both classify through here.
 */
export function classify(
  records: AnyRecord[],
  lineages: Map<string, Lineage>,
  locals: { records: Map<string, AnyRecord>; lineages: Map<string, Lineage> },
  ownInstallationId: string,
) {
  return records.map((incoming) => {
    const local = locals.records.get(incoming.id);
    const localLineage = locals.lineages.get(incoming.id);
    const incomingLineage = lineages.get(incoming.id);
    if (ownVersionForged(ownInstallationId, incoming, local, localLineage) || ownLineageForged(ownInstallationId, incomingLineage, local, localLineage)) {
      throw forgedOwnOrigin(incoming.id);
    }
    return { incoming, local, localLineage, decision: decideMerge(incoming, incomingLineage, local, localLineage) };
  });
}

/** `what`: the record ("kind id" where the kind is known here), listed under the message. */
function forgedOwnOrigin(what: string): ImportRefusedError {
  return new ImportRefusedError('forged-own-origin', [what]);
}

/**
 * Lineages that claim to have seen a version made here: checked against what this installation
 * holds of each record (its local version and stored lineage). Most files have none (their records
 * were never here); a relay of our own records names them, and those records are here.
 */
async function checkOwnLineages(db: AirgapDb, ownId: string, claims: Map<ExchangeKind, Map<string, Lineage>>): Promise<void> {
  for (const [kind, byId] of claims) {
    const ids = [...byId.keys()];
    for (let i = 0; i < ids.length; i += STAGED_BATCH_RECORDS) {
      const slice = ids.slice(i, i + STAGED_BATCH_RECORDS);
      const locals = await readLocals(db, kind, slice);
      const forged = slice.find((id) => ownLineageForged(ownId, byId.get(id), locals.records.get(id), locals.lineages.get(id)));
      if (forged !== undefined) throw forgedOwnOrigin(`${LINEAGE_KIND} ${forged}`);
    }
  }
}

/** What the customer check needs, without the records: the file's customer ids, and who needs which other customer. */
interface CustomerRefs {
  inFile: Set<string>;
  /** customerId → the first record naming it ("kind id"), for customers not (yet) seen in the file. */
  wanted: Map<string, string>;
}

interface StagedFile {
  manifest: ArchiveManifest;
  signerPublicKey: string;
  signerFingerprint: string;
  sha256: string;
  batches: number;
  blobParts: number;
  records: number;
  lineages: Map<string, Lineage>;
  latestRev: string | null;
  customers: CustomerRefs;
  listing: AttachmentListing;
  /** Records per kind of the batches none of whose ids exist here: all `new`, whatever the lineages. */
  unmatched: Map<ExchangeKind, number>;
  /** The batches that met local versions: classified once the file's lineages (its last lines) are read. */
  withLocals: number[];
  /** The lineages naming this installation, by kind: checked against what it holds once the file verified. */
  ownLineageClaims: Map<ExchangeKind, Map<string, Lineage>>;
  highestClassification: ClassificationLevel | null;
}

async function stageIncoming(db: AirgapDb, importId: string, input: ArchiveInput, unlock: ArchiveUnlock, options: PreviewOptions): Promise<StagedFile> {
  const lineages = new Map<string, Lineage>();
  const customers: CustomerRefs = { inFile: new Set(), wanted: new Map() };
  const unmatched = new Map<ExchangeKind, number>();
  const withLocals: number[] = [];
  const errors: string[] = [];
  const latest = (options.now ?? Date.now)() + HLC_DEFAULT_MAX_DRIFT_MS;
  const ownId = options.installation.installationId;
  const ownLineageClaims = new Map<ExchangeKind, Map<string, Lineage>>();
  const classification = new ClassificationTally();
  let latestRev: string | null = null;
  let drifted: string | null = null;
  let forged: string | null = null;
  let manifest: ArchiveManifest | null = null;
  let count = 0;
  let total = 0;
  let batches = 0;
  let blobParts = 0;
  let blobBytes = 0;
  const listing = new AttachmentListing();
  let pending: { kind: ExchangeKind; records: AnyRecord[]; bytes: number } | null = null;
  const batchRecords = options.batchRecords ?? STAGED_BATCH_RECORDS;
  // Once a record is invalid the file will be refused: validation goes on (to list the first
  // errors, and the hash and signature decide the message), staging stops.
  const flush = async () => {
    if (!pending || pending.records.length === 0 || errors.length > 0) return;
    const { kind, records } = pending;
    pending = null;
    const locals = await readLocals(
      db,
      kind,
      records.map((r) => r.id),
    );
    const hasLocals = locals.records.size > 0 || locals.lineages.size > 0;
    const batch: StagedBatch = { importId, seq: ++batches, kind, records, hasLocals };
    await stagingTable(db).add(batch);
    if (hasLocals) withLocals.push(batch.seq);
    else unmatched.set(kind, (unmatched.get(kind) ?? 0) + records.length);
    // Nothing of these records is here: one claiming to be made here was not (the others are classified later).
    const claimed = hasLocals ? undefined : records.find((r) => ownVersionForged(ownId, r, undefined, undefined));
    if (claimed) forged ??= `${kind} ${claimed.id}`;
  };
  const exchanged: readonly string[] = [...EXCHANGE_KINDS, LINEAGE_KIND];
  // Backup kinds are let through the reader's manifest check only so that a backup file gets its
  // own message; any other file declaring them is refused as unknown kinds right after.
  const knownKinds = [...new Set([...exchanged, ...BACKUP_KINDS])];
  const readOptions = { knownKinds, supportedSchemaVersion: CURRENT_SCHEMA_VERSION, blobRef: attachmentBlobRef, signal: options.signal };
  for await (const event of readArchive(input, unlock, readOptions)) {
    if (event.type === 'manifest') {
      if (event.manifest.scope.type === 'backup') throw new ImportRefusedError('not-an-exchange-file');
      const foreign = Object.keys(event.manifest.counts).find((kind) => !exchanged.includes(kind));
      if (foreign !== undefined) throw new ArchiveError('unknown-kind', `manifest declares kind ${foreign}`, { line: 1 });
      if (event.signed) await checkSigner(db, event.manifest, event.signerFingerprint, options);
      manifest = event.manifest;
      total = Object.entries(manifest.counts).reduce((sum, [kind, n]) => (kind === LINEAGE_KIND ? sum : sum + n), 0);
    } else if (event.type === 'record') {
      // The shared check list (core/exchange/checks.ts): what is staged is the schema's output, tidied as a
      // form's input, never the record as read (issue 14.1).
      const verdict = checkFileRecord(event.kind, event.record);
      if (!verdict.ok) {
        if (errors.length < MAX_LISTED_ERRORS) errors.push(`#${event.line} ${event.kind}: ${verdict.problem}`);
        continue;
      }
      if (event.kind === LINEAGE_KIND) {
        const seen = verdict.record.seen as Lineage;
        lineages.set(verdict.record.id as string, seen);
        // Every rev in the file is drift-checked: a lineage's revs decide "updated" against "conflict" too.
        if (!drifted && Object.values(seen).some((rev) => decodeHlc(rev).wallMs > latest)) drifted = `${LINEAGE_KIND} ${String(verdict.record.id)}`;
        if (seen[ownId] !== undefined) noteOwnClaim(ownLineageClaims, verdict.record.kind as ExchangeKind, verdict.record.id as string, seen);
        continue;
      }
      const kind = event.kind as ExchangeKind;
      // Validated above against its kind's schema, which includes the envelope.
      const record = verdict.record as AnyRecord;
      if (!drifted && decodeHlc(record.rev).wallMs > latest) drifted = `${kind} ${record.id}`;
      if (latestRev === null || compareHlc(record.rev, latestRev) > 0) latestRev = record.rev;
      noteCustomer(customers, kind, record);
      listing.note(kind, record);
      classification.add(record);
      if (pending && pending.kind !== kind) await flush();
      pending ??= { kind, records: [], bytes: 0 };
      pending.records.push(record);
      // Bounded by bytes as well as records (issue 14.2): big-but-valid records fill a batch sooner.
      pending.bytes += event.bytes;
      if (pending.records.length >= batchRecords || pending.bytes >= STAGED_BATCH_BYTES) await flush();
      if (++count % 1000 === 0) options.onProgress?.({ records: count, total });
    } else if (event.type === 'blob') {
      // Attachment bytes follow every record (the reader refuses a record after them): the last
      // batch first, then each part as a Blob of its own, after the batches. The reader has checked
      // the part's place; the content's digest is checked at its last part, the file's at the end.
      if (blobParts === 0) await flush();
      if (errors.length > 0) continue;
      const { sha256, part, parts, size, data } = event;
      const row: StagedBlobPart = {
        importId,
        seq: batches + ++blobParts,
        blobPart: { sha256, part, parts, size, data: new Blob([data as Uint8Array<ArrayBuffer>]) },
      };
      await stagingTable(db).add(row);
      blobBytes += data.length;
      options.onProgress?.({ records: count, total, attachmentBytes: { done: blobBytes, total: declaredBlobs(manifest!).bytes } });
    } else {
      // Only now is the file known to be intact and signed: refuse what its records failed.
      if (errors.length > 0) throw new ImportRefusedError('invalid-records', errors);
      if (drifted) throw new ImportRefusedError('clock-drift', [drifted]);
      checkClassification(manifest!.highestClassification, classification);
      await flush();
      if (forged) throw forgedOwnOrigin(forged);
      return {
        manifest: manifest!,
        signerPublicKey: event.signerPublicKey,
        signerFingerprint: event.signerFingerprint,
        sha256: event.sha256,
        batches,
        blobParts,
        records: count,
        lineages,
        latestRev,
        customers,
        unmatched,
        withLocals,
        ownLineageClaims,
        highestClassification: classification.highest,
        listing,
      };
    }
  }
  throw new Error('the archive ended without verification');
}

function noteOwnClaim(claims: Map<ExchangeKind, Map<string, Lineage>>, kind: ExchangeKind, id: string, seen: Lineage): void {
  let byId = claims.get(kind);
  if (!byId) claims.set(kind, (byId = new Map()));
  byId.set(id, seen);
}

/** The same check as the CLI's: a manifest must declare at least the highest classification of its records. */
function checkClassification(declared: ClassificationLevel | null, tally: ClassificationTally): void {
  const above = tally.above(declared);
  if (above === null) return;
  throw new ImportRefusedError('classification-above-manifest', [], {
    declared: declared === null ? '—' : classificationName(declared),
    found: classificationName(above),
  });
}

/** A customer's records need the customer: here already, or in the same file. */
function noteCustomer(refs: CustomerRefs, kind: ExchangeKind, record: AnyRecord): void {
  if (kind === 'customers') {
    refs.inFile.add(record.id);
    return;
  }
  const customerId = record.customerId;
  if (typeof customerId === 'string' && !refs.inFile.has(customerId) && !refs.wanted.has(customerId)) refs.wanted.set(customerId, `${kind} ${record.id}`);
}

async function checkCustomersExist(db: AirgapDb, refs: CustomerRefs): Promise<void> {
  // A customer may come after a record naming it (the format does not order kinds).
  const ids = [...refs.wanted.keys()].filter((id) => !refs.inFile.has(id));
  const found = await db.customers.bulkGet(ids);
  const missing = ids.filter((_, i) => !found[i]).map((id) => `${refs.wanted.get(id)} → customer ${id}`);
  if (missing.length > 0) throw new ImportRefusedError('missing-customer', missing.slice(0, MAX_LISTED_ERRORS));
}

/**
 * The file's live attachments as the preview lists them, gathered while the records stream by:
 * customer names of the file are kept (a few thousand at most) so that each row names its customer.
 */
class AttachmentListing {
  private files = 0;
  private readonly list: Array<Omit<IncomingAttachment, 'customer'> & { customerId: string }> = [];
  private readonly names = new Map<string, string>();

  note(kind: ExchangeKind, record: AnyRecord): void {
    if (kind === 'customers' && typeof record.name === 'string') this.names.set(record.id, record.name);
    if (kind !== ATTACHMENT_KIND || record.deletedAt !== null) return;
    this.files++;
    if (this.list.length >= MAX_LISTED_ATTACHMENTS) return;
    const { customerId, title, fileName, size } = record as AnyRecord & { customerId: string; title: string; fileName: string; size: number };
    this.list.push({ customerId, title, fileName, size });
  }

  async resolve(db: AirgapDb, bytes: number): Promise<IncomingAttachments> {
    const unknown = [...new Set(this.list.map((a) => a.customerId).filter((id) => !this.names.has(id)))];
    const found = await db.customers.bulkGet(unknown);
    for (const customer of found) if (customer) this.names.set(customer.id, customer.name);
    const list = this.list.map(({ customerId, ...rest }) => ({ customer: this.names.get(customerId) ?? customerId, ...rest }));
    return { files: this.files, bytes, list };
  }
}
