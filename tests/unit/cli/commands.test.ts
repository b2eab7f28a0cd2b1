import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src-main/cli/schema-version';
import { writeArchive } from '../../../src-renderer/core/archive-file';
import { collect } from '../core/archive-file/fixtures';
import { buildCli, cli, customers, expectOneErrorLine, gzipLines, manifest, PASSPHRASE, payloadLines, sealPassphrase, TEST_FACTOR } from './helpers';

/** Each of these runs several CLI processes (in parallel): generous when CI shares the machine. */
const SLOW = 90_000;

/** keygen, sample, pack, inspect, verify, unpack through the bundled CLI, and age interop. */
const hasAge = existsSync('/usr/bin/age');
let dir: string;
const at = (name: string) => join(dir, name);
const identity = () => ['--identity', at('keys/age-identity.txt')];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'archive-cli-'));
  await buildCli();
  expect((await cli('keygen', '--out', at('keys'))).code).toBe(0);
  expect((await cli('keygen', '--out', at('other'))).code).toBe(0);
  expect((await cli('sample', '--customers', '2', '--out', at('dataset.json'))).code).toBe(0);
  writeFileSync(at('pass.txt'), `${PASSPHRASE}\n`, { mode: 0o600 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('keygen', () => {
  it('writes age-keygen-style identity, recipient and signing keys, secrets with mode 0600', () => {
    const id = readFileSync(at('keys/age-identity.txt'), 'utf8');
    const recipient = readFileSync(at('keys/age-recipient.txt'), 'utf8');
    expect(id).toMatch(/^# created: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n# public key: age1[a-z0-9]{58}\nAGE-SECRET-KEY-1[A-Z0-9]{58}\n$/);
    expect(id).toContain(`# public key: ${recipient.trim()}\n`);
    for (const name of ['signing-key.txt', 'signing-public.txt']) expect(readFileSync(at(`keys/${name}`), 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    expect(statSync(at('keys/age-identity.txt')).mode & 0o777).toBe(0o600);
    expect(statSync(at('keys/signing-key.txt')).mode & 0o777).toBe(0o600);
  });

  it('refuses to overwrite an existing key set and leaves it unchanged', async () => {
    const before = readFileSync(at('keys/signing-key.txt'), 'utf8');
    expect(expectOneErrorLine(await cli('keygen', '--out', at('keys')))).toMatch(/age-identity\.txt already exists/);
    expect(readFileSync(at('keys/signing-key.txt'), 'utf8')).toBe(before);
  });
});

describe('sample → pack → inspect → verify → unpack', () => {
  it(
    'with two recipients: both can open it, Debian age included',
    async () => {
      const recipients = ['keys', 'other'].flatMap((k) => ['--recipient', readFileSync(at(`${k}/age-recipient.txt`), 'utf8').trim()]);
      const packed = await cli('pack', at('dataset.json'), ...recipients, '--sign-key', at('keys/signing-key.txt'), '--out', at('r.age'));
      expect(packed).toMatchObject({ code: 0, stderr: '' });
      expect(packed.stdout).toMatch(/^packed 1\d\d records \(customers 2, contacts 10, .*interactions 100, complaints 10\)/);

      const inspected = await cli('inspect', at('r.age'), ...identity());
      expect(inspected.code).toBe(0);
      expect(inspected.stdout).toMatch(/^scope: +full — 样例数据/m);
      expect(inspected.stdout).toMatch(/^counts: +customers 2, contacts 10,/m);
      expect(inspected.stdout).toMatch(/^fingerprint: +[0-9]{4}( [0-9]{4}){9}$/m);
      // Without --signer the file is intact, never called verified: anyone with a key pair can sign.
      expect(inspected.stdout).toMatch(/^signature: +intact: hash, signature and counts hold; signer not checked: .*\(文件完整，签名者未核对\)$/m);
      const json = JSON.parse((await cli('inspect', at('r.age'), '--identity', at('other/age-identity.txt'), '--json')).stdout);
      expect(json).toMatchObject({
        intact: true,
        signerChecked: false,
        verified: false,
        manifest: { schemaVersion: SCHEMA_VERSION, counts: { customers: 2 } },
      });
      const checked = await cli('inspect', at('r.age'), ...identity(), '--signer', at('keys/signing-public.txt'));
      expect(checked.stdout).toMatch(/^signature: +valid: .*\(已验证\)$/m);

      const intact = await cli('verify', at('r.age'), ...identity());
      expect(intact.code).toBe(0);
      expect(intact.stdout).toMatch(/^intact: 1\d\d records, sha256 [0-9a-f]{64}, signer .* — signer not checked: .*\(文件完整，签名者未核对\)\n$/);
      expect(intact.stdout).not.toMatch(/verified|已验证/);
      const signed = await cli('verify', at('r.age'), ...identity(), '--signer', at('keys/signing-public.txt'));
      expect(signed.stdout).toMatch(/^verified: 1\d\d records, sha256 [0-9a-f]{64}, signer .*, matches --signer \(已验证\)$/m);
      expect((await cli('unpack', at('r.age'), ...identity(), '--out', at('r.ndjson'))).code).toBe(0);
      const lines = readFileSync(at('r.ndjson'), 'utf8').split('\n');
      expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'airgap-crm-archive', counts: json.manifest.counts });
      expect(lines.at(-2)).toMatch(/^\{"trailer":\{"sha256":"[0-9a-f]{64}","signature":"[0-9a-f]{128}"\}\}$/);
      expect(statSync(at('r.ndjson')).mode & 0o777).toBe(0o600);

      if (hasAge) {
        // Interop and the officer's recipe: age + gunzip give the same bytes, whose hash is the trailer's.
        const plain = execFileSync('sh', ['-c', `age -d -i "$1" "$2" | gunzip`, 'sh', at('keys/age-identity.txt'), at('r.age')]);
        expect(plain.equals(readFileSync(at('r.ndjson')))).toBe(true);
        const digest = execFileSync('sh', ['-c', `sed '$d' "$1" | sha256sum | cut -d' ' -f1`, 'sh', at('r.ndjson')], { encoding: 'utf8' });
        expect(JSON.parse(lines.at(-2)!).trailer.sha256).toBe(digest.trim());
      }
    },
    SLOW,
  );

  it(
    'with a passphrase file at the real work factor (the default path)',
    async () => {
      const args = ['--passphrase-file', at('pass.txt')];
      expect((await cli('pack', at('dataset.json'), ...args, '--sign-key', at('keys/signing-key.txt'), '--out', at('p.age'), '--armor')).code).toBe(0);
      expect(readFileSync(at('p.age'), 'utf8')).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----\n/);
      // One read at factor 18 (≈ 1 s of scrypt); inspect and unpack with a passphrase are below, cheaply.
      expect((await cli('verify', at('p.age'), ...args)).stdout).toMatch(/^intact: 1\d\d records/);
    },
    SLOW,
  );

  it(
    'inspects, verifies and unpacks a passphrase file made by the core (cheap work factor)',
    async () => {
      const records = customers(3);
      const file = await collect(
        await writeArchive({
          manifest: manifest({ customers: 3 }),
          records,
          signingSecretKey: readFileSync(at('keys/signing-key.txt'), 'utf8').trim(),
          lock: { passphrase: PASSPHRASE, testOnlyWorkFactor: TEST_FACTOR },
        }),
      );
      writeFileSync(at('c.age'), file);
      const pass = ['--passphrase-file', at('pass.txt')];
      expect((await cli('inspect', at('c.age'), ...pass)).stdout).toMatch(/^counts: +customers 3$/m);
      expect((await cli('verify', at('c.age'), ...pass, '--signer', at('keys/signing-public.txt'))).code).toBe(0);
      const wrong = await cli('verify', at('c.age'), ...pass, '--signer', at('other/signing-public.txt'));
      expect(expectOneErrorLine(wrong)).toMatch(
        /^error: signed by [0-9]{4}(?: [0-9]{4}){9}, not by the expected key [0-9]{4}(?: [0-9]{4}){9} \(签名者与指定的公钥不符\)$/,
      );
      expect((await cli('unpack', at('c.age'), ...pass, '--out', at('c.ndjson'))).stdout).toMatch(/^unpacked 3 verified records/);
    },
    SLOW,
  );
});

describe('unpack writes nothing unless the file verifies', () => {
  it('an edited file (found out only at its end) leaves neither the output nor a temp file', async () => {
    const lines = await payloadLines(customers(50));
    lines[20] = lines[20]!.replace('"updatedBy":"张三"', '"updatedBy":"李四"');
    const sub = mkdtempSync(join(dir, 'unpack-'));
    writeFileSync(join(sub, 'bad.age'), await sealPassphrase(gzipLines(lines)));
    const pass = ['--passphrase-file', at('pass.txt')];
    const result = await cli('unpack', join(sub, 'bad.age'), ...pass, '--out', join(sub, 'out.ndjson'));
    expect(expectOneErrorLine(result)).toBe('error: the content does not match its hash (it was altered) (文件内容与签名不符（已被修改）)');
    expect(readdirSync(sub)).toEqual(['bad.age']);
    // inspect shows what it could read, says it did not verify, and fails the same way.
    const inspected = await cli('inspect', join(sub, 'bad.age'), ...pass);
    expect(expectOneErrorLine(inspected)).toMatch(/^error: the content does not match its hash/);
    expect(inspected.stdout).toMatch(/^exporter: +张三$/m);
    expect(inspected.stdout).toMatch(/^signature: +NOT VERIFIED: the content does not match its hash/m);
  });
});
