import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Encrypter } from 'age-encryption';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { buildPayload, type ArchiveManifestInput, type ArchiveRecordLine } from '../../../src-renderer/core/archive-file';
import { SCHEMA_VERSION } from '../../../src-main/cli/schema-version';
import { generateInstitute } from '../../../src-renderer/core/synthetic/index';
import { collect, INSTALLATION_ID, PASSPHRASE, TEST_FACTOR, testKeys } from '../core/archive-file/fixtures';

/** Runs the bundled CLI as a child process, as a user's `npm run archive -- …` does. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Builds out/cli/archive.mjs if a source is newer (the launcher's own check). */
export async function buildCli(): Promise<void> {
  await run(process.execPath, ['scripts/archive.mjs', 'help'], { cwd: ROOT });
}

export async function cli(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['out/cli/archive.mjs', ...args], { cwd: ROOT, maxBuffer: 16 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** A failure is exactly one `error: …` line on stderr and exit 1 — and never a stack trace. */
export function expectOneErrorLine(result: CliResult): string {
  const lines = result.stderr.split('\n');
  if (result.code !== 1 || lines.length !== 2 || lines[1] !== '' || !lines[0]!.startsWith('error: ') || /\n\s+at /.test(result.stdout + result.stderr)) {
    throw new Error(`expected exit 1 with one error line, got ${result.code}:\n${result.stderr}`);
  }
  return lines[0]!;
}

export { PASSPHRASE, TEST_FACTOR, testKeys };

/**
 * Customers the CLI accepts whatever the domain schema asks: the bench generator's (it is kept valid
 * with the schema), with an envelope, all `internal` so that manifests can declare that.
 */
const POOL: ReadonlyArray<Record<string, unknown>> = (() => {
  const first = generateInstitute({ customers: 600, contacts: 0, interactions: 0, complaints: 0 }, 7).next();
  if (first.done || first.value.table !== 'customers') throw new Error('the generator no longer starts with customers');
  return first.value.records as unknown as Array<Record<string, unknown>>;
})();

export function customer(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const rev = `0000018f00000000-${(n % 65536).toString(16).padStart(4, '0')}`;
  return { ...POOL[n], rev, origin: INSTALLATION_ID, updatedBy: '张三', deletedAt: null, classification: 'internal', ...extra };
}

export function manifest(counts: Record<string, number>, extra: Partial<ArchiveManifestInput> = {}): ArchiveManifestInput {
  return {
    schemaVersion: SCHEMA_VERSION,
    appVersion: '0.1.0-test',
    source: { installationId: INSTALLATION_ID, organisation: '某研究院', department: '市场部' },
    exporter: '张三',
    createdAt: '2026-11-27T08:00:00.000Z',
    scope: { type: 'full' },
    counts,
    highestClassification: 'internal',
    ...extra,
  };
}

export function customers(n: number, extra: (i: number) => Record<string, unknown> = () => ({})): ArchiveRecordLine[] {
  return Array.from({ length: n }, (_, i) => ({ kind: 'customers', record: customer(i, extra(i)) }));
}

/** The NDJSON lines our writer makes (manifest, records, trailer), signed with the test key. */
export async function payloadLines(records: ArchiveRecordLine[], extra: Partial<ArchiveManifestInput> = {}): Promise<string[]> {
  const counts: Record<string, number> = {};
  for (const { kind } of records) counts[kind] = (counts[kind] ?? 0) + 1;
  const keys = await testKeys();
  const gz = await collect(buildPayload({ manifest: manifest(counts, extra), records, signingSecretKey: keys.signingSecretKey }));
  return gunzipSync(gz).toString('utf8').split('\n').slice(0, -1);
}

/** Re-hashes edited lines and keeps the old signature: the hash holds, the signature does not. */
export function rehash(lines: string[]): string[] {
  const body = lines.slice(0, -1);
  const digest = sha256(new TextEncoder().encode(body.map((l) => `${l}\n`).join('')));
  const { signature } = JSON.parse(lines.at(-1)!).trailer as { signature: string };
  return [...body, JSON.stringify({ trailer: { sha256: bytesToHex(digest), signature } })];
}

/** Re-signs edited lines with a secret key (manifest line 2 and trailer), so that only what was edited is wrong. */
export function resign(lines: string[], secretHex: string): string[] {
  const manifestSignature = bytesToHex(ed25519.sign(sha256(new TextEncoder().encode(`${lines[0]}\n`)), hexToBytes(secretHex)));
  const body = [lines[0]!, JSON.stringify({ manifestSignature }), ...lines.slice(2, -1)];
  const digest = sha256(new TextEncoder().encode(body.map((l) => `${l}\n`).join('')));
  const signature = bytesToHex(ed25519.sign(digest, hexToBytes(secretHex)));
  return [...body, JSON.stringify({ trailer: { sha256: bytesToHex(digest), signature } })];
}

export const gzipLines = (lines: string[]): Uint8Array => gzipSync(lines.map((l) => `${l}\n`).join(''));

/** age with the test passphrase at a cheap work factor (product code never goes below 18). */
export async function sealPassphrase(payload: Uint8Array): Promise<Uint8Array> {
  const e = new Encrypter();
  e.setScryptWorkFactor(TEST_FACTOR);
  e.setPassphrase(PASSPHRASE);
  return e.encrypt(payload);
}

export async function sealRecipients(payload: Uint8Array, recipients: string[]): Promise<Uint8Array> {
  const e = new Encrypter();
  for (const r of recipients) e.addRecipient(r);
  return e.encrypt(payload);
}
