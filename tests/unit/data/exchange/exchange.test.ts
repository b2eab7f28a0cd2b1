import { afterEach, describe, expect, it } from 'vitest';
import { isArchiveError } from '../../../../src-renderer/core/archive-file';
import { deleteCustomer, updateCustomer } from '../../../../src-renderer/data/customers';
import { previewImport, applyImport, listOpenConflicts, resolveConflict, ImportRefusedError } from '../../../../src-renderer/data/exchange';
import { historyOf } from '../../../../src-renderer/data/records';
import { closeAll, customerTree, department, exchangedRecords, exportFor, introduce, receive, send, tableCounts } from './departments-fixture';
import { unitInput } from '../customers/fixtures';
import { sealAge } from '../../../../src-renderer/core/archive-file';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { gzipSync } from 'fflate';
import { keyFingerprint } from '../../../../src-renderer/core/keys';
import { newId } from '../../../../src-renderer/core/ids';
import { applyCard, exportArchive, exportMyCard, previewSignerCard, SignerCardMismatchError } from '../../../../src-renderer/data/exchange';
import { getProfile } from '../../../../src-renderer/data/profile-repo';
import { createBackupFile } from '../../../../src-renderer/data/backup-file';
import { CURRENT_SCHEMA_VERSION } from '../../../../src-renderer/data/schema';
import type { Dept } from './departments-fixture';
import { testActor } from '../../../shared/actors';

/**
 * A validly encrypted file with hand-picked record lines, for the checks after decryption.
 * `claimedSigner` replaces the signer key in the manifest after signing (a forged signature).
 */
/** A record line; a `__proto__` key given as `hostileKey` is spliced into the JSON text. */
function rawRecordLine(line: { kind: string; record: unknown; hostileKey?: boolean }): string {
  const json = JSON.stringify({ kind: line.kind, record: line.record });
  return line.hostileKey ? json.replace('"record":{', '"record":{"__proto__":{"x":1},') : json;
}

async function handMadeFile(
  from: Dept,
  to: Dept,
  lines: { kind: string; record: unknown; hostileKey?: boolean }[],
  signingSecretKey = from.installation.keys.signingSecretKey,
  claimedSigner?: string,
) {
  const counts: Record<string, number> = {};
  for (const l of lines) counts[l.kind] = (counts[l.kind] ?? 0) + 1;
  const manifest = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion: '0.1.0',
    source: { installationId: from.installation.installationId, organisation: '航天材料及工艺研究所', department: from.name },
    exporter: '张伟',
    createdAt: new Date().toISOString(),
    scope: { type: 'full' as const },
    counts,
    highestClassification: null,
  };
  // Lines written by hand (not buildPayload, which refuses hostile keys): hash and sign as the format says.
  const signer = claimedSigner ?? bytesToHex(ed25519.getPublicKey(hexToBytes(signingSecretKey)));
  const text = [JSON.stringify({ format: 'airgap-crm-archive', formatVersion: 1, ...manifest, signerPublicKey: signer }), ...lines.map((l) => rawRecordLine(l))]
    .map((l) => `${l}\n`)
    .join('');
  const digest = sha256(new TextEncoder().encode(text));
  const trailer = JSON.stringify({ trailer: { sha256: bytesToHex(digest), signature: bytesToHex(ed25519.sign(digest, hexToBytes(signingSecretKey))) } });
  const payload = new Response(gzipSync(new TextEncoder().encode(`${text}${trailer}\n`))).body!;
  const sealed = await sealAge(payload, { recipients: [to.installation.keys.ageRecipient] }, false);
  return new Uint8Array(await new Response(sealed).arrayBuffer());
}

afterEach(closeAll);

describe('export → import between two departments', () => {
  it('a full export imported into an empty database gives identical records; the same file twice changes nothing', async () => {
    const a = await department('市场部');
    const b = await department('科研处');
    const dir = await introduce(a, b);
    await customerTree(a, '中国运载火箭技术研究院');
    await customerTree(a, '航天材料及工艺研究所');
    const file = await exportFor(a, b, dir);
    const first = await receive(b, file.bytes);
    expect(first.report.total.new).toBe(8);
    expect(await exchangedRecords(b.db)).toEqual(await exchangedRecords(a.db));

    const before = await tableCounts(b.db);
    const again = await receive(b, file.bytes);
    expect(again.preview.status === 'ready' && again.preview.total).toMatchObject({ new: 0, updated: 0, conflict: 0, unchanged: 8, older: 0 });
    // Nothing written but the import's own audit entry (issue 15.5: an applied import is audited, whatever it changed).
    expect(await tableCounts(b.db)).toEqual({ ...before, audit: before.audit! + 1 });
  });

  it('imported records keep their origin rev and get a history entry here', async () => {
    const a = await department('市场部');
    const b = await department('科研处');
    const dir = await introduce(a, b);
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    await send(a, b, dir);
    const copy = await b.db.table('customers').get(customer.id);
    expect(copy).toMatchObject({ rev: customer.rev, origin: a.installation.installationId });
    const history = await historyOf(b.db, 'customers', customer.id);
    expect(history.map((e) => e.op)).toEqual(['create']);
    // A later local edit at B sorts after the imported rev (the clock received it).
    const edited = await updateCustomer(
      b.db,
      customer.id,
      unitInput({ name: '中国运载火箭技术研究院', shortName: '一院', managerId: customer.managerId, managerName: customer.managerName }),
      b.ctx,
    );
    expect(edited.rev > customer.rev).toBe(true);
  });

  it('a selection carries exactly its customers, their records and their managers', async () => {
    const a = await department('市场部');
    const b = await department('科研处');
    const dir = await introduce(a, b);
    const chosen = await customerTree(a, '中国运载火箭技术研究院');
    await customerTree(a, '航天材料及工艺研究所');
    const file = await exportFor(a, b, dir, { type: 'selection', by: 'customers', customerIds: [chosen.customer.id] });
    expect(file.counts).toMatchObject({ customers: 1, contacts: 1, interactions: 1, managers: 1 });
    await receive(b, file.bytes);
    expect((await b.db.table('customers').toArray()).map((c) => c.id)).toEqual([chosen.customer.id]);
    expect((await b.db.table('contacts').toArray()).map((c) => c.id)).toEqual([chosen.contact.id]);
    expect((await b.db.table('interactions').toArray()).map((c) => c.id)).toEqual([chosen.interaction.id]);
  });

  it('changes since the last export to a department carry only what changed after it', async () => {
    const a = await department('市场部');
    const b = await department('科研处');
    const dir = await introduce(a, b);
    const first = await customerTree(a, '中国运载火箭技术研究院');
    const initial = await exportFor(a, b, dir, { type: 'changes', departmentId: dir.get(a)!.get(b)! });
    expect(initial.counts.customers).toBe(1);
    await receive(b, initial.bytes);
    a.ctx.tick();
    const second = await customerTree(a, '航天材料及工艺研究所');
    await deleteCustomer(a.db, first.customer.id, a.ctx);
    const delta = await exportFor(a, b, dir, { type: 'changes', departmentId: dir.get(a)!.get(b)! });
    expect(delta.counts).toMatchObject({ customers: 2, contacts: 1, interactions: 1, managers: 1 });
    const { report } = await receive(b, delta.bytes);
    expect(report.total).toMatchObject({ new: 4, updated: 1 });
    // The tombstone travelled.
    expect((await b.db.table('customers').get(first.customer.id)).deletedAt).not.toBeNull();
    expect(await b.db.table('customers').get(second.customer.id)).toBeTruthy();
    const nothing = await exportFor(a, b, dir, { type: 'changes', departmentId: dir.get(a)!.get(b)! });
    expect(nothing.counts.customers ?? 0).toBe(0);
    // An export whose file was never saved leaves the mark where it was.
    a.ctx.tick();
    await deleteCustomer(a.db, second.customer.id, a.ctx);
    const profile = (await getProfile(a.db))!;
    const unsaved = await exportArchive(a.db, {
      scope: { type: 'changes', departmentId: dir.get(a)!.get(b)! },
      lock: { departmentIds: [dir.get(a)!.get(b)!] },
      installation: a.installation,
      profile,
      appVersion: '0.1.0',
      actor: testActor('张伟'),
      purpose: '测试交换',
    });
    expect(unsaved.counts.customers).toBe(1);
    expect((await exportFor(a, b, dir, { type: 'changes', departmentId: dir.get(a)!.get(b)! })).counts.customers).toBe(1);
  });
});

describe('concurrent edits', () => {
  it('are listed as conflicts on both sides after both exchange, and both end equal', async () => {
    const a = await department('市场部');
    const b = await department('科研处');
    const dir = await introduce(a, b);
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    await send(a, b, dir);
    const base = { name: customer.name, managerId: customer.managerId, managerName: customer.managerName };
    a.ctx.tick();
    b.ctx.tick(2000);
    await updateCustomer(a.db, customer.id, unitInput({ ...base, shortName: '市场部改' }), a.ctx);
    await updateCustomer(b.db, customer.id, unitInput({ ...base, shortName: '科研处改' }), b.ctx);
    const fromA = await exportFor(a, b, dir);
    const fromB = await exportFor(b, a, dir);
    const atA = await receive(a, fromB.bytes);
    const atB = await receive(b, fromA.bytes);
    expect(atA.report.total.conflict).toBe(1);
    expect(atB.report.total.conflict).toBe(1);
    expect(await exchangedRecords(a.db)).toEqual(await exchangedRecords(b.db));
    // B edited later: its version wins everywhere; A's is kept on both sides.
    expect((await a.db.table('customers').get(customer.id)).shortName).toBe('科研处改');
    const conflictsA = await listOpenConflicts(a.db);
    const conflictsB = await listOpenConflicts(b.db);
    expect(conflictsA.map((c) => [c.loserSide, c.loser.shortName])).toEqual([['local', '市场部改']]);
    expect(conflictsB.map((c) => [c.loserSide, c.loser.shortName])).toEqual([['incoming', '市场部改']]);

    // A takes its own version back: a new local version that wins the next exchange, no new conflict.
    a.ctx.tick(5000);
    await resolveConflict(a.db, conflictsA[0]!.id, 'take-loser', a.ctx);
    expect((await a.db.table('customers').get(customer.id)).shortName).toBe('市场部改');
    expect(await listOpenConflicts(a.db)).toEqual([]);
    const { report } = await send(a, b, dir);
    expect(report.total).toMatchObject({ updated: 1, conflict: 0 });
    expect((await b.db.table('customers').get(customer.id)).shortName).toBe('市场部改');
    await resolveConflict(b.db, conflictsB[0]!.id, 'keep-winner', b.ctx);
    expect(await listOpenConflicts(b.db)).toEqual([]);
  });
});

describe('refused files write nothing', () => {
  async function pairWithData() {
    const a = await department('市场部');
    const b = await department('科研处');
    const dir = await introduce(a, b);
    await customerTree(a, '中国运载火箭技术研究院');
    return { a, b, dir };
  }

  it('an unknown signer is reported with its fingerprint and refused until its key card is in the directory', async () => {
    const a = await department('市场部');
    const stranger = await department('陌生部门');
    await customerTree(a, '中国运载火箭技术研究院');
    const profile = (await getProfile(a.db))!;
    const lock = { passphrase: '正确的口令 horse', testOnlyWorkFactor: 10 };
    const file = await exportArchive(a.db, {
      scope: { type: 'full' },
      lock,
      installation: a.installation,
      profile,
      appVersion: '0.1.0',
      actor: testActor('张伟'),
      purpose: '测试交换',
    });
    const unlock = { passphrase: lock.passphrase };
    const before = await tableCounts(stranger.db);
    const preview = await previewImport(stranger.db, file.bytes, unlock, { installation: stranger.installation });
    expect(preview).toMatchObject({ status: 'unknown-signer', signerFingerprint: keyFingerprint(a.installation.keys.signingPublicKey) });
    expect(await tableCounts(stranger.db)).toEqual(before);
    // No checkbox, no option: the former `acceptUnknownSigner` is no way around the directory (issue 14.10).
    const oldAcceptance = { installation: stranger.installation, acceptUnknownSigner: true };
    expect(await previewImport(stranger.db, file.bytes, unlock, oldAcceptance)).toMatchObject({ status: 'unknown-signer' });
    expect(await tableCounts(stranger.db)).toEqual(before);
    // A card of another installation is refused, naming its fingerprint; the signer's own card adds it.
    const other = await department('质量部');
    const otherCard = exportMyCard(other.installation, (await getProfile(other.db))!).text;
    const mismatch = await previewSignerCard(stranger.db, otherCard, stranger.installation, a.installation.keys.signingPublicKey).catch((e: unknown) => e);
    expect(mismatch).toBeInstanceOf(SignerCardMismatchError);
    expect((mismatch as SignerCardMismatchError).cardFingerprint).toBe(keyFingerprint(other.installation.keys.signingPublicKey));
    const card = await previewSignerCard(stranger.db, exportMyCard(a.installation, profile).text, stranger.installation, a.installation.keys.signingPublicKey);
    await applyCard(stranger.db, card, stranger.ctx);
    const known = await previewImport(stranger.db, file.bytes, unlock, { installation: stranger.installation });
    if (known.status !== 'ready') throw new Error('not ready');
    expect(known.file.signer).toMatchObject({ name: '市场部', fingerprint: keyFingerprint(a.installation.keys.signingPublicKey) });
    expect((await applyImport(stranger.db, known.file, stranger.ctx)).total.new).toBe(4);
  });

  it("an unknown signer or this installation's own file is decided at the signed manifest, before any record is read or staged", async () => {
    const a = await department('市场部');
    const stranger = await department('陌生部门');
    await customerTree(a, '中国运载火箭技术研究院');
    const profile = (await getProfile(a.db))!;
    const lock = { passphrase: '正确的口令 horse', testOnlyWorkFactor: 10 };
    const file = await exportArchive(a.db, {
      scope: { type: 'full' },
      lock,
      installation: a.installation,
      profile,
      appVersion: '0.1.0',
      actor: testActor('张伟'),
      purpose: '测试交换',
    });
    const unlock = { passphrase: lock.passphrase };
    const progress: number[] = [];
    const staged: number[] = [];
    const onStage = () => void staged.push(1);
    stranger.db.table('importStaging').hook('creating', onStage);
    const preview = await previewImport(stranger.db, file.bytes, unlock, {
      installation: stranger.installation,
      onProgress: (p) => progress.push(p.records),
      batchRecords: 1,
    });
    stranger.db.table('importStaging').hook('creating').unsubscribe(onStage);
    expect(preview.status).toBe('unknown-signer');
    expect(staged).toEqual([]);
    expect(progress).toEqual([]);
    const own = previewImport(a.db, file.bytes, unlock, { installation: a.installation, batchRecords: 1 });
    await expect(own).rejects.toMatchObject({ code: 'own-file' });
  });

  it('an invalid record or a hostile key refuses the whole file, listing the problems', async () => {
    const a = await department('市场部');
    const b = await department('科研处');
    await introduce(a, b);
    const { customer, contact } = await customerTree(a, '中国运载火箭技术研究院');
    const badPhone = { ...contact, phones: ['电话号码不对'] };
    const badCustomer = { ...customer, id: newId(), level: 9 };
    const bytes = await handMadeFile(a, b, [
      { kind: 'customers', record: customer },
      { kind: 'customers', record: badCustomer },
      { kind: 'contacts', record: badPhone },
    ]);
    const before = await tableCounts(b.db);
    const error = await receive(b, bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect((error as ImportRefusedError).code).toBe('invalid-records');
    expect((error as ImportRefusedError).details).toHaveLength(2);
    const hostile = await handMadeFile(a, b, [{ kind: 'customers', record: customer, hostileKey: true }]);
    await expect(receive(b, hostile)).rejects.toMatchObject({ code: 'hostile-key' });
    expect(await tableCounts(b.db)).toEqual(before);
  });

  it('unknown kinds and backup files are refused with their own message', async () => {
    const a = await department('市场部');
    const b = await department('科研处');
    await introduce(a, b);
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    const before = await tableCounts(b.db);
    await expect(receive(b, await handMadeFile(a, b, [{ kind: 'weapons', record: customer }]))).rejects.toMatchObject({ code: 'unknown-kind' });
    await expect(receive(b, await handMadeFile(a, b, [{ kind: 'changes', record: customer }]))).rejects.toMatchObject({ code: 'unknown-kind' });
    const { bytes: backup } = await createBackupFile(a.db, {
      profile: (await getProfile(a.db))!,
      installation: a.installation,
      appVersion: '0.1.0',
      actor: testActor('张伟'),
      purpose: '测试备份',
      lock: { passphrase: '足够长的备份口令abc' },
    });
    await expect(previewImport(b.db, backup, { passphrase: '足够长的备份口令abc' }, { installation: b.installation })).rejects.toMatchObject({
      code: 'not-an-exchange-file',
    });
    expect(await tableCounts(b.db)).toEqual(before);
  });

  it('a file whose signature does not match its signer is refused', async () => {
    const a = await department('市场部');
    const b = await department('科研处');
    await introduce(a, b);
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    // Signed by another key than the one the manifest names (the one B trusts).
    const other = await department('冒名者');
    const bytes = await handMadeFile(
      a,
      b,
      [{ kind: 'customers', record: customer }],
      other.installation.keys.signingSecretKey,
      a.installation.keys.signingPublicKey,
    );
    const before = await tableCounts(b.db);
    await expect(receive(b, bytes)).rejects.toMatchObject({ code: 'bad-signature' });
    expect(await tableCounts(b.db)).toEqual(before);
  });

  it('a tampered file is refused', async () => {
    const { a, b, dir } = await pairWithData();
    const file = await exportFor(a, b, dir);
    const bytes = file.bytes.slice();
    bytes[bytes.length - 40]! ^= 0x01;
    const before = await tableCounts(b.db);
    await expect(receive(b, bytes)).rejects.toSatisfy((e) => isArchiveError(e));
    expect(await tableCounts(b.db)).toEqual(before);
  });

  it('a child whose customer is neither here nor in the file is refused', async () => {
    const { a, b, dir } = await pairWithData();
    const tree = await customerTree(a, '航天材料及工艺研究所');
    a.ctx.tick();
    await a.db.table('meta').put({ key: `exchange.lastExport.${dir.get(a)!.get(b)!}`, value: (await a.db.changes.orderBy('seq').last())!.seq });
    a.ctx.tick();
    const { createContact } = await import('../../../../src-renderer/data/customers');
    await createContact(a.db, tree.customer.id, { name: '李娜', phones: [] }, a.ctx);
    const delta = await exportFor(a, b, dir, { type: 'changes', departmentId: dir.get(a)!.get(b)! });
    const before = await tableCounts(b.db);
    await expect(receive(b, delta.bytes)).rejects.toMatchObject({ code: 'missing-customer' });
    expect(await tableCounts(b.db)).toEqual(before);
  });

  it('an apply that fails half-way leaves the database as it was', async () => {
    const { a, b, dir } = await pairWithData();
    await customerTree(a, '航天材料及工艺研究所');
    const file = await exportFor(a, b, dir);
    const preview = await previewImport(b.db, file.bytes, { identities: [b.installation.keys.ageIdentity] }, { installation: b.installation });
    if (preview.status !== 'ready') throw new Error('not ready');
    const before = await tableCounts(b.db);
    // A hook that throws on the interactions, written after customers and contacts.
    b.db.table('interactions').hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(applyImport(b.db, preview.file, b.ctx)).rejects.toThrow();
    expect(await tableCounts(b.db)).toEqual(before);
  });

  it("a file from a PC whose clock is more than a day ahead is refused; so is this installation's own file", async () => {
    const b = await department('科研处');
    const ahead = await department('市场部', Date.UTC(2026, 10, 28, 8, 0, 0));
    const dir = await introduce(ahead, b);
    await customerTree(ahead, '中国运载火箭技术研究院');
    const file = await exportFor(ahead, b, dir);
    const before = await tableCounts(b.db);
    await expect(receive(b, file.bytes)).rejects.toMatchObject({ code: 'clock-drift' });
    expect(await tableCounts(b.db)).toEqual(before);

    const profile = (await getProfile(ahead.db))!;
    const own = await exportArchive(ahead.db, {
      scope: { type: 'full' },
      lock: { passphrase: 'x', testOnlyWorkFactor: 10 },
      installation: ahead.installation,
      profile,
      appVersion: '0.1.0',
      actor: testActor('张伟'),
      purpose: '测试交换',
    });
    await expect(
      previewImport(ahead.db, own.bytes, { passphrase: 'x' }, { installation: ahead.installation, now: () => ahead.ctx.now().getTime() }),
    ).rejects.toMatchObject({ code: 'own-file' });
  });
});
