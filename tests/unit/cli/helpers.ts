import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Encrypter } from 'age-encryption';
import type { ArchiveManifestInput, ArchiveRecordLine } from '../../../src-renderer/core/archive-file';
import { SCHEMA_VERSION } from '../../../src-main/cli/schema-version';
import { clean, describeError } from '../../../src-main/cli/errors';
import { verify } from '../../../src-main/cli/commands/inspect';
import {
  customer,
  customers,
  gzipLines,
  manifest as manifestOf,
  PASSPHRASE,
  payloadLines as linesOf,
  rehash,
  resign,
  sealPassphrase,
  TEST_FACTOR,
  testKeys,
} from '../hostile/build';

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

/**
 * `verify` run in this process, with its output captured and a failure worded as main.ts words it
 * (`error: …`, exit 1). For large corpora: a process per file costs a Node start and the bundle's
 * load each time. What the process itself adds (one line, no stack, the exit status) is proven by
 * the spawned runs of bad-files.test.ts and usage.test.ts.
 */
export async function verifyInProcess(...args: string[]): Promise<CliResult> {
  const out: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out.push(typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    const code = await verify(args);
    return { code, stdout: out.join(''), stderr: '' };
  } catch (error) {
    return { code: 1, stdout: out.join(''), stderr: `error: ${clean(describeError(error), 500)}\n` };
  } finally {
    process.stdout.write = write;
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

export { customer, customers, gzipLines, PASSPHRASE, rehash, resign, sealPassphrase, TEST_FACTOR, testKeys };

/** A manifest of this CLI's schema version (the builders' shared one, tests/unit/hostile/build.ts). */
export const manifest = (counts: Record<string, number>, extra: Partial<ArchiveManifestInput> = {}): ArchiveManifestInput =>
  manifestOf(SCHEMA_VERSION, counts, extra);

/** The NDJSON lines our writer makes (manifest, records, trailer), signed with the test key. */
export const payloadLines = (records: ArchiveRecordLine[], extra: Partial<ArchiveManifestInput> = {}): Promise<string[]> =>
  linesOf(SCHEMA_VERSION, records, extra);

export async function sealRecipients(payload: Uint8Array, recipients: string[]): Promise<Uint8Array> {
  const e = new Encrypter();
  for (const r of recipients) e.addRecipient(r);
  return e.encrypt(payload);
}
