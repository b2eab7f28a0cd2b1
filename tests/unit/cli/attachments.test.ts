import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { gunzipSync, gzipSync } from 'fflate';
import { openAge } from '../../../src-renderer/core/archive-file';
import { decodeBase64, encodeBase64 } from '../../../src-renderer/core/archive-file/armor';
import { buildCli, cli, expectOneErrorLine, PASSPHRASE, sealPassphrase } from './helpers';

// data/ belongs to the web TypeScript project and this test to the node one (tsconfig.*.json): the
// exchange file is made by the app's own export, loaded by paths TypeScript does not follow (as
// schema-version.test.ts does).
const FIXTURE: string = '../data/exchange/departments-fixture';
const ATTACHMENTS: string = '../../../src-renderer/data/attachments';
const EXCHANGE: string = '../../../src-renderer/data/exchange';
const PROFILES: string = '../../../src-renderer/data/profile-repo';
const ACTORS: string = '../../shared/actors';

/** An exchange file (passphrase) of one customer with a 1.2 MB PDF attached, made by the app's export; and its signing key. */
async function appExport(): Promise<{ bytes: Uint8Array; signingSecretKey: string }> {
  /* eslint-disable @typescript-eslint/no-explicit-any -- modules of the web project, see above */
  const { closeAll, customerTree, department } = (await import(FIXTURE)) as any;
  const { addAttachments } = (await import(ATTACHMENTS)) as any;
  const { exportArchive } = (await import(EXCHANGE)) as any;
  const { getProfile } = (await import(PROFILES)) as any;
  const { testActor } = (await import(ACTORS)) as any;
  /* eslint-enable @typescript-eslint/no-explicit-any */
  const a = await department('市场部');
  const { customer } = await customerTree(a, '中国运载火箭技术研究院');
  const bytes = new Uint8Array(1_200_000).map((_, i) => (i * 7919) % 251);
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
  await addAttachments(
    a.db,
    { kind: 'customers', id: customer.id },
    [{ file: new Blob([bytes]), fileName: '检测报告.pdf', entry: { title: '检测报告', kind: 'report', classification: 'internal', notes: '' } }],
    a.ctx,
    8 * 1024 * 1024,
  );
  const file = await exportArchive(a.db, {
    scope: { type: 'full' },
    lock: { passphrase: PASSPHRASE, testOnlyWorkFactor: 10 },
    installation: a.installation,
    profile: await getProfile(a.db),
    appVersion: '0.1.0',
    actor: testActor('张伟'),
    purpose: '测试交换',
    now: a.ctx.now(),
  });
  closeAll();
  return { bytes: file.bytes as Uint8Array, signingSecretKey: a.installation.keys.signingSecretKey as string };
}

/** The file with one byte of the content's first part changed, hashed and signed again: only the content's digest tells. */
async function tampered(file: Uint8Array, signingSecretKey: string): Promise<Uint8Array> {
  const opened = await openAge(file, { passphrase: PASSPHRASE });
  const lines = new TextDecoder()
    .decode(gunzipSync(new Uint8Array(await new Response(opened.plaintext).arrayBuffer())))
    .split('\n')
    .slice(0, -2);
  const index = lines.findIndex((l) => l.startsWith('{"attachmentData"'));
  const value = JSON.parse(lines[index]!) as { attachmentData: { data: string } };
  const data = decodeBase64(value.attachmentData.data)!;
  data[100]! ^= 0x01;
  value.attachmentData.data = encodeBase64(data);
  lines[index] = JSON.stringify(value);
  const text = lines.map((l) => `${l}\n`).join('');
  const digest = sha256(new TextEncoder().encode(text));
  const signature = bytesToHex(ed25519.sign(digest, hexToBytes(signingSecretKey)));
  const payload = gzipSync(new TextEncoder().encode(`${text}${JSON.stringify({ trailer: { sha256: bytesToHex(digest), signature } })}\n`));
  return sealPassphrase(payload);
}

/** The CLI reads files that carry attachment bytes (format 4): inspect shows them, a changed content is refused naming its file. */
let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'archive-cli-attachments-'));
  await buildCli();
  writeFileSync(at('pass.txt'), `${PASSPHRASE}\n`, { mode: 0o600 });
  const file = await appExport();
  writeFileSync(at('with-attachments.age'), file.bytes);
  writeFileSync(at('tampered.age'), await tampered(file.bytes, file.signingSecretKey));
}, 90_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI and attachment bytes', () => {
  it('inspect and verify read a format-4 file whole and show its attachments', async () => {
    const inspected = await cli('inspect', at('with-attachments.age'), '--passphrase-file', at('pass.txt'));
    expect(inspected.code).toBe(0);
    expect(inspected.stdout).toMatch(/^format: +airgap-crm-archive 4,/m);
    expect(inspected.stdout).toMatch(/^attachments: +1 files, 1200000 bytes$/m);
    expect(inspected.stdout).toMatch(/^counts: .*attachments 1/m);
    expect((await cli('verify', at('with-attachments.age'), '--passphrase-file', at('pass.txt'))).code).toBe(0);
  }, 90_000);

  it('verify refuses a content whose bytes were changed (re-signed by the sender), naming its file', async () => {
    const result = await cli('verify', at('tampered.age'), '--passphrase-file', at('pass.txt'));
    expect(expectOneErrorLine(result)).toMatch(/the bytes of an attachment do not match.*"检测报告\.pdf".*附件内容与其校验值不符/);
  }, 90_000);
});
