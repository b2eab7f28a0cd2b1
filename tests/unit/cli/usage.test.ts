import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src-main/cli/schema-version';
import { buildCli, cli, customer, expectOneErrorLine, ROOT, testKeys, type CliResult } from './helpers';

/** Each of these runs several CLI processes (in parallel): generous when CI shares the machine. */
const SLOW = 90_000;

/** Wrong commands, options, key files and datasets: one line each, exit 1, nothing written. */
// Made at load time: the cases below name files in it.
const dir = mkdtempSync(join(tmpdir(), 'archive-cli-usage-'));
const at = (name: string) => join(dir, name);
const RECIPIENT = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';

beforeAll(async () => {
  const keys = await testKeys();
  await buildCli();
  writeFileSync(at('sign.txt'), `${keys.signingSecretKey}\n`);
  writeFileSync(at('short.txt'), 'short\n');
  writeFileSync(at('empty.txt'), '\n');
  writeFileSync(at('not-json.json'), '{"records": [');
  const dataset = (records: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      schemaVersion: SCHEMA_VERSION,
      appVersion: '0.1.0',
      source: { installationId: customer(0).origin, organisation: '某研究院', department: '市场部' },
      exporter: '张三',
      createdAt: '2026-11-27T08:00:00Z',
      scope: { type: 'full' },
      highestClassification: 'internal',
      records,
      ...extra,
    });
  writeFileSync(
    at('bad-rev.json'),
    dataset([
      { kind: 'customers', record: customer(1) },
      { kind: 'customers', record: customer(2, { rev: 'now' }) },
    ]),
  );
  writeFileSync(
    at('twice.json'),
    dataset([
      { kind: 'customers', record: customer(1) },
      { kind: 'customers', record: customer(1) },
    ]),
  );
  writeFileSync(at('secret.json'), dataset([{ kind: 'customers', record: customer(1, { classification: 'secret' }) }]));
  writeFileSync(at('keys.json'), dataset([{ kind: 'installation', record: {} }]));
  writeFileSync(at('counts.json'), dataset([], { counts: {} }));
  writeFileSync(at('scope.json'), dataset([], { scope: { type: 'everything' } }));
  writeFileSync(at('ok.json'), dataset([{ kind: 'customers', record: customer(1) }]));
  writeFileSync(at('exists.age'), 'x');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pack = (dataset: string, ...rest: string[]) => ['pack', at(dataset), '--sign-key', at('sign.txt'), '--out', at('out.age'), ...rest];

const CASES: Array<[string[], string | RegExp]> = [
  [[], 'missing command (see: npm run archive -- help)'],
  [['frobnicate'], /^unknown command "frobnicate" \(commands: keygen, sample, pack, inspect, verify, unpack/],
  [['verify', 'x.age', '--identty', 'k'], /^unknown option --identty for "verify"/],
  [['verify'], 'verify: missing FILE'],
  [['verify', 'x.age'], 'missing --identity FILE or --passphrase-file FILE'],
  [['verify', '/nonexistent/x.age', '--passphrase-file', '/nonexistent/p'], 'cannot open /nonexistent/p: no such file or directory'],
  [['verify', '/nonexistent/x.age', '--identity', '/nonexistent/k'], 'cannot open /nonexistent/k: no such file or directory'],
  [['sample', '--customers', '0', '--out', 'x'], '--customers must be a whole number from 1 to 10000'],
  [['sample', '--customers', '2'], 'missing --out'],
  [pack('ok.json'), 'missing --recipient age1… or --passphrase-file FILE'],
  [pack('ok.json', '--recipient', 'age1nope'), /^--recipient "age1nope" is not an age X25519 recipient/],
  [pack('ok.json', '--recipient', RECIPIENT, '--passphrase-file', 'p'), 'give --recipient or --passphrase-file, not both'],
  [pack('ok.json', '--passphrase-file', 'SHORT'), /^the passphrase must have at least 10 characters \(口令至少需要 10 个字符\)$/],
  [pack('ok.json', '--passphrase-file', 'EMPTY'), /^the passphrase in .*empty\.txt is empty \(口令为空\)$/],
  [['pack', 'ok.json', '--recipient', RECIPIENT, '--sign-key', 'SHORT', '--out', 'o'], /short\.txt is not a signing key file \(64 hex digits\)$/],
  [pack('not-json.json', '--recipient', RECIPIENT), /not-json\.json is not valid JSON/],
  [pack('missing.json', '--recipient', RECIPIENT), /^cannot open .*missing\.json: no such file or directory$/],
  [pack('bad-rev.json', '--recipient', RECIPIENT), 'dataset record 2 (customers): rev: validation.invalidRev'],
  [pack('twice.json', '--recipient', RECIPIENT), /^dataset record 2 \(customers\): [0-9a-f-]{36} appears twice$/],
  [pack('secret.json', '--recipient', RECIPIENT), /^dataset: records are classified secret, above the declared highest classification internal/],
  [pack('keys.json', '--recipient', RECIPIENT), 'dataset record 1: kind "installation" is not allowed in a full archive'],
  [pack('counts.json', '--recipient', RECIPIENT), 'dataset: unknown field "counts" (pack counts the records itself)'],
  [pack('scope.json', '--recipient', RECIPIENT), 'dataset: scope.type must be one of backup, full, selection, changes, audit'],
  [['pack', 'ok.json', '--recipient', RECIPIENT, '--sign-key', 'SIGN', '--out', 'EXISTS'], /exists\.age already exists: remove it or choose another name$/],
];

describe('bad usage and bad input', () => {
  it(
    'each gives exit 1, one line, and writes nothing',
    async () => {
      const fill = (args: string[]) =>
        args.map(
          (a) =>
            ({ SHORT: at('short.txt'), EMPTY: at('empty.txt'), SIGN: at('sign.txt'), EXISTS: at('exists.age') })[a] ??
            (a.endsWith('.json') && !a.includes('/') ? at(a) : a),
        );
      const results = await Promise.all(CASES.map(([args]) => cli(...fill(args))));
      CASES.forEach(([args, line], i) => {
        const text = expectOneErrorLine(results[i]!).replace(/^error: /, '');
        expect({ args, text }).toEqual({ args, text: typeof line === 'string' ? line : expect.stringMatching(line) });
      });
      expect(readdirSync(dir).filter((name) => name.includes('out') || name.endsWith('.tmp'))).toEqual([]);
    },
    SLOW,
  );

  it('the launcher (npm run archive) passes the exit status and the line through', async () => {
    const run = promisify(execFile);
    const failed = await run(process.execPath, ['scripts/archive.mjs', 'verify', at('missing.age'), '--identity', at('sign.txt')], { cwd: ROOT }).catch(
      (e: CliResult) => e,
    );
    expect(expectOneErrorLine(failed as CliResult)).toMatch(/sign\.txt is not an age X25519 identity file/);
  });

  it('help prints the usage and exits 0', async () => {
    const result = await cli('help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}verify {2}FILE\.age/m);
  });

  it('a packable dataset packs (control for the cases above)', async () => {
    expect((await cli(...pack('ok.json', '--recipient', RECIPIENT))).code).toBe(0);
  });
});
