import { declaredBlobs, type ArchiveEnd, type ArchiveManifest } from '../../../src-renderer/core/archive-file';
import { keyFingerprint } from '../../../src-renderer/core/keys';
import { optional, parseArgs } from '../args';
import { CliError, clean, describeError } from '../errors';
import { readHexKey, unlockFrom } from '../key-files';
import { readVerified } from '../read';

const UNLOCK = { values: ['identity', 'passphrase-file'], repeatable: ['identity'], positionals: ['FILE'] } as const;

/**
 * What a read proved. A file can be intact (it decrypts, and its hash, signature and counts hold)
 * and still come from anyone who has a key pair: it is called verified only when the signer was
 * also checked against a key the officer gave (--signer).
 */
type Verdict = 'verified' | 'intact' | 'failed';

const SIGNER_NOT_CHECKED = 'signer not checked: give --signer to verify who made it (文件完整，签名者未核对)';

function verdictLine(verdict: Verdict, problem: string | null): string {
  if (verdict === 'verified') return 'valid: hash, signature and counts verified, signed by the --signer key (已验证)';
  if (verdict === 'intact') return `intact: hash, signature and counts hold; ${SIGNER_NOT_CHECKED}`;
  return `NOT VERIFIED: ${problem} (未通过验证)`;
}

/** Refuses a file signed by another key than the one the officer expects. */
function checkSigner(end: ArchiveEnd, expected: string | null): void {
  if (expected !== null && end.signerPublicKey !== expected) {
    throw new CliError(`signed by ${end.signerFingerprint}, not by the expected key ${keyFingerprint(expected)} (签名者与指定的公钥不符)`);
  }
}

async function expectedSigner(args: ReturnType<typeof parseArgs>): Promise<string | null> {
  const signerFile = optional(args, 'signer');
  return signerFile === undefined ? null : readHexKey(signerFile, 'public key');
}

/** What the file says about itself, for a person: every text from the file is cleaned of escapes. */
function report(
  path: string,
  manifest: ArchiveManifest,
  read: Record<string, number>,
  blobs: { count: number; bytes: number },
  end: ArchiveEnd | null,
  verdict: Verdict,
  problem: string | null,
): string {
  const m = manifest;
  const kinds = [...new Set([...Object.keys(m.counts), ...Object.keys(read)])];
  const counts = kinds.map((kind) => `${clean(kind, 40)} ${m.counts[kind] ?? 0}${end ? '' : ` (read ${read[kind] ?? 0})`}`).join(', ');
  const scope = m.scope.description ? `${m.scope.type} — ${clean(m.scope.description, 200)}` : m.scope.type;
  const rows: Array<[string, string]> = [
    ['file', clean(path, 300)],
    ['format', `${m.format} ${m.formatVersion}, schema ${m.schemaVersion}, app ${clean(m.appVersion)}`],
    ['source', `${clean(m.source.organisation)} / ${clean(m.source.department)} (installation ${m.source.installationId})`],
    ['exporter', clean(m.exporter)],
    ['created', m.createdAt],
    ['scope', scope],
    ['classification', m.highestClassification ?? 'none'],
    // The file's copy number (份号) in the writer's output register: format 3 (issue 15.6).
    ['copy number', m.formatVersion >= 3 && 'copyNumber' in m && m.copyNumber ? clean(m.copyNumber, 40) : 'none'],
    ['counts', counts || 'none'],
    // Attachment bytes (format 4): distinct contents and their bytes, each checked against its sha256.
    ['attachments', attachmentsLine(m, blobs, end !== null)],
    ['signer', m.signerPublicKey],
    ['fingerprint', keyFingerprint(m.signerPublicKey)],
    ['sha256', end?.sha256 ?? '-'],
    ['signature', verdictLine(verdict, problem)],
  ];
  return rows.map(([label, value]) => `${`${label}:`.padEnd(16)}${value}\n`).join('');
}

function attachmentsLine(m: ArchiveManifest, read: { count: number; bytes: number }, whole: boolean): string {
  const declared = declaredBlobs(m);
  if (declared.count === 0) return 'none';
  const line = `${declared.count} files, ${declared.bytes} bytes`;
  return whole ? line : `${line} (read ${read.count} whole, ${read.bytes} bytes)`;
}

/**
 * `inspect FILE (--identity F | --passphrase-file F) [--signer PUBLIC_KEY_FILE] [--json]`: reads the
 * whole file with every check of verify and shows what it holds. Exit 0 when it is intact (and, with
 * --signer, signed by that key); otherwise the report (if the manifest could be read) and the error line.
 */
export async function inspect(argv: readonly string[]): Promise<number> {
  const args = parseArgs('inspect', argv, { ...UNLOCK, values: [...UNLOCK.values, 'signer'], flags: ['json'] });
  const path = args.positionals[0]!;
  const expected = await expectedSigner(args);
  const unlock = await unlockFrom(args);
  const seen: { manifest: ArchiveManifest | null } = { manifest: null };
  const read: Record<string, number> = {};
  const blobs = { count: 0, bytes: 0 };
  let end: ArchiveEnd | null = null;
  let failure: unknown = null;
  try {
    end = (
      await readVerified(path, unlock, {
        onManifest: (m) => (seen.manifest = m),
        onRecord: (kind) => (read[kind] = (read[kind] ?? 0) + 1),
        onBlob: (part) => {
          blobs.bytes += part.bytes;
          if (part.part === part.parts) blobs.count++;
        },
      })
    ).end;
    checkSigner(end, expected);
  } catch (error) {
    // Without a manifest there is nothing to show: the error line alone says what went wrong.
    if (!seen.manifest) throw error;
    failure = error;
  }
  const manifest = seen.manifest!;
  const problem = failure === null ? null : describeError(failure);
  const verdict: Verdict = failure !== null ? 'failed' : expected !== null ? 'verified' : 'intact';
  if (args.flags.has('json')) {
    const json = {
      manifest,
      recordsRead: read,
      attachmentBytesRead: blobs,
      signerFingerprint: keyFingerprint(manifest.signerPublicKey),
      intact: end !== null,
      signerChecked: verdict === 'verified',
      verified: verdict === 'verified',
      sha256: end?.sha256 ?? null,
      problem,
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    process.stdout.write(report(path, manifest, read, blobs, end, verdict, problem));
  }
  if (failure !== null) throw failure;
  return 0;
}

/**
 * `verify FILE (--identity F | --passphrase-file F) [--signer PUBLIC_KEY_FILE]`: exit 0 when the file
 * decrypts, parses and its hash, signature and counts hold. Only with --signer, and that key made the
 * signature, is it called verified; without, the line says plainly that the signer was not checked
 * (a valid signature alone says nothing about who may be trusted).
 */
export async function verify(argv: readonly string[]): Promise<number> {
  const args = parseArgs('verify', argv, { ...UNLOCK, values: [...UNLOCK.values, 'signer'] });
  const expected = await expectedSigner(args);
  const unlock = await unlockFrom(args);
  const { end } = await readVerified(args.positionals[0]!, unlock);
  checkSigner(end, expected);
  const facts = `${end.records} records, sha256 ${end.sha256}, signer ${end.signerFingerprint}`;
  process.stdout.write(expected !== null ? `verified: ${facts}, matches --signer (已验证)\n` : `intact: ${facts} — ${SIGNER_NOT_CHECKED}\n`);
  return 0;
}
