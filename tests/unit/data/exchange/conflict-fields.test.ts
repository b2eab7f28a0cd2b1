import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBackupRecord } from '../../../../src-renderer/core/backup';
import { ENVELOPE_FIELDS } from '../../../../src-renderer/core/envelope';
import { conflictRowSchema } from '../../../../src-renderer/core/exchange';
import { MAX_CONFLICT_FIELDS } from '../../../../src-renderer/core/exchange/conflict';
import { customerSearchKeys } from '../../../../src-renderer/core/search';
import { createCustomer, updateCustomer } from '../../../../src-renderer/data/customers';
import type { AnyRecord } from '../../../../src-renderer/data/rows/exchange';
import { conflictFields, listOpenConflicts, resolveConflict, type ConflictSide } from '../../../../src-renderer/data/exchange';
import { zhCN } from '../../../../src-renderer/i18n/zh-CN';
import { expectBackupRoundTrip } from '../roundtrip/compare';
import { closeAll, customerTree, department, exportFor, introduce, receive, send } from './departments-fixture';
import { refusal } from '../helpers';
import { unitInput } from '../customers/fixtures';

/** Issue 17.8: a conflict resolved field by field — each differing field taken from either side. */

afterEach(closeAll);

const withoutEnvelope = (r: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(r).filter(([k]) => !(ENVELOPE_FIELDS as readonly string[]).includes(k)));

/**
 * 市场部 (A) and 科研处 (B) both edit one group between two exchanges; B edits later and wins, so at A
 * the conflict's loser is A's own version. `local` and `remote` are the form values each side saves.
 */
async function conflictAtA(local: Record<string, unknown>, remote: Record<string, unknown>) {
  const a = await department('市场部');
  const b = await department('科研处');
  const dir = await introduce(a, b);
  const { customer } = await customerTree(a, '中国运载火箭技术研究院');
  const otherGroup = await createCustomer(a.db, unitInput({ name: '中国航天科工集团有限公司', shortName: '航天科工' }), a.ctx);
  await send(a, b, dir);
  const base = { name: customer.name, shortName: customer.shortName, managerId: customer.managerId, managerName: customer.managerName };
  a.ctx.tick();
  b.ctx.tick(2000);
  await updateCustomer(a.db, customer.id, unitInput({ ...base, ...local }), a.ctx);
  await updateCustomer(b.db, customer.id, unitInput({ ...base, ...remote }), b.ctx);
  await receive(a, (await exportFor(b, a, dir)).bytes);
  const [conflict] = await listOpenConflicts(a.db);
  a.ctx.tick(5000);
  const winner = (await a.db.table('customers').get(customer.id)) as AnyRecord;
  return { a, customer, otherGroup, conflict: conflict!, winner };
}

const EDITS = {
  local: { shortName: '市场部改', region: '上海', notes: '市场部备注' },
  remote: { shortName: '科研处改', address: '北京市丰台区', notes: '科研处备注' },
};

describe('a conflict resolved field by field', () => {
  it('offers only the differing fields, never the envelope or derived ones', async () => {
    const { conflict, winner } = await conflictAtA(EDITS.local, EDITS.remote);
    expect(conflict.loserSide).toBe('local');
    expect(conflictFields(winner, conflict.loser)).toEqual(['shortName', 'region', 'address', 'notes']);
  });

  it('takes the chosen fields from each side: the record holds exactly those, written as one edit with its change-log entry', async () => {
    const { a, customer, conflict, winner } = await conflictAtA(EDITS.local, EDITS.remote);
    const changesBefore = await a.db.changes.count();
    const fields = { shortName: 'loser', region: 'loser', address: 'winner', notes: 'winner' } as const;
    const resolved = await resolveConflict(a.db, conflict.id, { fields }, a.ctx);

    const record = (await a.db.table('customers').get(customer.id)) as AnyRecord;
    expect(record).toMatchObject({ shortName: '市场部改', region: '上海', address: '北京市丰台区', notes: '科研处备注', name: winner.name });
    // Derived fields follow the merged values, as a save through the form makes them.
    expect(record.searchKeys).toEqual(customerSearchKeys({ name: String(record.name), shortName: '市场部改' }));
    expect(record.rev > winner.rev).toBe(true);
    expect(record.origin).toBe(a.installation.installationId);
    const changes = await a.db.changes.orderBy('seq').toArray();
    expect(changes.length).toBe(changesBefore + 1);
    const last = changes.at(-1)!;
    expect(last.op).toBe('update');
    expect(last.fields.map((f) => f.field).sort()).toEqual(['region', 'searchKeys', 'shortName']);

    expect(resolved).toMatchObject({ status: 'took-loser', fields, resolvedBy: '张伟' });
    expect(await listOpenConflicts(a.db)).toEqual([]);
    // The row as stored validates for a backup, and a whole backup of A restores equal.
    const stored = (await a.db.conflicts.get(conflict.id))!;
    expect(stored.fields).toEqual(fields);
    expect(conflictRowSchema.safeParse(stored).success).toBe(true);
    expect(checkBackupRecord('conflicts', stored).ok).toBe(true);
    await expectBackupRoundTrip({ ...a, directory: new Map() });
    // The audit entry says the record holds a mix: two fields came from the losing version.
    const audit = await a.db.audit.toArray();
    expect(audit.at(-1)).toMatchObject({ action: 'exchange.conflict-resolve', details: { tookLoser: true, fieldsFromLoser: 2 } });
  });

  it('all from one side is keeping the winner or taking the loser, for any choice of fields (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), async (picks) => {
        const { a, customer, conflict, winner } = await conflictAtA(EDITS.local, EDITS.remote);
        const offered = conflictFields(winner, conflict.loser);
        const fields = Object.fromEntries(offered.map((f, i) => [f, picks[i] ? 'loser' : 'winner'])) as Record<string, ConflictSide>;
        const resolved = await resolveConflict(a.db, conflict.id, { fields }, a.ctx);
        const record = (await a.db.table('customers').get(customer.id)) as AnyRecord;
        for (const f of offered) expect(record[f], f).toEqual((fields[f] === 'loser' ? conflict.loser : winner)[f]);
        // Every other non-envelope field is the winner's (the derived ones follow the name and short name).
        for (const [k, v] of Object.entries(withoutEnvelope(winner))) if (!offered.includes(k) && k !== 'searchKeys') expect(record[k], k).toEqual(v);
        if (picks.every((p) => !p)) {
          // All from the winner: nothing written, as keep-winner.
          expect(record).toEqual(winner);
          expect(resolved.status).toBe('kept-winner');
        } else if (picks.every((p) => p)) {
          // All from the loser: the loser's fields, as take-loser.
          expect(withoutEnvelope(record)).toEqual(withoutEnvelope(conflict.loser));
          expect(resolved.status).toBe('took-loser');
        } else expect(resolved.status).toBe('took-loser');
        expect(conflictRowSchema.safeParse(await a.db.conflicts.get(conflict.id)).success).toBe(true);
        closeAll();
      }),
      { numRuns: 6, examples: [[[false, false, false, false]], [[true, true, true, true]]] },
    );
  }, 60_000);

  it('refuses a merge the kind’s schema refuses, with a Chinese message, and writes nothing', async () => {
    // A made the group a second-level unit under another group; B only edited the notes.
    const setup = await (async () => {
      const a = await department('市场部');
      const b = await department('科研处');
      const dir = await introduce(a, b);
      const { customer } = await customerTree(a, '中国运载火箭技术研究院');
      const group = await createCustomer(a.db, unitInput({ name: '中国航天科工集团有限公司', shortName: '航天科工' }), a.ctx);
      await send(a, b, dir);
      const base = { name: customer.name, shortName: customer.shortName, managerId: customer.managerId, managerName: customer.managerName };
      a.ctx.tick();
      b.ctx.tick(2000);
      await updateCustomer(a.db, customer.id, unitInput({ ...base, level: 2, parentId: group.id, notes: '划入科工' }), a.ctx);
      await updateCustomer(b.db, customer.id, unitInput({ ...base, notes: '科研处备注' }), b.ctx);
      await receive(a, (await exportFor(b, a, dir)).bytes);
      return { a, customer };
    })();
    const { a, customer } = setup;
    const [conflict] = await listOpenConflicts(a.db);
    const winner = (await a.db.table('customers').get(customer.id)) as AnyRecord;
    expect(conflictFields(winner, conflict!.loser)).toEqual(['level', 'parentId', 'notes']);
    const before = { record: winner, changes: await a.db.changes.count(), audit: await a.db.audit.count() };

    // Level 2 without a parent: the schema refuses it.
    const errors = await refusal(resolveConflict(a.db, conflict!.id, { fields: { level: 'loser', parentId: 'winner', notes: 'winner' } }, a.ctx));
    expect(errors).toEqual({ _: 'exchange.conflicts.mergeInvalid' });
    expect(zhCN[errors._ as keyof typeof zhCN]).toMatch(/未作任何修改/);
    expect(await a.db.customers.get(customer.id)).toEqual(before.record);
    expect(await a.db.changes.count()).toBe(before.changes);
    expect(await a.db.audit.count()).toBe(before.audit);
    expect((await a.db.conflicts.get(conflict!.id))!.status).toBe('open');

    // A choice that does not name exactly the offered fields is refused too (the record changed meanwhile).
    const stale = await refusal(resolveConflict(a.db, conflict!.id, { fields: { level: 'loser', parentId: 'loser' } }, a.ctx));
    expect(stale._).toBe('exchange.conflicts.mergeStale');
    const extra = await refusal(resolveConflict(a.db, conflict!.id, { fields: { level: 'loser', parentId: 'loser', notes: 'winner', rev: 'loser' } }, a.ctx));
    expect(extra._).toBe('exchange.conflicts.mergeStale');
    expect(await a.db.customers.get(customer.id)).toEqual(before.record);

    // Level and parent together from A, the notes from B: accepted.
    await resolveConflict(a.db, conflict!.id, { fields: { level: 'loser', parentId: 'loser', notes: 'winner' } }, a.ctx);
    expect(await a.db.customers.get(customer.id)).toMatchObject({ level: 2, parentId: conflict!.loser.parentId, notes: '科研处备注' });
  });
});

describe('the choice per field in the conflict row', () => {
  it('is bounded in the backup schema: field names, the two sides, at most MAX_CONFLICT_FIELDS', async () => {
    const { a, conflict } = await conflictAtA(EDITS.local, EDITS.remote);
    const resolved = await resolveConflict(a.db, conflict.id, { fields: { shortName: 'loser', region: 'winner', address: 'winner', notes: 'loser' } }, a.ctx);
    const valid = (fields: unknown) => checkBackupRecord('conflicts', { ...resolved, fields }).ok;
    expect(valid(resolved.fields)).toBe(true);
    expect(valid({ region: 'both' })).toBe(false);
    expect(valid({ 'region.x': 'winner' })).toBe(false);
    expect(valid({ '1x': 'winner' })).toBe(false);
    expect(valid({ ['x'.repeat(65)]: 'winner' })).toBe(false);
    // (A `__proto__` key never gets this far: the archive reader's safe-json refuses it.)
    expect(valid(Object.fromEntries(Array.from({ length: MAX_CONFLICT_FIELDS + 1 }, (_, i) => [`f${i}`, 'winner'])))).toBe(false);
    // Rows resolved before issue 17.8 have none.
    expect(valid(undefined)).toBe(true);
  });

  it('offers a differing manager id as the manager’s name, and nothing for the derived keys', () => {
    const base = {
      id: '1',
      rev: 'r1',
      origin: 'o1',
      updatedBy: '张三',
      updatedById: 'u',
      deletedAt: null,
      name: '甲',
      sortKey: 'jia',
      managerId: 'm1',
      managerName: '王磊',
    };
    expect(conflictFields(base, { ...base, rev: 'r2', managerId: 'm2', sortKey: 'yi' })).toEqual(['managerName']);
    expect(conflictFields(base, { ...base, customerId: 'c2' })).toEqual([]);
  });
});
