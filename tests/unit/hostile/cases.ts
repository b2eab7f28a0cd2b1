import { bytesToHex } from '@noble/hashes/utils.js';
import { generateInstallationKeys } from '../../../src-renderer/core/keys';
import { customers, gzipLines, payloadLines as linesOf, PASSPHRASE, rehash, resign, sealPassphrase, testKeys } from './build';

/**
 * The hostile corpus of issue 14, ONE list run through both readers of an exchange file: the CLI's
 * `verify` (cli.test.ts) and the app's import preview (app-import.test.ts). Each case states one
 * verdict; both paths must map to it. (The CLI runner lives under tests/unit/cli/: it is type-checked with src-main.) Files are built in-process from the plaintext layer and locked
 * with the test passphrase at a cheap scrypt work factor.
 *
 * Verdicts are the ArchiveError codes (core/archive-file/errors.ts), plus the whole-file checks of
 * core/exchange/checks.ts ('clock-drift', 'classification') and 'ok' for a file both take. A record
 * the schemas refuse is 'bad-record': the CLI stops at it, the app lists it (ImportRefusedError
 * 'invalid-records') once the file proved intact.
 */
export type Verdict =
  | 'ok'
  | 'empty'
  | 'not-age'
  | 'truncated'
  | 'corrupt'
  | 'wrong-key'
  | 'work-factor-too-high'
  | 'not-gzip'
  | 'not-ndjson'
  | 'line-too-long'
  | 'bad-manifest'
  | 'unknown-format-version'
  | 'newer-schema'
  | 'bad-record'
  | 'unknown-kind'
  | 'hostile-key'
  | 'duplicate-record'
  | 'missing-trailer'
  | 'hash-mismatch'
  | 'bad-signature'
  | 'count-mismatch'
  | 'clock-drift'
  | 'classification';

export interface HostileCase {
  name: string;
  file: Uint8Array;
  verdict: Verdict;
  /** Opened with this passphrase instead of the right one. */
  passphrase?: string;
}

export { PASSPHRASE };

const enc = new TextEncoder();
const MiB = 1024 * 1024;

const edit = (lines: string[], i: number, fn: (v: Record<string, unknown>) => void) => {
  const out = [...lines];
  const value = JSON.parse(out[i]!) as Record<string, unknown>;
  fn(value);
  out[i] = JSON.stringify(value);
  return out;
};
const record = (line: Record<string, unknown>) => line.record as Record<string, unknown>;
const flip = (file: Uint8Array, at: number) => Object.assign(file.slice(), { [at]: file[at]! ^ 0x01 });

/** A rev whose wall time is `ms` (the HLC text form: 16 hex digits of milliseconds, 4 of counter). */
const revAt = (ms: number) => `${ms.toString(16).padStart(16, '0')}-0000`;

/** `schemaVersion`: the reader's own (the CLI's SCHEMA_VERSION, the app's CURRENT_SCHEMA_VERSION: equal, see schema-version.test.ts). */
export async function hostileCases(schemaVersion: number): Promise<HostileCase[]> {
  const payloadLines = (records: Parameters<typeof linesOf>[1]) => linesOf(schemaVersion, records);
  const [keys, other] = await Promise.all([testKeys(), generateInstallationKeys()]);
  const seal = (l: string[]) => sealPassphrase(gzipLines(l));
  const sign = (l: string[]) => seal(resign(l, keys.signingSecretKey));
  const lines = await payloadLines(customers(5));
  const good = await seal(lines);
  const noise = (i: number) => ({ notes: bytesToHex(crypto.getRandomValues(new Uint8Array(300))) + i });
  const big = await seal(await payloadLines(customers(600, noise)));
  const header = new TextDecoder('latin1').decode(good.subarray(0, 300)).indexOf('\n---') + 48;
  const inRecord = (fn: (r: Record<string, unknown>) => void) => sign(edit(lines, 2, (l) => fn(record(l))));
  const cases: HostileCase[] = [];
  const add = (name: string, file: Uint8Array, verdict: Verdict, extra: Partial<HostileCase> = {}) => cases.push({ name, file, verdict, ...extra });

  add('the good file (control)', good, 'ok');
  add('a lineage line (control: both readers take what the app exports)', await sign(withLineage(lines)), 'ok');
  // — bytes and keys
  add('empty', new Uint8Array(0), 'empty');
  add('not age', enc.encode('%PDF-1.7\n'), 'not-age');
  add('truncated', good.subarray(0, good.length - 30), 'truncated');
  add('a byte flipped in the payload', flip(big, header + 1000), 'corrupt');
  add('a byte flipped in the header MAC', flip(good, header - 10), 'corrupt');
  add('wrong passphrase', good, 'wrong-key', { passphrase: 'not the passphrase' });
  const latin = new TextDecoder('latin1').decode(good);
  add(
    'scrypt work factor 21',
    Uint8Array.from(latin.replace(/^(-> scrypt \S+) 10$/m, '$1 21'), (c) => c.charCodeAt(0)),
    'work-factor-too-high',
  );
  // — inner layers
  add('age but not gzip', await sealPassphrase(enc.encode(lines.join('\n'))), 'not-gzip');
  add('gzip but not NDJSON', await seal(['hello world']), 'not-ndjson');
  add('missing trailer', await seal(lines.slice(0, -1)), 'missing-trailer');
  add('moved trailer', await seal([lines[0]!, lines[1]!, lines.at(-1)!, ...lines.slice(2, -1)]), 'missing-trailer');
  // — tampering and signatures
  add('edited record', await seal(edit(lines, 2, (l) => (record(l).name = '改过的名字'))), 'hash-mismatch');
  add('removed record', await seal([...lines.slice(0, 2), ...lines.slice(3)]), 'hash-mismatch');
  add('re-hashed edit', await seal(rehash(edit(lines, 2, (l) => (record(l).name = '改过的名字')))), 'bad-signature');
  add('manifest signed by another key', await seal([lines[0]!, resign(lines, other.signingSecretKey)[1]!, ...lines.slice(2)]), 'bad-signature');
  const another = edit(lines, 2, (l) => (record(l).id = '01900000-0000-7000-8000-0000000000ff'))[2]!;
  add('added record', await seal([...lines.slice(0, -1), another, lines.at(-1)!]), 'count-mismatch');
  add('fewer records than declared, re-signed', await sign([...lines.slice(0, 3), ...lines.slice(4)]), 'count-mismatch');
  const plusOne = edit(lines, 0, (m) => ((m.counts as Record<string, number>).customers = 6));
  add('duplicated record, re-signed', await sign([...plusOne.slice(0, 3), lines[2]!, ...plusOne.slice(3)]), 'duplicate-record');
  // — manifest
  add('unknown format version', await seal(edit(lines, 0, (m) => (m.formatVersion = 99))), 'unknown-format-version');
  add('newer schema version', await seal(edit(lines, 0, (m) => (m.schemaVersion = schemaVersion + 1))), 'newer-schema');
  add('manifest without exporter', await sign(edit(lines, 0, (m) => delete m.exporter)), 'bad-manifest');
  add(
    'bidi override in the manifest department',
    await sign(edit(lines, 0, (m) => ((m.source as { department: string }).department = '部门\u202e甲'))),
    'bad-manifest',
  );
  add('unknown kind declared', await sign(edit(lines, 0, (m) => (m.counts = { customers: 5, widgets: 0 }))), 'unknown-kind');
  add('installation keys in an exchange file', await sign(edit(lines, 0, (m) => (m.counts = { customers: 5, installation: 0 }))), 'unknown-kind');
  add('a profile in an exchange file', await sign(edit(lines, 0, (m) => (m.counts = { customers: 5, profile: 0 }))), 'unknown-kind');
  // — hostile shapes
  add('__proto__ key', await seal([lines[0]!, lines[1]!, lines[2]!.replace('{"id"', '{"__proto__":{"admin":true},"id"'), ...lines.slice(3)]), 'hostile-key');
  add(
    'constructor key (\\u-escaped)',
    await seal([lines[0]!, lines[1]!, lines[2]!.replace('{"id"', '{"\\u0063onstructor":{},"id"'), ...lines.slice(3)]),
    'hostile-key',
  );
  const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
  add(
    'deep nesting (200,000 brackets)',
    await sign([lines[0]!, lines[1]!, lines[2]!.replace('{"id"', `{"deep":${deep},"id"`), ...lines.slice(3)]),
    'bad-record',
  );
  add(
    'a line over 16 MiB',
    await seal([lines[0]!, lines[1]!, lines[2]!.replace('{"id"', `{"notes":"${'x'.repeat(16 * MiB)}","id"`), ...lines.slice(3)]),
    'line-too-long',
  );
  // — records the schemas refuse, and padding far beyond a field's limit (issue 14.1)
  add('invalid rev', await inRecord((r) => (r.rev = 'yesterday')), 'bad-record');
  add('notes of "x" + 1 MiB of blanks', await inRecord((r) => (r.notes = `x${' '.repeat(MiB)}`)), 'bad-record');
  add('a name padded with 100,000 spaces', await inRecord((r) => (r.name = `${String(r.name)}${' '.repeat(100_000)}`)), 'bad-record');
  add('200,000 blank tags', await inRecord((r) => (r.tags = Array.from({ length: 200_000 }, () => ' '))), 'bad-record');
  add('a name longer than its limit', await inRecord((r) => (r.name = '很'.repeat(101))), 'bad-record');
  add('a bidi override in a name', await inRecord((r) => (r.name = `部门\u202e甲`)), 'bad-record');
  add('a control character in notes', await inRecord((r) => (r.notes = '第一行\u0007')), 'bad-record');
  // — the shared whole-file checks (core/exchange/checks.ts)
  add('a rev a year ahead of the clock', await inRecord((r) => (r.rev = revAt(Date.now() + 365 * 24 * 3600 * 1000))), 'clock-drift');
  const secret = await payloadLines(customers(2, () => ({ classification: 'secret' })));
  add('records above the declared classification', await seal(secret), 'classification');
  return cases;
}

/** The good lines with one lineage line (as the app exports for a record seen from two origins), declared. */
function withLineage(lines: string[]): string[] {
  const first = JSON.parse(lines[2]!) as { record: { id: string; rev: string } };
  const lineage = JSON.stringify({
    kind: 'lineage',
    record: { id: first.record.id, kind: 'customers', seen: { '0190a1b2-c3d4-7e5f-8a9b-00000000abcd': first.record.rev } },
  });
  const manifest = edit(lines, 0, (m) => ((m.counts as Record<string, number>).lineage = 1));
  return [...manifest.slice(0, -1), lineage, lines.at(-1)!];
}
