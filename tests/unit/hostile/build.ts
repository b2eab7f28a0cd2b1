import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { Encrypter } from 'age-encryption';
import { gunzipSync, gzipSync } from 'fflate';
import { buildPayload, type ArchiveManifestInput, type ArchiveRecordLine } from '../../../src-renderer/core/archive-file';
import { generateInstallationKeys, type InstallationKeys } from '../../../src-renderer/core/keys';
import { generateInstitute } from '../../../src-renderer/core/synthetic/index';

/**
 * Builders of archive files, hostile ones included, for both readers: the CLI's (tests/unit/cli, through
 * cli/helpers.ts) and the app's import (app-import.test.ts). Only core and the audited libraries: this module is type-checked by
 * both the node and the web project. Work factor 10 keeps scrypt at a few milliseconds.
 */
export const TEST_FACTOR = 10;
export const PASSPHRASE = '正确 马 电池 订书钉';
export const INSTALLATION_ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

let keysPromise: Promise<InstallationKeys> | null = null;
export function testKeys(): Promise<InstallationKeys> {
  keysPromise ??= generateInstallationKeys();
  return keysPromise;
}

/** Customers valid for the schema (the bench generator's), with an envelope, all `internal`. */
const POOL: ReadonlyArray<Record<string, unknown>> = (() => {
  const first = generateInstitute({ customers: 600, contacts: 0, interactions: 0, complaints: 0 }, 7).next();
  if (first.done || first.value.table !== 'customers') throw new Error('the generator no longer starts with customers');
  return first.value.records.map((r): Record<string, unknown> => ({ ...r }));
})();

/** Customer `i` of the pool (ids past the pool's 600 made up), valid for the schema. */
export function customer(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const rev = `0000018f00000000-${(i % 65536).toString(16).padStart(4, '0')}`;
  const record: Record<string, unknown> = {
    ...POOL[i % POOL.length],
    rev,
    origin: INSTALLATION_ID,
    updatedBy: '张三',
    deletedAt: null,
    classification: 'internal',
    ...extra,
  };
  if (i >= POOL.length) record.id = `0190a1b2-c3d4-7e5f-8a9b-${i.toString(16).padStart(12, '0')}`;
  return record;
}

export function customers(n: number, extra: (i: number) => Record<string, unknown> = () => ({})): ArchiveRecordLine[] {
  return Array.from({ length: n }, (_, i) => ({ kind: 'customers', record: customer(i, extra(i)) }));
}

export function manifest(schemaVersion: number, counts: Record<string, number>, extra: Partial<ArchiveManifestInput> = {}): ArchiveManifestInput {
  return {
    schemaVersion,
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

/** The NDJSON lines our writer makes (manifest, its signature, records, trailer), signed with the test key. */
export async function payloadLines(schemaVersion: number, records: ArchiveRecordLine[], extra: Partial<ArchiveManifestInput> = {}): Promise<string[]> {
  const counts: Record<string, number> = {};
  for (const { kind } of records) counts[kind] = (counts[kind] ?? 0) + 1;
  const keys = await testKeys();
  const gz = new Uint8Array(
    await new Response(buildPayload({ manifest: manifest(schemaVersion, counts, extra), records, signingSecretKey: keys.signingSecretKey })).arrayBuffer(),
  );
  return new TextDecoder().decode(gunzipSync(gz)).split('\n').slice(0, -1);
}

const enc = new TextEncoder();

/** Re-hashes edited lines and keeps the old signature: the hash holds, the signature does not. */
export function rehash(lines: string[]): string[] {
  const body = lines.slice(0, -1);
  const digest = sha256(enc.encode(body.map((l) => `${l}\n`).join('')));
  const { signature } = (JSON.parse(lines.at(-1)!) as { trailer: { signature: string } }).trailer;
  return [...body, JSON.stringify({ trailer: { sha256: bytesToHex(digest), signature } })];
}

/** Re-signs edited lines (the last one, the trailer, is replaced) with a secret key: line 2 and the trailer. */
export function resign(lines: string[], secretHex: string): string[] {
  const manifestSignature = bytesToHex(ed25519.sign(sha256(enc.encode(`${lines[0]}\n`)), hexToBytes(secretHex)));
  const body = [lines[0]!, JSON.stringify({ manifestSignature }), ...lines.slice(2, -1)];
  const digest = sha256(enc.encode(body.map((l) => `${l}\n`).join('')));
  const signature = bytesToHex(ed25519.sign(digest, hexToBytes(secretHex)));
  return [...body, JSON.stringify({ trailer: { sha256: bytesToHex(digest), signature } })];
}

export const gzipLines = (lines: string[]): Uint8Array => gzipSync(enc.encode(lines.map((l) => `${l}\n`).join('')));

/** age with the test passphrase at a cheap work factor (product code never goes below 18). */
export async function sealPassphrase(payload: Uint8Array): Promise<Uint8Array> {
  const e = new Encrypter();
  e.setScryptWorkFactor(TEST_FACTOR);
  e.setPassphrase(PASSPHRASE);
  return e.encrypt(payload);
}
