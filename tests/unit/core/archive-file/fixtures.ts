import { gunzipSync, gzipSync } from 'fflate';
import { Encrypter } from 'age-encryption';
import { generateInstallationKeys, type InstallationKeys } from '../../../../src-renderer/core/keys';
import {
  ArchiveError,
  buildPayload,
  readArchive,
  writeArchive,
  type ArchiveEvent,
  type ArchiveManifestInput,
  type ArchiveRecordLine,
  type ArchiveUnlock,
  type ReadOptions,
  type WriteArchiveOptions,
} from '../../../../src-renderer/core/archive-file';

/** Test data builders for the archive tests. Work factor 10 keeps scrypt at a few milliseconds. */
export const TEST_FACTOR = 10;
export const PASSPHRASE = '正确 马 电池 订书钉';
export const KINDS = ['customers', 'contacts'] as const;
export const INSTALLATION_ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

let keysPromise: Promise<InstallationKeys> | null = null;
export function testKeys(): Promise<InstallationKeys> {
  keysPromise ??= generateInstallationKeys();
  return keysPromise;
}

export function uuid(n: number): string {
  return `0190a1b2-c3d4-7e5f-8a9b-${n.toString(16).padStart(12, '0')}`;
}

export function customer(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: uuid(n),
    rev: `0000018f00000000-${(n % 65536).toString(16).padStart(4, '0')}`,
    name: `客户${n}`,
    grade: 'A',
    classification: 'internal',
    ...extra,
  };
}

export function manifestFor(counts: Record<string, number>, extra: Partial<ArchiveManifestInput> = {}): ArchiveManifestInput {
  return {
    schemaVersion: 3,
    appVersion: '0.1.0-test',
    source: { installationId: INSTALLATION_ID, organisation: '某研究院', department: '市场部' },
    exporter: '张三',
    createdAt: '2026-11-27T08:00:00.000Z',
    scope: { type: 'backup' },
    counts,
    highestClassification: 'internal',
    ...extra,
  };
}

function noise(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** `customers` and `contacts` records, lazily; `noiseBytes` adds incompressible notes. */
export async function* sampleRecords(customers: number, contacts = 0, noiseBytes = 0): AsyncGenerator<ArchiveRecordLine> {
  for (let i = 0; i < customers; i++) yield { kind: 'customers', record: customer(i, noiseBytes ? { notes: noise(noiseBytes) } : {}) };
  for (let i = 0; i < contacts; i++) yield { kind: 'contacts', record: { id: uuid(1_000_000 + i), customerId: uuid(i), name: `联系人${i}` } };
}

export async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function sampleArchive(
  options: Partial<WriteArchiveOptions> & { customers?: number; contacts?: number; noiseBytes?: number } = {},
): Promise<Uint8Array> {
  const keys = await testKeys();
  const customers = options.customers ?? 20;
  const contacts = options.contacts ?? 5;
  return collect(
    await writeArchive({
      manifest: manifestFor({ customers, contacts }),
      records: sampleRecords(customers, contacts, options.noiseBytes),
      signingSecretKey: keys.signingSecretKey,
      lock: { passphrase: PASSPHRASE, testOnlyWorkFactor: TEST_FACTOR },
      ...options,
    }),
  );
}

/** The NDJSON lines of a plaintext payload made by our writer (without the final empty string). */
export async function sampleLines(customers = 20, contacts = 5, manifest?: ArchiveManifestInput): Promise<string[]> {
  const keys = await testKeys();
  const gz = await collect(
    buildPayload({
      manifest: manifest ?? manifestFor({ customers, contacts }),
      records: sampleRecords(customers, contacts),
      signingSecretKey: keys.signingSecretKey,
    }),
  );
  const text = new TextDecoder().decode(gunzipSync(gz));
  return text.split('\n').slice(0, -1);
}

/** Encrypts plaintext (already gzip-compressed, or lines to compress) with the test passphrase. */
export async function sealWithPassphrase(payload: Uint8Array | string[]): Promise<Uint8Array> {
  const bytes = Array.isArray(payload) ? gzipSync(new TextEncoder().encode(payload.map((l) => `${l}\n`).join(''))) : payload;
  const e = new Encrypter();
  e.setScryptWorkFactor(TEST_FACTOR);
  e.setPassphrase(PASSPHRASE);
  return e.encrypt(bytes);
}

export const readOptions = (extra: Partial<ReadOptions> = {}): ReadOptions => ({ knownKinds: KINDS, supportedSchemaVersion: 3, ...extra });
export const passphrase: ArchiveUnlock = { passphrase: PASSPHRASE };

export interface ReadOutcome {
  events: ArchiveEvent[];
  error: ArchiveError | null;
}

/** Reads to the end, collecting events; an ArchiveError is returned, anything else rethrown. */
export async function readAll(
  input: Uint8Array | ReadableStream<Uint8Array>,
  unlock: ArchiveUnlock = passphrase,
  options: ReadOptions = readOptions(),
): Promise<ReadOutcome> {
  const events: ArchiveEvent[] = [];
  try {
    for await (const event of readArchive(input, unlock, options)) events.push(event);
    return { events, error: null };
  } catch (error) {
    if (error instanceof ArchiveError) return { events, error };
    throw error;
  }
}

/** The code a bad input fails with; also asserts that no 'end' was yielded. */
export async function failureCode(input: Uint8Array | ReadableStream<Uint8Array>, unlock?: ArchiveUnlock, options?: ReadOptions): Promise<string> {
  const outcome = await readAll(input, unlock, options);
  if (outcome.events.some((e) => e.type === 'end')) throw new Error('an end event was yielded');
  if (!outcome.error) throw new Error('no error');
  return outcome.error.code;
}
