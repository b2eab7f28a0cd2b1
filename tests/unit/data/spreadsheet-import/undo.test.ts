import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../../../src-renderer/core/accounts';
import { ENVELOPE_FIELDS } from '../../../../src-renderer/core/envelope';
import { updateCustomer } from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import {
  commitCustomerImport,
  listImportRecords,
  undoSheetImport,
  UndoRefusedError,
  type ImportAction,
  type SheetRow,
} from '../../../../src-renderer/data/spreadsheet-import';
import { testActor } from '../../../shared/actors';
import { analyse, importArchive, personRow } from './fixtures';

let db: AirgapDb;
afterEach(() => db?.close());

/** The live archive without envelopes: what an undo must give back exactly (history and audit grow). */
async function liveArchive(d: AirgapDb) {
  const strip = (r: object) => Object.fromEntries(Object.entries(r).filter(([k]) => !(ENVELOPE_FIELDS as readonly string[]).includes(k) || k === 'id'));
  const live = <T extends { deletedAt: string | null; id: string }>(rows: T[]) =>
    rows
      .filter((r) => r.deletedAt === null)
      .map(strip)
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return { customers: live(await d.customers.toArray()), contacts: live(await d.contacts.toArray()) };
}

describe('spreadsheet import: undo', () => {
  it('puts created records in the recycle bin and gives updated ones their previous version back, audited, once', async () => {
    const a = await importArchive();
    db = a.db;
    const before = await liveArchive(db);
    const analysis = await analyse(
      db,
      [personRow(2, '航天材料及工艺研究所', '赵敏', '13700000000', { 'customer.region': '天津', 'contact.title': '副主任' }), personRow(3, '新单位', '孙八')],
      a.ctx,
    );
    const decisions = new Map<string, ImportAction>([[analysis.groups[0]!.key, 'update']]);
    const { record } = await commitCustomerImport(db, { fileName: '名单.xlsx', analysis, decisions, classification: 'internal' }, a.ctx);
    expect(record.updated.map((u) => u.table)).toEqual(['customers', 'contacts']);
    a.ctx.tick();
    const undone = await undoSheetImport(db, record.id, a.ctx);
    expect(await liveArchive(db)).toEqual(before);
    expect(undone.undone).toMatchObject({ by: '张伟' });
    expect((await listImportRecords(db))[0]!.undone).not.toBeNull();
    expect(await db.audit.orderBy('seq').last()).toMatchObject({
      action: 'spreadsheet.import-undo',
      object: { label: '名单.xlsx' },
      details: { removed: 1, restored: 2 },
    });
    await expect(undoSheetImport(db, record.id, a.ctx)).rejects.toMatchObject({ reason: 'already-undone' });
  });

  it('undoes a record the import updated twice (two rows of one customer and contact): the property found it refused as changed since', async () => {
    const a = await importArchive();
    db = a.db;
    const before = await liveArchive(db);
    const analysis = await analyse(
      db,
      [personRow(2, '航天材料及工艺研究锁', '赵敏', '13800000000'), personRow(3, '航天材料及工艺研究锁', '赵敏', '13800000000', { 'contact.title': '工程师' })],
      a.ctx,
    );
    const { record } = await commitCustomerImport(
      db,
      { fileName: 'twice.xlsx', analysis, decisions: new Map([[analysis.groups[0]!.key, 'update']]), classification: 'internal' },
      a.ctx,
    );
    a.ctx.tick();
    await undoSheetImport(db, record.id, a.ctx);
    expect(await liveArchive(db)).toEqual(before);
  });

  it('undoes a contact one row created and a later row of the same customer updated: the property found it (seed -1060916792)', async () => {
    const a = await importArchive();
    db = a.db;
    const before = await liveArchive(db);
    const analysis = await analyse(
      db,
      [personRow(2, '航天材料及工艺研究所', '孙八', '13800000000'), personRow(3, '航天材料及工艺研究所', '孙八', '13800000000', { 'contact.title': '主任' })],
      a.ctx,
    );
    const { record } = await commitCustomerImport(
      db,
      { fileName: 'created-then-updated.xlsx', analysis, decisions: new Map([[analysis.groups[0]!.key, 'update']]), classification: 'internal' },
      a.ctx,
    );
    expect(record.updated.filter((u) => u.table === 'contacts')).toEqual([]);
    a.ctx.tick();
    await undoSheetImport(db, record.id, a.ctx);
    expect(await liveArchive(db)).toEqual(before);
  });

  it('is refused, writing nothing, when a record the import updated was edited since', async () => {
    const a = await importArchive();
    db = a.db;
    const analysis = await analyse(db, [personRow(2, '航天材料及工艺研究所', '钱七', '13700000000', { 'customer.region': '天津' })], a.ctx);
    const { record } = await commitCustomerImport(
      db,
      { fileName: 'a.xlsx', analysis, decisions: new Map([[analysis.groups[0]!.key, 'update']]), classification: 'internal' },
      a.ctx,
    );
    const edited = (await db.customers.get(a.existing.id))!;
    await updateCustomer(db, edited.id, { ...edited, notes: '之后手工修改' }, a.ctx, { allowDuplicate: true });
    const changes = await db.changes.count();
    const error = await undoSheetImport(db, record.id, a.ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UndoRefusedError);
    expect(error).toMatchObject({ reason: 'changed-since', names: ['航天材料及工艺研究所'] });
    expect(await db.changes.count()).toBe(changes);
    expect((await db.contacts.where('customerId').equals(a.existing.id).toArray()).every((c) => c.deletedAt === null)).toBe(true);
  });

  it('refuses a role that may not delete (查阅) before writing anything', async () => {
    const a = await importArchive();
    db = a.db;
    const analysis = await analyse(db, [personRow(2, '新单位', '孙八')], a.ctx);
    const { record } = await commitCustomerImport(db, { fileName: 'a.xlsx', analysis, decisions: new Map(), classification: 'internal' }, a.ctx);
    const changes = await db.changes.count();
    await expect(undoSheetImport(db, record.id, { ...a.ctx, actor: testActor('读者', ['reader']) })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.changes.count()).toBe(changes);
  });

  it('property: import then undo leaves the live archive exactly as before, whatever the rows and decisions', async () => {
    const names = ['航天材料及工艺研究所', '航天材料及工艺研究锁', '中国电子科技集团公司', '北京天和科技', '新单位甲', '新单位乙'];
    const rowArb = fc.record({
      name: fc.constantFrom(...names),
      contact: fc.option(fc.constantFrom('赵敏', '钱七', '孙八'), { nil: undefined }),
      region: fc.option(fc.constantFrom('北京', '天津'), { nil: undefined }),
      title: fc.option(fc.constantFrom('主任', '工程师'), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom<ImportAction>('skip', 'update', 'create'), { minLength: 8, maxLength: 8 }),
        async (specs, actions) => {
          const a = await importArchive();
          db = a.db;
          try {
            const rows: SheetRow[] = specs.map((s, i) => ({
              row: i + 2,
              errors: [],
              values: {
                'customer.name': s.name,
                ...(s.region ? { 'customer.region': s.region } : {}),
                ...(s.contact ? { 'contact.name': s.contact, 'contact.phones': ['13800000000'] } : {}),
                ...(s.title && s.contact ? { 'contact.title': s.title } : {}),
              },
            }));
            const before = await liveArchive(db);
            const analysis = await analyse(db, rows, a.ctx);
            const decisions = new Map(analysis.groups.map((g, i) => [g.key, actions[i]!]));
            const { record } = await commitCustomerImport(db, { fileName: 'p.xlsx', analysis, decisions, classification: 'internal' }, a.ctx);
            a.ctx.tick();
            await undoSheetImport(db, record.id, a.ctx);
            expect(await liveArchive(db)).toEqual(before);
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 20 },
    );
    // Each run opens its own database: on a loaded machine 20 runs have taken 20 s.
  }, 90_000);
});
