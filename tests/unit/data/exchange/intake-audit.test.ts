import { afterEach, describe, expect, it } from 'vitest';
import { keyFingerprint } from '../../../../src-renderer/core/keys';
import type { AuditEntry } from '../../../../src-renderer/core/audit/types';
import { updateCustomer } from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { applyImport, listOpenConflicts, previewImport, resolveConflict } from '../../../../src-renderer/data/exchange';
import { verifyAuditLog } from '../../../../src-renderer/data/audit/verify-log';
import type { WriteContext } from '../../../../src-renderer/data/write-context';
import { testActor } from '../../../shared/actors';
import { unitInput } from '../customers/fixtures';
import { closeAll, customerTree, department, exportFor, introduce, pairOfDepartments, receive, send, tableCounts } from './departments-fixture';

afterEach(closeAll);

const entriesOf = async (db: AirgapDb, action: string): Promise<AuditEntry[]> => (await db.audit.orderBy('seq').toArray()).filter((e) => e.action === action);

/** Issue 15.5: what comes in is audited in the import's (or the resolution's) own transaction. */
describe('audit of imports and conflict resolutions', () => {
  it('an import names the sender by its directory name and fingerprint, the file and its counts; the chain verifies', async () => {
    const { a, b, dir } = await pairOfDepartments();
    await customerTree(a, '中国运载火箭技术研究院');
    const first = await exportFor(a, b, dir);
    const { preview } = await receive(b, first.bytes);
    const manifest = preview.status === 'ready' ? preview.file.manifest : undefined;
    const sequence = manifest && manifest.formatVersion !== 1 ? manifest.sequence : undefined;
    const copyNumber = manifest?.formatVersion === 3 ? manifest.copyNumber : undefined;
    expect(sequence).toBeGreaterThan(0);
    // The 份号 the sender's register gave the file (issue 15.6).
    expect(copyNumber).toBe(first.line.number);
    const [entry] = await entriesOf(b.db, 'exchange.import');
    const fingerprint = keyFingerprint(a.installation.keys.signingPublicKey);
    expect(entry).toMatchObject({
      userId: b.ctx.actor.userId,
      userName: '张伟',
      outcome: 'success',
      object: { kind: 'exchange-file', id: `${fingerprint}/${sequence}`, label: '市场部' },
      details: {
        sender: '市场部',
        fingerprint,
        sequence,
        number: copyNumber,
        exporter: '张伟',
        fileCreatedAt: a.ctx.now().toISOString(),
        mark: 'internal',
        records: 4,
        added: 4,
        updated: 0,
        unchanged: 0,
        older: 0,
        conflicts: 0,
      },
    });
    // The same file again: applied, nothing changed — still an import, audited with its counts.
    await receive(b, first.bytes);
    expect((await entriesOf(b.db, 'exchange.import')).map((e) => e.details.unchanged)).toEqual([0, 4]);
    expect(await verifyAuditLog(b.db, [])).toMatchObject({ ok: true });
  });

  it('an import that fails inside its transaction leaves neither records nor an entry', async () => {
    const { a, b, dir } = await pairOfDepartments();
    await customerTree(a, '中国运载火箭技术研究院');
    const file = await exportFor(a, b, dir);
    const unlock = { identities: [b.installation.keys.ageIdentity] };
    const preview = await previewImport(b.db, file.bytes, unlock, { installation: b.installation, batchRecords: 1 });
    if (preview.status !== 'ready') throw new Error(preview.status);
    // The last batch vanishes under the apply (as a preview in another window clears it): the
    // batches before it were written in the transaction, which then fails whole.
    await b.db.importStaging.delete([preview.file.importId, preview.file.batches]);
    const before = await tableCounts(b.db);
    await expect(applyImport(b.db, preview.file, b.ctx)).rejects.toMatchObject({ code: 'preview-expired' });
    expect(await tableCounts(b.db)).toEqual(before);
    expect(await entriesOf(b.db, 'exchange.import')).toEqual([]);
  });

  it('a refused import (查阅) writes no entry', async () => {
    const { a, b, dir } = await pairOfDepartments();
    await customerTree(a, '中国运载火箭技术研究院');
    const file = await exportFor(a, b, dir);
    const preview = await previewImport(b.db, file.bytes, { identities: [b.installation.keys.ageIdentity] }, { installation: b.installation });
    if (preview.status !== 'ready') throw new Error(preview.status);
    const reader: WriteContext = { ...b.ctx, actor: testActor('查阅用户', ['reader']) };
    const before = await b.db.audit.count();
    await expect(applyImport(b.db, preview.file, reader)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await b.db.audit.count()).toBe(before);
  });

  it('a resolved conflict names the record, the sender and which version was kept; resolving it again writes nothing', async () => {
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
    await receive(a, fromB.bytes);
    await receive(b, fromA.bytes);
    expect((await entriesOf(a.db, 'exchange.import'))[0]!.details.conflicts).toBe(1);

    // At A the local version lost: taking it back keeps this department's version.
    const [atA] = await listOpenConflicts(a.db);
    const li: WriteContext = { ...a.ctx, actor: testActor('李娜') };
    await resolveConflict(a.db, atA!.id, 'take-loser', li);
    // At B the incoming version lost: taking it gives up B's own.
    const [atB] = await listOpenConflicts(b.db);
    await resolveConflict(b.db, atB!.id, 'take-loser', b.ctx);
    const fingerprintOf = (d: typeof a) => keyFingerprint(d.installation.keys.signingPublicKey);
    expect(await entriesOf(a.db, 'exchange.conflict-resolve')).toEqual([
      expect.objectContaining({
        userName: '李娜',
        userId: li.actor.userId,
        object: { kind: 'customers', id: customer.id, label: '中国运载火箭技术研究院' },
        details: { kind: 'customers', sender: '科研处', fingerprint: fingerprintOf(b), keptLocal: true, tookLoser: true },
      }),
    ]);
    expect((await entriesOf(b.db, 'exchange.conflict-resolve'))[0]!.details).toEqual({
      kind: 'customers',
      sender: '市场部',
      fingerprint: fingerprintOf(a),
      keptLocal: false,
      tookLoser: true,
    });
    const before = await a.db.audit.count();
    await expect(resolveConflict(a.db, atA!.id, 'keep-winner', a.ctx)).rejects.toMatchObject({ code: 'already-resolved' });
    expect(await a.db.audit.count()).toBe(before);
    expect(await verifyAuditLog(a.db, [])).toMatchObject({ ok: true });
  });
});
