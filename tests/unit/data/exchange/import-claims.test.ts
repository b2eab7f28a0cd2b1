import { afterEach, describe, expect, it } from 'vitest';
import { applyImport, exportArchive, isReplay, nextExportSequence, previewImport } from '../../../../src-renderer/data/exchange';
import { getProfile } from '../../../../src-renderer/data/profile-repo';
import { closeAll, customerTree, department, exportFor, introduce, receive, tableCounts, type Dept } from './departments-fixture';
import { signedFile } from './forged-files';
import { testActor } from '../../../shared/actors';

/** Issue 14, points 4 (classification), 5 (signer tied to the source) and 14 (replays, other targets). */
afterEach(closeAll);

async function trio() {
  const a = await department('市场部');
  const b = await department('科研处');
  const c = await department('质量部');
  const dir = await introduce(a, b, c);
  return { a, b, c, dir };
}

async function preview(to: Dept, bytes: Uint8Array) {
  const result = await previewImport(
    to.db,
    bytes,
    { identities: [to.installation.keys.ageIdentity] },
    { installation: to.installation, now: () => to.ctx.now().getTime() },
  );
  if (result.status !== 'ready') throw new Error(result.status);
  return result;
}

describe('classification on import', () => {
  it('refuses a file marked 内部 that holds 机密 records, naming both marks, and writes nothing', async () => {
    const { a, b } = await trio();
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    const secret = { ...customer, classification: 'confidential' };
    const bytes = await signedFile(a, b, [{ kind: 'customers', record: secret }], { highestClassification: 'internal' });
    const before = await tableCounts(b.db);
    await expect(receive(b, bytes)).rejects.toMatchObject({ code: 'classification-above-manifest', params: { declared: '内部', found: '机密' } });
    expect(await tableCounts(b.db)).toEqual(before);
  });

  it('refuses classified records in a file that declares no mark at all', async () => {
    const { a, b } = await trio();
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    const bytes = await signedFile(a, b, [{ kind: 'customers', record: { ...customer, classification: 'secret' } }], { highestClassification: null });
    await expect(receive(b, bytes)).rejects.toMatchObject({ code: 'classification-above-manifest', params: { declared: '—', found: '秘密' } });
  });

  it('shows the highest mark actually found (a manifest may declare more than its records hold)', async () => {
    const { a, b } = await trio();
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    const bytes = await signedFile(a, b, [{ kind: 'customers', record: { ...customer, classification: 'internal' } }], { highestClassification: 'secret' });
    expect((await preview(b, bytes)).file.highestClassification).toBe('internal');
  });
});

describe('the signer is tied to the manifest source', () => {
  it('refuses a known signer claiming to be another installation, naming the directory entry and the claim', async () => {
    const { a, b, c } = await trio();
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    const claim = { installationId: c.installation.installationId, organisation: '航天材料及工艺研究所', department: '质量部' };
    const bytes = await signedFile(a, b, [{ kind: 'customers', record: customer }], { source: claim });
    const before = await tableCounts(b.db);
    await expect(receive(b, bytes)).rejects.toMatchObject({
      code: 'signer-source-mismatch',
      params: { directory: '市场部', claimed: '航天材料及工艺研究所 · 质量部' },
    });
    expect(await tableCounts(b.db)).toEqual(before);
  });

  it('names the file after the directory entry of the key, not the department the manifest claims', async () => {
    const { a, b } = await trio();
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    const claim = { installationId: a.installation.installationId, organisation: '航天材料及工艺研究所', department: '院办公室' };
    const ready = await preview(b, await signedFile(a, b, [{ kind: 'customers', record: customer }], { source: claim }));
    expect(ready.file.signer?.name).toBe('市场部');
  });
});

describe('sequence numbers and replays', () => {
  it('numbers each export; an older or the same file after a newer one is reported, and can still be imported', async () => {
    const { a, b, dir } = await trio();
    await customerTree(a, '中国运载火箭技术研究院');
    const first = await exportFor(a, b, dir);
    const second = await exportFor(a, b, dir);
    const newer = await preview(b, second.bytes);
    const n = newer.file.sequence!.number;
    // Both made in the same second: the counter tells them apart.
    expect(newer.file.sequence).toEqual({ number: n, lastSeen: null });
    expect(isReplay(newer.file.sequence)).toBe(false);
    await applyImport(b.db, newer.file, b.ctx);

    const older = await preview(b, first.bytes);
    expect(older.file.sequence).toEqual({ number: n - 1, lastSeen: n });
    expect(isReplay(older.file.sequence)).toBe(true);
    await applyImport(b.db, older.file, b.ctx);
    // The highest seen stays; the same file again is a replay too.
    const again = await preview(b, second.bytes);
    expect(again.file.sequence).toEqual({ number: n, lastSeen: n });
    expect(isReplay(again.file.sequence)).toBe(true);
  });

  it('imports a format-2 file without a sequence (written before numbering) with no replay verdict', async () => {
    const { a, b } = await trio();
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    const bytes = await signedFile(a, b, [{ kind: 'customers', record: customer }]);
    const ready = await preview(b, bytes);
    expect(ready.file.manifest).toMatchObject({ formatVersion: 3 });
    expect(ready.file.manifest).not.toHaveProperty('sequence');
    expect(ready.file.sequence).toBeNull();
    expect((await applyImport(b.db, ready.file, b.ctx)).total.new).toBe(1);
  });
});

describe('a file addressed to another department', () => {
  it('is applied only once the user confirmed it', async () => {
    const { a, b, c, dir } = await trio();
    await customerTree(a, '中国运载火箭技术研究院');
    // "Changes since" for 质量部, locked with a passphrase that 科研处 also knows.
    const file = await exportArchive(a.db, {
      scope: { type: 'changes', departmentId: dir.get(a)!.get(c)! },
      lock: { passphrase: '交换口令', testOnlyWorkFactor: 2 },
      installation: a.installation,
      profile: (await getProfile(a.db))!,
      appVersion: '0.1.0',
      actor: testActor('张伟'),
      purpose: '测试交换',
      now: a.ctx.now(),
    });
    const ready = await previewImport(b.db, file.bytes, { passphrase: '交换口令' }, { installation: b.installation, now: () => b.ctx.now().getTime() });
    if (ready.status !== 'ready') throw new Error(ready.status);
    expect(ready.file.otherTarget).toEqual({ installationId: c.installation.installationId, department: '质量部' });
    const before = await tableCounts(b.db);
    await expect(applyImport(b.db, ready.file, b.ctx)).rejects.toMatchObject({ code: 'other-target', params: { target: '质量部' } });
    expect(await tableCounts(b.db)).toEqual(before);
    expect((await applyImport(b.db, ready.file, b.ctx, undefined, { confirmedOtherTarget: true })).total.new).toBe(4);
  });

  it('is not flagged when it is addressed to this department', async () => {
    const { a, b, dir } = await trio();
    await customerTree(a, '中国运载火箭技术研究院');
    const file = await exportFor(a, b, dir, { type: 'changes', departmentId: dir.get(a)!.get(b)! });
    expect((await preview(b, file.bytes)).file.otherTarget).toBeNull();
  });

  it('a target given by department name only is compared with this department’s profile', async () => {
    const { a, b } = await trio();
    const { customer } = await customerTree(a, '中国运载火箭技术研究院');
    const line = [{ kind: 'customers', record: customer }];
    const mine = await signedFile(a, b, line, { scope: { type: 'full', target: { department: '科研处' } } });
    expect((await preview(b, mine)).file.otherTarget).toBeNull();
    const theirs = await signedFile(a, b, line, { scope: { type: 'full', target: { department: '质量部' } } });
    expect((await preview(b, theirs)).file.otherTarget).toEqual({ department: '质量部' });
  });
});

describe('the export counter', () => {
  it('goes up by one per export, and never below the time in seconds (a restored database has no counter)', async () => {
    const { db } = await department('市场部');
    const now = Date.UTC(2026, 10, 26, 8, 0, 0);
    const first = await nextExportSequence(db, now);
    expect(first).toBe(now / 1000);
    expect(await nextExportSequence(db, now)).toBe(first + 1);
    // The PC clock set back: still above the last one.
    expect(await nextExportSequence(db, now - 86_400_000)).toBe(first + 2);
    // A fresh database (after a restore) a day later starts above everything sent before.
    expect(await nextExportSequence((await department('市场部')).db, now + 86_400_000)).toBeGreaterThan(first + 2);
  });
});
