import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { compareHlc } from '../../../src-renderer/core/hlc';
import type { Envelope } from '../../../src-renderer/core/envelope';
import type { AirgapDb } from '../../../src-renderer/data/db';
import { createRecord, createRecords, historyOf, RecordNotFoundError, restoreRecord, softDeleteRecord, updateRecord } from '../../../src-renderer/data/records';
import { freshDb, testContext } from './helpers';
import { testActor } from '../../shared/actors';

interface Unit extends Envelope {
  name: string;
  region: string;
}

let db: AirgapDb;
afterEach(() => db?.close());

describe('the record write path', () => {
  it('stamps the envelope and logs the creation in the same transaction', async () => {
    db = await freshDb();
    const ctx = testContext();
    const unit = await createRecord<Unit>(db, 'customers', { name: '航天材料及工艺研究所', region: '北京' }, ctx);
    expect(unit.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(unit.id[14]).toBe('7'); // UUID v7
    expect(unit).toMatchObject({ origin: ctx.origin, updatedBy: '张伟', deletedAt: null });
    const history = await historyOf(db, 'customers', unit.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ op: 'create', rev: unit.rev, by: '张伟', at: '2026-11-26T08:00:00.000Z' });
  });

  it('records who changed which field from what to what, and nothing when nothing changed', async () => {
    db = await freshDb();
    const ctx = testContext();
    const unit = await createRecord<Unit>(db, 'customers', { name: '某研究所', region: '北京' }, ctx);
    ctx.tick();
    const moved = await updateRecord<Unit>(db, 'customers', unit.id, { region: '西安' }, { ...ctx, actor: testActor('李娜') });
    expect(compareHlc(moved.rev, unit.rev)).toBe(1);
    const same = await updateRecord<Unit>(db, 'customers', unit.id, { region: '西安' }, ctx);
    expect(same.rev).toBe(moved.rev);
    const history = await historyOf(db, 'customers', unit.id);
    expect(history.map((h) => h.op)).toEqual(['create', 'update']);
    expect(history[1]).toMatchObject({ by: '李娜', fields: [{ field: 'region', before: '北京', after: '西安' }] });
  });

  it('writes nothing when validation refuses the new version', async () => {
    db = await freshDb();
    const ctx = testContext();
    const unit = await createRecord<Unit>(db, 'customers', { name: '某厂', region: '北京' }, ctx);
    const refuse = () => {
      throw new Error('invalid');
    };
    await expect(updateRecord<Unit>(db, 'customers', unit.id, { name: '' }, ctx, refuse)).rejects.toThrow('invalid');
    expect(await db.table('customers').get(unit.id)).toEqual(unit);
    expect(await historyOf(db, 'customers', unit.id)).toHaveLength(1);
  });

  it('soft-deletes and restores without losing edits made before the delete', async () => {
    db = await freshDb();
    const ctx = testContext();
    const unit = await createRecord<Unit>(db, 'customers', { name: '某所', region: '北京' }, ctx);
    await updateRecord<Unit>(db, 'customers', unit.id, { region: '成都' }, ctx);
    const deleted = await softDeleteRecord<Unit>(db, 'customers', unit.id, ctx);
    expect(deleted.deletedAt).toBe('2026-11-26T08:00:00.000Z');
    await expect(updateRecord<Unit>(db, 'customers', unit.id, { region: '上海' }, ctx)).rejects.toBeInstanceOf(RecordNotFoundError);
    const restored = await restoreRecord<Unit>(db, 'customers', unit.id, ctx);
    expect(restored).toMatchObject({ region: '成都', deletedAt: null });
    const ops = (await historyOf(db, 'customers', unit.id)).map((h) => h.op);
    expect(ops).toEqual(['create', 'update', 'delete', 'restore']);
  });

  it('creates a batch atomically: one failure leaves nothing behind', async () => {
    db = await freshDb();
    const ctx = testContext();
    const [first] = await createRecords<Unit>(db, 'customers', [{ name: 'a', region: 'x' }], ctx);
    // A second batch whose second item collides with an existing id must roll back entirely.
    const table = db.table('customers');
    const before = await table.count();
    await expect(
      db.transaction('rw', [table, db.changes], async () => {
        await createRecords<Unit>(db, 'customers', [{ name: 'b', region: 'y' }], ctx);
        await table.add({ ...first! });
      }),
    ).rejects.toThrow();
    expect(await table.count()).toBe(before);
    expect(await db.changes.count()).toBe(1);
  });

  it('property: the history replays backwards from the current state to the created one', async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), field: fc.constantFrom('name', 'region'), value: fc.string({ minLength: 1, maxLength: 5 }) }),
      fc.record({ kind: fc.constant('delete' as const) }),
      fc.record({ kind: fc.constant('restore' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
        db = await freshDb();
        const ctx = testContext();
        const created = await createRecord<Unit>(db, 'customers', { name: '起始', region: '北京' }, ctx);
        for (const o of ops) {
          ctx.tick();
          const current = (await db.table('customers').get(created.id)) as Unit;
          if (o.kind === 'edit' && current.deletedAt === null) await updateRecord<Unit>(db, 'customers', created.id, { [o.field]: o.value }, ctx);
          if (o.kind === 'delete') await softDeleteRecord(db, 'customers', created.id, ctx);
          if (o.kind === 'restore') await restoreRecord(db, 'customers', created.id, ctx);
        }
        const current = (await db.table('customers').get(created.id)) as Record<string, unknown>;
        const history = await historyOf(db, 'customers', created.id);
        expect(history.at(-1)!.rev).toBe(current.rev);
        const state = { name: current.name, region: current.region, deletedAt: current.deletedAt } as Record<string, unknown>;
        for (const entry of history.toReversed())
          for (const f of entry.fields) {
            expect(state[f.field]).toEqual(f.after);
            state[f.field] = f.before;
          }
        expect(state).toEqual({ name: '起始', region: '北京', deletedAt: null });
        db.close();
      }),
      { numRuns: 25 },
    );
  });
});

describe('batch creates', () => {
  it('share one rev and one change-log entry, and each record finds it in its history', async () => {
    db = await freshDb();
    const ctx = testContext();
    const units = await createRecords<Unit>(
      db,
      'customers',
      [
        { name: '甲', region: '北京' },
        { name: '乙', region: '上海' },
        { name: '丙', region: '西安' },
      ],
      ctx,
    );
    expect(new Set(units.map((u) => u.rev)).size).toBe(1);
    expect(await db.changes.count()).toBe(1);
    for (const unit of units) {
      const history = await historyOf(db, 'customers', unit.id);
      expect(history).toEqual([expect.objectContaining({ op: 'create', recordIds: [unit.id], rev: unit.rev })]);
    }
    expect(await createRecords<Unit>(db, 'customers', [], ctx)).toEqual([]);
    expect(await db.changes.count()).toBe(1);
  });
});
