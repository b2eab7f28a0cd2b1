import { readFile } from 'node:fs/promises';
import {
  SCOPE_TYPES,
  writeArchive,
  type ArchiveLock,
  type ArchiveManifestInput,
  type ArchiveRecordLine,
  type ScopeType,
} from '../../../src-renderer/core/archive-file';
import { attachmentBlobRef } from '../../../src-renderer/core/exchange/attachment-bytes';
import { checkFileRecord } from '../../../src-renderer/core/exchange/checks';
import type { ClassificationLevel } from '../../../src-renderer/core/classification';
import { keyFingerprint } from '../../../src-renderer/core/keys';
import { all, optional, parseArgs, required } from '../args';
import { CliError, clean } from '../errors';
import { AtomicFile, ensureAbsent } from '../files';
import { checkRecipients, readHexKey, readPassphrase } from '../key-files';
import { ClassificationCheck, kindsForScope, recordKey } from '../kinds';

const MANIFEST_FIELDS = ['schemaVersion', 'appVersion', 'source', 'exporter', 'createdAt', 'scope', 'highestClassification'] as const;

interface CheckedDataset {
  manifest: ArchiveManifestInput;
  records: ArchiveRecordLine[];
}

/** Parses and checks a dataset so that pack never writes a file that verify would refuse. */
export function checkDataset(value: unknown): CheckedDataset {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CliError('dataset: not a JSON object');
  const { records, ...fields } = value as Record<string, unknown>;
  const stray = Object.keys(fields).find((key) => !(MANIFEST_FIELDS as readonly string[]).includes(key));
  if (stray !== undefined) throw new CliError(`dataset: unknown field "${clean(stray, 40)}"${stray === 'counts' ? ' (pack counts the records itself)' : ''}`);
  if (!Array.isArray(records)) throw new CliError('dataset: "records" must be an array');
  const scope = (fields.scope as { type?: ScopeType } | undefined)?.type;
  // Checked here because the kinds a dataset may hold depend on it; the rest of the manifest is the writer's.
  if (!SCOPE_TYPES.includes(scope!)) throw new CliError(`dataset: scope.type must be one of ${SCOPE_TYPES.join(', ')}`);
  const allowed = kindsForScope(scope!);
  const counts: Record<string, number> = {};
  const seen = new Set<string>();
  const classification = new ClassificationCheck();
  records.forEach((line: unknown, i) => {
    const where = `dataset record ${i + 1}`;
    const { kind, record } = (typeof line === 'object' && line !== null ? line : {}) as { kind?: unknown; record?: unknown };
    if (typeof kind !== 'string' || typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new CliError(`${where}: not {"kind", "record"}`);
    }
    if (!allowed.includes(kind)) throw new CliError(`${where}: kind "${clean(kind, 40)}" is not allowed in a ${scope} archive`);
    const verdict = checkFileRecord(kind, record);
    if (!verdict.ok) throw new CliError(`${where} (${kind}): ${clean(verdict.problem)}`);
    const key = recordKey(kind, record as Record<string, unknown>);
    if (key !== null && seen.has(`${kind}\0${key}`)) throw new CliError(`${where} (${kind}): ${clean(key, 60)} appears twice`);
    if (key !== null) seen.add(`${kind}\0${key}`);
    classification.add(record as Record<string, unknown>);
    counts[kind] = (counts[kind] ?? 0) + 1;
  });
  const problem = classification.problem((fields.highestClassification ?? null) as ClassificationLevel | null);
  if (problem) throw new CliError(`dataset: ${problem}`);
  return { manifest: { ...(fields as Omit<ArchiveManifestInput, 'counts'>), counts }, records: records as ArchiveRecordLine[] };
}

async function lockFrom(recipients: string[], passphraseFile: string | undefined): Promise<ArchiveLock> {
  if (recipients.length > 0 && passphraseFile) throw new CliError('give --recipient or --passphrase-file, not both');
  if (passphraseFile) return { passphrase: await readPassphrase(passphraseFile, true) };
  if (recipients.length === 0) throw new CliError('missing --recipient age1… or --passphrase-file FILE');
  checkRecipients(recipients);
  return { recipients };
}

/**
 * `pack DATASET (--recipient age1… … | --passphrase-file F) --sign-key F --out F [--armor]`:
 * counts the records, signs with the Ed25519 key, locks (scrypt work factor 18 for a passphrase) and
 * writes the archive atomically. The dataset is read whole (it is one JSON text); the archive streams.
 */
export async function pack(argv: readonly string[]): Promise<number> {
  const args = parseArgs('pack', argv, {
    values: ['recipient', 'passphrase-file', 'sign-key', 'out'],
    repeatable: ['recipient'],
    flags: ['armor'],
    positionals: ['DATASET'],
  });
  const outPath = required(args, 'out');
  const lock = await lockFrom(all(args, 'recipient'), optional(args, 'passphrase-file'));
  const signingSecretKey = await readHexKey(required(args, 'sign-key'), 'signing key');
  await ensureAbsent(outPath);

  const datasetPath = args.positionals[0]!;
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(datasetPath, 'utf8'));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new CliError(`dataset ${clean(datasetPath)} is not valid JSON (${clean(error.message, 80)})`);
  }
  const dataset = checkDataset(parsed);

  let summary = { sha256: '', records: 0, signer: '' };
  // Throws at once on a bad manifest; scrypt (≈ 1 s at factor 18) runs here for a passphrase.
  const stream = await writeArchive({
    ...dataset,
    // A dataset carries no attachment bytes: attachment records are refused (blob-missing), never written without them.
    blobRef: attachmentBlobRef,
    signingSecretKey,
    lock,
    armor: args.flags.has('armor'),
    onComplete: (s) => (summary = { sha256: s.sha256, records: s.records, signer: s.manifest.signerPublicKey }),
  });
  const out = await AtomicFile.create(outPath, 0o644);
  try {
    for await (const chunk of stream) await out.write(chunk);
    await out.commit();
  } catch (error) {
    await out.discard();
    throw error;
  }
  const counts = Object.entries(dataset.manifest.counts)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  const lockText = 'passphrase' in lock ? 'a passphrase' : `${lock.recipients.length} recipient(s)`;
  process.stdout.write(
    `packed ${summary.records} records (${counts}) into ${outPath}, locked with ${lockText}\n` +
      `sha256 ${summary.sha256}, signer fingerprint ${keyFingerprint(summary.signer)}\n`,
  );
  return 0;
}
