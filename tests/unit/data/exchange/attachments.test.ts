import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { gunzipSync, gzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveError, openAge, sealAge, type ArchiveManifest } from '../../../../src-renderer/core/archive-file';
import { decodeBase64, encodeBase64 } from '../../../../src-renderer/core/archive-file/armor';
import { addAttachments, deleteAttachment, type AttachmentRecord } from '../../../../src-renderer/data/attachments';
import { createBackupFile, restoreBackupFile } from '../../../../src-renderer/data/backup-file';
import { openDatabase, type AirgapDb } from '../../../../src-renderer/data/db';
import { previewImport, selectionAttachments } from '../../../../src-renderer/data/exchange';
import { getProfile } from '../../../../src-renderer/data/profile-repo';
import { importErrorMessage } from '../../../../src-renderer/features/exchange/messages';
import { testActor } from '../../../shared/actors';
import { closeAll, customerTree, exportFor, pairOfDepartments, receive, tableCounts, type Dept } from './departments-fixture';

/**
 * Attachments travel (issue 18.5): exchange and backup carry their records and bytes, each
 * content once, hashed and signed with the rest; a content whose bytes were changed is refused
 * naming its file, and nothing of the file is written.
 */
afterEach(closeAll);

const CAP = 8 * 1024 * 1024;

/** A PDF of `size` bytes (the type is sniffed from its head), varied by `seed`. */
function pdf(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
  let x = seed + 1;
  for (let i = 9; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

async function attach(d: Dept, customerId: string, fileName: string, bytes: Uint8Array, classification = 'internal'): Promise<AttachmentRecord> {
  const [record] = await addAttachments(
    d.db,
    { kind: 'customers', id: customerId },
    [
      {
        file: new Blob([bytes as Uint8Array<ArrayBuffer>]),
        fileName,
        entry: { title: fileName.replace(/\.pdf$/, ''), kind: 'report', classification, notes: '' },
      },
    ],
    d.ctx,
    CAP,
  );
  return record!;
}

async function storedBytes(db: AirgapDb): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const row of await db.attachmentBlobs.toArray()) out[row.sha256] = bytesToHex(sha256(new Uint8Array(await row.blob.arrayBuffer())));
  return out;
}

/** Two customers at A: the first with a 1.5 MiB report (two parts), the same file again, and a small secret one. */
async function world() {
  const { a, b, dir } = await pairOfDepartments();
  const first = await customerTree(a, '中国运载火箭技术研究院');
  const second = await customerTree(a, '航天材料及工艺研究所');
  const big = pdf(1536 * 1024, 1);
  const report = await attach(a, first.customer.id, '检测报告.pdf', big);
  const again = await attach(a, second.customer.id, '检测报告（副本）.pdf', big);
  const secret = await attach(a, first.customer.id, '工艺文件.pdf', pdf(3000, 2), 'secret');
  return { a, b, dir, first, second, report, again, secret, big };
}

async function manifestOf(d: Dept, file: Uint8Array): Promise<ArchiveManifest> {
  const opened = await openAge(file, { identities: [d.installation.keys.ageIdentity] });
  const text = new TextDecoder().decode(gunzipSync(new Uint8Array(await new Response(opened.plaintext).arrayBuffer())));
  return JSON.parse(text.slice(0, text.indexOf('\n'))) as ArchiveManifest;
}

/**
 * The file for `to` with one byte of one part of `fileName`'s content changed, re-signed by the
 * sender: the file's own hash and signature hold, only the content's digest tells.
 */
async function tampered(from: Dept, to: Dept, file: Uint8Array, sha: string): Promise<Uint8Array> {
  const opened = await openAge(file, { identities: [to.installation.keys.ageIdentity] });
  const lines = new TextDecoder()
    .decode(gunzipSync(new Uint8Array(await new Response(opened.plaintext).arrayBuffer())))
    .split('\n')
    .slice(0, -2); // the trailer and the final empty string
  const index = lines.findIndex((l) => l.includes(`"sha256":"${sha}","part":2`));
  const value = JSON.parse(lines[index]!) as { attachmentData: { data: string } };
  const data = decodeBase64(value.attachmentData.data)!;
  data[10]! ^= 0x40;
  value.attachmentData.data = encodeBase64(data);
  lines[index] = JSON.stringify(value);
  const text = lines.map((l) => `${l}\n`).join('');
  const digest = sha256(new TextEncoder().encode(text));
  const secret = hexToBytes(from.installation.keys.signingSecretKey);
  const trailer = JSON.stringify({ trailer: { sha256: bytesToHex(digest), signature: bytesToHex(ed25519.sign(digest, secret)) } });
  const payload = new Response(gzipSync(new TextEncoder().encode(`${text}${trailer}\n`))).body!;
  const sealed = await sealAge(payload, { recipients: [to.installation.keys.ageRecipient] }, false);
  return new Uint8Array(await new Response(sealed).arrayBuffer());
}

describe('attachments in exchange files', () => {
  it('a full export carries the records and each content once; the import stores them, hash equal; the mark counts them; the preview lists them', async () => {
    const { a, b, dir, report, again, secret, big } = await world();
    const file = await exportFor(a, b, dir);
    expect(file.counts).toMatchObject({ attachments: 3 });
    const manifest = await manifestOf(b, file.bytes);
    expect(manifest).toMatchObject({ formatVersion: 4, blobs: { count: 2, bytes: big.length + 3000 } });
    // The customers are 内部; a 秘密 attachment makes the file 秘密.
    expect(manifest.highestClassification).toBe('secret');
    expect(file.line.mark).toMatchObject({ level: 'secret' });

    const { preview, report: applied } = await receive(b, file.bytes);
    expect(preview.status === 'ready' && preview.file.attachments).toMatchObject({ files: 3, bytes: big.length + 3000 });
    const listed = preview.status === 'ready' ? preview.file.attachments.list : [];
    expect(listed).toContainEqual({ customer: '中国运载火箭技术研究院', title: '检测报告', fileName: '检测报告.pdf', size: big.length });
    expect(listed).toContainEqual({ customer: '航天材料及工艺研究所', title: '检测报告（副本）', fileName: '检测报告（副本）.pdf', size: big.length });
    expect(applied.counts.attachments).toMatchObject({ new: 3 });
    expect((await b.db.attachments.toArray()).map((r) => r.id).sort()).toEqual([report.id, again.id, secret.id].sort());
    expect(await storedBytes(b.db)).toEqual(await storedBytes(a.db));
    expect(Object.entries(await storedBytes(b.db)).every(([key, digest]) => key === digest)).toBe(true);
    expect(await b.db.importStaging.count()).toBe(0);

    // The same file again: nothing new, the contents stay stored once.
    await receive(b, file.bytes);
    expect(await b.db.attachmentBlobs.count()).toBe(2);
  });

  it('a tampered attachment is refused naming its file, in Chinese; the receiver is unchanged', async () => {
    const { a, b, dir, report } = await world();
    const file = await exportFor(a, b, dir);
    const bad = await tampered(a, b, file.bytes, report.sha256);
    const before = await tableCounts(b.db);
    const error = await previewImport(b.db, bad, { identities: [b.installation.keys.ageIdentity] }, { installation: b.installation }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ArchiveError);
    expect(error).toMatchObject({ code: 'blob-mismatch', subject: '检测报告.pdf' });
    expect(importErrorMessage(error, 'recipients')).toEqual({ key: 'exchangeImport.error.attachmentAltered', details: [], params: { name: '检测报告.pdf' } });
    expect(await tableCounts(b.db)).toEqual(before);
    expect(await b.db.attachmentBlobs.count()).toBe(0);
  });

  it('a selection may leave the attachments out (不含附件): neither records nor bytes; the screen gets their size', async () => {
    const { a, b, dir, first, big } = await world();
    expect(await selectionAttachments(a.db, [first.customer.id])).toEqual({ files: 2, bytes: big.length + 3000 });
    const scope = { type: 'selection', by: 'customers', customerIds: [first.customer.id] } as const;
    const without = await exportFor(a, b, dir, { ...scope, withoutAttachments: true });
    expect(without.counts.attachments ?? 0).toBe(0);
    const manifest = await manifestOf(b, without.bytes);
    expect(manifest.formatVersion).toBe(3);
    expect(manifest.highestClassification).toBe('internal');
    await receive(b, without.bytes);
    expect(await b.db.attachments.count()).toBe(0);
    expect(await b.db.attachmentBlobs.count()).toBe(0);

    const withThem = await exportFor(a, b, dir, scope);
    expect(withThem.counts).toMatchObject({ attachments: 2 });
    await receive(b, withThem.bytes);
    expect(await b.db.attachments.count()).toBe(2);
    expect(Object.keys(await storedBytes(b.db))).toHaveLength(2);
  });
});

describe('attachments in backups', () => {
  it('a restore brings back every attachment, a deleted one included, and its bytes, hash-checked', async () => {
    const { a, secret } = await world();
    await deleteAttachment(a.db, secret.id, a.ctx);
    const backup = await createBackupFile(a.db, {
      profile: (await getProfile(a.db))!,
      installation: a.installation,
      appVersion: '0.1.0',
      actor: testActor('张伟'),
      purpose: '测试备份',
      lock: { passphrase: '备份口令 测试 一二三', testOnlyWorkFactor: 10 },
    });
    const restored = await restoreBackupFile(backup.bytes, { passphrase: '备份口令 测试 一二三' }, { stamp: 'attachments-test', by: testActor() });
    expect(restored.manifest).toMatchObject({ formatVersion: 4, highestClassification: 'secret', blobs: { count: 2 } });
    const db = await openDatabase(restored.databaseName);
    try {
      expect((await db.attachments.toArray()).sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(
        (await a.db.attachments.toArray()).sort((x, y) => (x.id < y.id ? -1 : 1)),
      );
      expect(await storedBytes(db)).toEqual(await storedBytes(a.db));
      expect((await db.attachments.get(secret.id))?.deletedAt).not.toBeNull();
      expect(Object.keys(await storedBytes(db))).toContain(secret.sha256);
    } finally {
      db.close();
    }
  });
});
