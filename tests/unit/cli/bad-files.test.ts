import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src-main/cli/schema-version';
import { generateInstallationKeys } from '../../../src-renderer/core/keys';
import {
  buildCli,
  cli,
  customers,
  expectOneErrorLine,
  gzipLines,
  payloadLines,
  PASSPHRASE,
  rehash,
  resign,
  sealPassphrase,
  testKeys,
  verifyInProcess,
  type CliResult,
} from './helpers';

/** Generous when CI shares the machine (the corpus holds a 16 MiB line). */
const SLOW = 90_000;

/**
 * The bad-file corpus through `verify`: every file gives exit 1 and one line naming what is wrong
 * (the archive core decides; the CLI words it). Files are made in-process from the plaintext layer
 * and locked with a cheap scrypt work factor, then checked by the CLI's verify in this process; three
 * of them also through the bundled CLI as a process of its own.
 */
let dir: string;
const cases = new Map<string, { file: Uint8Array; line: string | RegExp; unlock?: string[] }>();

const edit = (lines: string[], i: number, fn: (v: Record<string, unknown>) => void) => {
  const out = [...lines];
  const value = JSON.parse(out[i]!);
  fn(value);
  out[i] = JSON.stringify(value);
  return out;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'archive-cli-bad-'));
  const [, keys, other] = await Promise.all([buildCli(), testKeys(), generateInstallationKeys()]);
  writeFileSync(join(dir, 'pass.txt'), `${PASSPHRASE}\n`);
  writeFileSync(join(dir, 'wrong.txt'), 'not the passphrase\n');
  writeFileSync(join(dir, 'id.txt'), `${keys.ageIdentity}\n`);
  const lines = await payloadLines(customers(5));
  const seal = (l: string[]) => sealPassphrase(gzipLines(l));
  const good = await seal(lines);
  // Several 64 KiB age chunks (incompressible notes), so a flip in the first chunk is not the last.
  const noise = (i: number) => ({ notes: Buffer.from(crypto.getRandomValues(new Uint8Array(300))).toString('base64') + i });
  const big = await seal(await payloadLines(customers(600, noise)));
  const header = new TextDecoder('latin1').decode(good.subarray(0, 300)).indexOf('\n---') + 48; // "--- " + 43 base64 + "\n"
  const add = (name: string, file: Uint8Array, line: string | RegExp, unlock?: string[]) => cases.set(name, { file, line, unlock });
  const bytes = (s: string) => new TextEncoder().encode(s);
  const flip = (file: Uint8Array, at: number) => Object.assign(file.slice(), { [at]: file[at]! ^ 0x01 });

  add('the good file (control)', good, /^intact: 5 records/);
  add('wrong passphrase', good, 'wrong passphrase or key (口令或密钥不正确)', ['--passphrase-file', join(dir, 'wrong.txt')]);
  add('a key for a passphrase file', good, 'this file is locked with a passphrase: use --passphrase-file (此文件需要口令)', [
    '--identity',
    join(dir, 'id.txt'),
  ]);
  add('truncated', good.subarray(0, good.length - 30), /^the file is incomplete .*\(文件不完整/);
  add('a byte flipped in the payload', flip(big, header + 1000), 'the file is damaged or was tampered with (文件已损坏或被篡改，无法打开)');
  add('a byte flipped in the header MAC', flip(good, header - 10), /^the file is damaged or was tampered with/);
  add('empty', new Uint8Array(0), 'the file is empty (文件为空)');
  add('not age', bytes('%PDF-1.7\n'), 'not an encrypted archive file (not age) (不是本系统的加密归档文件)');
  add('age but not gzip', await sealPassphrase(bytes(lines.join('\n'))), 'the content is not an archive (not gzip) (文件内容格式错误)');
  add('gzip but not NDJSON', await seal(['hello world']), 'the content is not an archive (not NDJSON) (文件内容格式错误)');
  add('missing trailer', await seal(lines.slice(0, -1)), /^the signature line is missing or misplaced \(文件缺少签名/);
  add('moved trailer', await seal([lines[0]!, lines[1]!, lines.at(-1)!, ...lines.slice(2, -1)]), /^the signature line is missing or misplaced on line 4/);
  add(
    'edited record',
    await seal(edit(lines, 2, (l) => ((l.record as { name: string }).name = '改过的名字'))),
    'the content does not match its hash (it was altered) (文件内容与签名不符（已被修改）)',
  );
  const another = edit(lines, 2, (l) => ((l.record as { id: string }).id = '01900000-0000-7000-8000-0000000000ff'))[2]!;
  add(
    'added record',
    await seal([...lines.slice(0, -1), another, lines.at(-1)!]),
    /^the records do not match the counts of the manifest on line 8 — more customers records than the 5 declared/,
  );
  add('removed record', await seal([...lines.slice(0, 2), ...lines.slice(3)]), /^the content does not match its hash/);
  const plusOne = edit(lines, 0, (m) => ((m.counts as Record<string, number>).customers = 6));
  add(
    'duplicated record',
    await seal(resign([...plusOne.slice(0, 3), lines[2]!, ...plusOne.slice(3)], keys.signingSecretKey)),
    /^the file holds the same record twice on line 4 .*\(文件含重复记录\)$/,
  );
  add(
    're-hashed edit: the signature fails',
    await seal(rehash(edit(lines, 2, (l) => ((l.record as { name: string }).name = 'x')))),
    'the signature is invalid (签名无效)',
  );
  add('unknown format version', await seal(edit(lines, 0, (m) => (m.formatVersion = 5))), 'unsupported archive format version (文件格式版本不受支持)');
  add(
    'newer schema version',
    await seal(edit(lines, 0, (m) => (m.schemaVersion = SCHEMA_VERSION + 1))),
    'the file comes from a newer version of the app: upgrade first (文件来自更新版本的系统，请先升级)',
  );
  add(
    '__proto__ key',
    await seal([lines[0]!, lines[1]!, lines[2]!.replace('{"id"', '{"__proto__":{"admin":true},"id"'), ...lines.slice(3)]),
    /^the file holds maliciously crafted data .* — key __proto__ \(文件含恶意构造的数据，已拒绝\)$/,
  );
  add(
    'constructor key (\\u-escaped)',
    await seal([lines[0]!, lines[1]!, lines[2]!.replace('{"id"', '{"\\u0063onstructor":{},"id"'), ...lines.slice(3)]),
    /^the file holds maliciously crafted data .* — key constructor/,
  );
  add(
    'unknown kind',
    await seal(edit(lines, 0, (m) => (m.counts = { customers: 5, widgets: 0 }))),
    /^the file holds records of an unknown kind — manifest declares unknown kind widgets/,
  );
  add(
    'keys in an exchange file',
    await seal(
      resign(
        edit(lines, 0, (m) => (m.counts = { customers: 5, installation: 0 })),
        keys.signingSecretKey,
      ),
    ),
    /^the file holds records of an unknown kind — a full file cannot hold installation records/,
  );
  add(
    'invalid field',
    await seal(edit(lines, 3, (l) => ((l.record as { rev: string }).rev = 'yesterday'))),
    /^invalid record on line 4 — customers: rev: validation\.invalidRev \(第 4 行记录无效\)$/,
  );
  add(
    'over-long line',
    await seal([lines[0]!, lines[1]!, lines[2]!.replace('{"id"', `{"notes":"${'x'.repeat(16 * 1024 * 1024)}","id"`), ...lines.slice(3)]),
    'a line is too long on line 3 (文件过大或含超长记录)',
  );
  add(
    'manifest signed by another key',
    await seal([lines[0]!, resign(lines, other.signingSecretKey)[1]!, ...lines.slice(2)]),
    /^the signature is invalid on line 2 \(签名无效\)$/,
  );
  const classified = await payloadLines(customers(2, () => ({ classification: 'secret' })));
  add(
    'records above the declared classification',
    await seal(classified),
    /^records are classified secret, above the declared highest classification internal/,
  );
  // Valid in itself (verify alone passes: the control case shows it), but not by the expected signer.
  writeFileSync(join(dir, 'ours.txt'), `${keys.signingPublicKey}\n`);
  const foreign = await seal(
    resign(
      edit(lines, 0, (m) => (m.signerPublicKey = other.signingPublicKey)),
      other.signingSecretKey,
    ),
  );
  add(
    'signed by another key, checked with --signer',
    foreign,
    /^signed by [0-9]{4}(?: [0-9]{4}){9}, not by the expected key [0-9]{4}(?: [0-9]{4}){9} \(签名者与指定的公钥不符\)$/,
    ['--passphrase-file', join(dir, 'pass.txt'), '--signer', join(dir, 'ours.txt')],
  );
  // Writing at factor 21 would cost gigabytes: the header line is what the reader checks first.
  const text = new TextDecoder('latin1').decode(good);
  add(
    'scrypt work factor 21',
    Uint8Array.from(text.replace(/^(-> scrypt \S+) 10$/m, '$1 21'), (c) => c.charCodeAt(0)),
    'the passphrase lock is too expensive to open (scrypt work factor above 20) (文件的口令加密参数超出允许范围)',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('verify on the bad-file corpus', () => {
  const argsOf = (name: string, i: number) => {
    const { file, unlock } = cases.get(name)!;
    const path = join(dir, `case-${i}.age`);
    writeFileSync(path, file);
    return [path, ...(unlock ?? ['--passphrase-file', join(dir, 'pass.txt')])];
  };
  const expectLine = (name: string, result: CliResult) => {
    const { line } = cases.get(name)!;
    const ok = typeof line !== 'string' && line.source.startsWith('^intact');
    const text = ok ? result.stdout.trim() : expectOneErrorLine(result).replace(/^error: /, '');
    expect({ name, code: result.code, text }).toEqual({ name, code: ok ? 0 : 1, text: typeof line === 'string' ? line : expect.stringMatching(line) });
  };

  // In this process (helpers.ts verifyInProcess words a failure as main.ts does): a process per file costs a Node start.
  it(
    'gives exit 1 and one clear line for every bad file',
    async () => {
      for (const [i, name] of [...cases.keys()].entries()) expectLine(name, await verifyInProcess(...argsOf(name, i)));
    },
    SLOW,
  );

  it(
    'the bundled CLI as its own process words them the same (the good file, a wrong passphrase, a truncated file)',
    async () => {
      const names = ['the good file (control)', 'wrong passphrase', 'truncated'];
      const results = await Promise.all(names.map((name, i) => cli('verify', ...argsOf(name, 100 + i))));
      names.forEach((name, i) => expectLine(name, results[i]!));
    },
    SLOW,
  );
});
