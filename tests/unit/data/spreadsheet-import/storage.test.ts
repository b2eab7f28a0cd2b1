import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_RAW_LIST_ITEMS, validateBackupRecord } from '../../../../src-renderer/core/backup';
import { MAX_RECORDS_PER_ENTRY } from '../../../../src-renderer/core/change-log';
import { newId } from '../../../../src-renderer/core/ids';
import { ValidationError } from '../../../../src-renderer/core/validation';
import { joinParts, MAX_PART_UPDATED, MAX_SHEET_FILE_NAME, splitParts } from '../../../../src-renderer/core/spreadsheet/import-storage';
import { backupRecords } from '../../../../src-renderer/data/backup';
import { createBackupFile, restoreBackupFile } from '../../../../src-renderer/data/backup-file';
import { openDatabase, type AirgapDb } from '../../../../src-renderer/data/db';
import { getProfile } from '../../../../src-renderer/data/profile-repo';
import {
  commitCustomerImport,
  getImportRecord,
  listImportRecords,
  rememberedMapping,
  rememberMapping,
  undoSheetImport,
  type ImportAction,
  type ImportRecord,
  type SheetRow,
} from '../../../../src-renderer/data/spreadsheet-import';
import { testActor } from '../../../shared/actors';
import { closeAll, department, type Dept } from '../exchange/departments-fixture';
import { analyse, personRow } from './fixtures';

/**
 * Issue 16.3: an import is kept as a head and bounded parts, carried by backups (kind 'sheetImports')
 * with the remembered column mappings, so a restored installation lists its imports and can undo them;
 * every change entry of an import and of its undo names it (ChangeEntry.source).
 */
const opened: AirgapDb[] = [];
const restored: string[] = [];
afterEach(async () => {
  opened.splice(0).forEach((db) => db.close());
  closeAll();
  for (const name of restored.splice(0)) await Dexie.delete(name);
});

/** The department's whole database through a backup file and back: the restored copy, opened. */
async function backupAndRestore(d: Dept): Promise<AirgapDb> {
  const { bytes } = await createBackupFile(d.db, {
    profile: (await getProfile(d.db))!,
    installation: d.installation,
    appVersion: 'test',
    actor: testActor('张伟'),
    purpose: '测试备份',
    lock: { recipients: [d.installation.keys.ageRecipient] },
    now: d.ctx.now(),
  });
  const back = await restoreBackupFile(bytes, { identities: [d.installation.keys.ageIdentity] }, { stamp: newId(), by: testActor() });
  restored.push(back.databaseName);
  expect(back.counts.sheetImports).toBeGreaterThan(0);
  const copy = await openDatabase(back.databaseName);
  opened.push(copy);
  return copy;
}

const metaKeys = async (db: AirgapDb, prefix: string) => (await db.meta.where('key').startsWith(prefix).primaryKeys()).sort();
const live = async (db: AirgapDb, table: 'customers' | 'contacts') => (await db.table(table).toArray()).filter((r) => r.deletedAt === null).length;

describe('spreadsheet import: stored in bounded parts, carried by backups', () => {
  it('an import of more than 10,000 contacts is stored as a head and bounded parts; a backup of it restores, and it can still be undone there', async () => {
    const d = await department('市场部');
    const rows: SheetRow[] = Array.from({ length: MAX_RECORDS_PER_ENTRY + 5 }, (_, i) =>
      personRow(i + 2, '中国电子科技集团有限公司', `联系人${i}`, `139${String(i).padStart(8, '0')}`),
    );
    const analysis = await analyse(d.db, rows, d.ctx);
    const { record } = await commitCustomerImport(d.db, { fileName: '大名单.xlsx', analysis, decisions: new Map(), classification: 'internal' }, d.ctx);
    expect(record.created.contacts).toHaveLength(MAX_RECORDS_PER_ENTRY + 5);
    await rememberMapping(d.db, 'customers', ['单位名称', '联系人', '手机'], ['customer.name', 'contact.name', 'contact.phones']);

    // One head (without the lists) and two parts, each within a backup line's bounds.
    const head = (await d.db.meta.get(`spreadsheet-import:${record.id}`))!.value as Record<string, unknown>;
    expect(head).toMatchObject({ id: record.id, parts: 2 });
    expect(head).not.toHaveProperty('created');
    expect(await metaKeys(d.db, 'spreadsheet-import-part:')).toEqual([0, 1].map((n) => `spreadsheet-import-part:${record.id}:${n}`));
    for await (const { kind, record: row } of backupRecords(d.db)) {
      if (kind !== 'sheetImports') continue;
      expect(validateBackupRecord(kind, row), JSON.stringify(row).slice(0, 80)).toBeNull();
      const created = (row as { value: { created?: Record<string, string[]> } }).value.created ?? {};
      expect(Object.values(created).reduce((n, ids) => n + ids.length, 0)).toBeLessThanOrEqual(MAX_RECORDS_PER_ENTRY);
    }
    expect(await getImportRecord(d.db, record.id)).toEqual(record);

    const copy = await backupAndRestore(d);
    expect(await listImportRecords(copy)).toEqual(await listImportRecords(d.db));
    expect(await getImportRecord(copy, record.id)).toEqual(record);
    expect(await rememberedMapping(copy, 'customers', ['单位名称', '联系人', '手机'])).toEqual(['customer.name', 'contact.name', 'contact.phones']);
    // Undone in the restored database: its records go to the recycle bin, its entries name the undo.
    d.ctx.tick();
    const undone = await undoSheetImport(copy, record.id, d.ctx);
    expect(undone.undone).not.toBeNull();
    expect([await live(copy, 'customers'), await live(copy, 'contacts')]).toEqual([0, 0]);
    expect((await listImportRecords(copy))[0]!.undone).toEqual(undone.undone);
  }, 120_000);

  it('reads an import saved as one row before the parts, lists it, undoes it, and a backup carries it as head and parts', async () => {
    const d = await department('市场部');
    const analysis = await analyse(d.db, [personRow(2, '新单位', '孙八'), personRow(3, '新单位', '周九')], d.ctx);
    const { record } = await commitCustomerImport(d.db, { fileName: '旧名单.xlsx', analysis, decisions: new Map(), classification: 'internal' }, d.ctx);
    // As the previous version saved it: one row with every list, no parts.
    await d.db.meta.where('key').startsWith('spreadsheet-import').delete();
    const old: ImportRecord = { ...record };
    await d.db.meta.put({ key: `spreadsheet-import:${record.id}`, value: old });

    expect(await getImportRecord(d.db, record.id)).toEqual(record);
    const { created: _c, updated: _u, ...summary } = record;
    expect(await listImportRecords(d.db)).toEqual([summary]);
    const lines: { key: string; value: unknown }[] = [];
    for await (const { kind, record: row } of backupRecords(d.db)) {
      if (kind !== 'sheetImports') continue;
      expect(validateBackupRecord(kind, row)).toBeNull();
      lines.push(row as { key: string; value: unknown });
    }
    expect(lines.map((l) => l.key)).toEqual([`spreadsheet-import:${record.id}`, `spreadsheet-import-part:${record.id}:0`]);
    const copy = await backupAndRestore(d);
    expect(await getImportRecord(copy, record.id)).toEqual(record);

    d.ctx.tick();
    await undoSheetImport(d.db, record.id, d.ctx);
    expect(await live(d.db, 'customers')).toBe(0);
    // Saved anew as head and parts.
    expect((await d.db.meta.get(`spreadsheet-import:${record.id}`))!.value).toMatchObject({ parts: 1, undone: { by: '张伟' } });
    expect((await getImportRecord(d.db, record.id))!.created).toEqual(record.created);
  });

  it('splits the lists in runs no backup line refuses, and joins them back in order', () => {
    const ids = (n: number) => Array.from({ length: n }, () => newId());
    const created = { customers: ids(MAX_RECORDS_PER_ENTRY + 1), contacts: ids(2 * MAX_RECORDS_PER_ENTRY + 3), benefits: [] };
    const updated = Array.from({ length: 2 * MAX_PART_UPDATED + 1 }, (_, i) => ({ table: 'customers', id: String(i), before: { name: 'x' }, rev: 'r' }));
    const parts = splitParts(created, updated);
    expect(parts).toHaveLength(4);
    for (const part of parts) {
      const n = Object.values(part.created).reduce((sum, list) => sum + (list?.length ?? 0), 0);
      expect(n).toBeLessThanOrEqual(MAX_RECORDS_PER_ENTRY);
      expect(part.updated.length).toBeLessThanOrEqual(MAX_PART_UPDATED);
      expect(n).toBeLessThan(MAX_RAW_LIST_ITEMS);
    }
    expect(joinParts(parts, ['benefits'])).toEqual({ created, updated });
    expect(splitParts({ customers: [], contacts: [] }, [])).toEqual([]);
  });

  it('a backup refuses a sheetImports row that is not one: an oversized part, a head under another id, another meta key', () => {
    const id = newId();
    const part = (customers: string[]) => ({ key: `spreadsheet-import-part:${id}:0`, value: { created: { customers, contacts: [] }, updated: [] } });
    expect(validateBackupRecord('sheetImports', part([newId()]))).toBeNull();
    expect(validateBackupRecord('sheetImports', part(Array.from({ length: MAX_RECORDS_PER_ENTRY + 1 }, () => id)))).not.toBeNull();
    const head = {
      id,
      kind: 'customers',
      fileName: '名单.xlsx',
      at: '2026-11-26T08:00:00.000Z',
      by: '张伟',
      byId: newId(),
      counts: { created: 1, updated: 0, contacts: 0, skipped: 0, leftOut: 0 },
      undone: null,
      parts: 1,
    };
    expect(validateBackupRecord('sheetImports', { key: `spreadsheet-import:${id}`, value: head })).toBeNull();
    expect(validateBackupRecord('sheetImports', { key: `spreadsheet-import:${newId()}`, value: head })).not.toBeNull();
    expect(
      validateBackupRecord('sheetImports', { key: `spreadsheet-import:${id}`, value: { ...head, created: { customers: [], contacts: [] } } }),
    ).not.toBeNull();
    expect(validateBackupRecord('sheetImports', { key: 'installation', value: head })).not.toBeNull();
    expect(validateBackupRecord('sheetImports', { key: 'spreadsheet-mapping:customers:["名称"]', value: ['customer.name'] })).toBeNull();
  });
});

describe('spreadsheet import: named in the change log', () => {
  it('every change entry of an import and of its undo names it and its file; a backup restores them unchanged', async () => {
    const d = await department('市场部');
    const analysis0 = await analyse(d.db, [personRow(2, '航天材料及工艺研究所', '赵敏')], d.ctx);
    await commitCustomerImport(d.db, { fileName: '第一份.xlsx', analysis: analysis0, decisions: new Map(), classification: 'internal' }, d.ctx);
    d.ctx.tick();
    const seq = (await d.db.changes.orderBy('seq').last())!.seq!;
    const analysis = await analyse(
      d.db,
      [personRow(2, '航天材料及工艺研究所', '赵敏', '13700000000', { 'customer.region': '天津' }), personRow(3, '新单位', '孙八')],
      d.ctx,
    );
    const decisions = new Map<string, ImportAction>(analysis.groups.map((g) => [g.key, g.archiveMatches.length > 0 ? 'update' : 'create']));
    const { record } = await commitCustomerImport(d.db, { fileName: '名单.xlsx', analysis, decisions, classification: 'internal' }, d.ctx);
    const imported = await d.db.changes.where('seq').above(seq).toArray();
    expect(imported.map((e) => e.op).sort()).toEqual(['create', 'create', 'update', 'update']);
    for (const entry of imported) expect(entry.source).toEqual({ kind: 'spreadsheetImport', id: record.id, fileName: '名单.xlsx' });

    d.ctx.tick();
    const before = (await d.db.changes.orderBy('seq').last())!.seq!;
    await undoSheetImport(d.db, record.id, d.ctx);
    const undo = await d.db.changes.where('seq').above(before).toArray();
    expect(undo.map((e) => e.op).sort()).toEqual(['delete', 'delete', 'update', 'update']);
    for (const entry of undo) expect(entry.source).toEqual({ kind: 'spreadsheetImportUndo', id: record.id, fileName: '名单.xlsx' });
    // A change made by hand names nothing.
    expect(
      (await d.db.changes.where('seq').belowOrEqual(seq).toArray()).filter((e) => e.table !== 'customers' && e.table !== 'contacts').every((e) => !e.source),
    ).toBe(true);

    for (const entry of [...imported, ...undo]) expect(validateBackupRecord('changes', entry)).toBeNull();
    expect(validateBackupRecord('changes', { ...imported[0]!, source: { ...imported[0]!.source!, kind: 'exchange' } })).not.toBeNull();
    expect(validateBackupRecord('changes', { ...imported[0]!, source: { ...imported[0]!.source!, fileName: 'x'.repeat(1001) } })).not.toBeNull();
    const copy = await backupAndRestore(d);
    expect(await copy.changes.toArray()).toEqual(await d.db.changes.toArray());
  });

  it('refuses a file name longer than a backup keeps, writing nothing', async () => {
    const d = await department('市场部');
    const analysis = await analyse(d.db, [personRow(2, '新单位', '孙八')], d.ctx);
    const seq = (await d.db.changes.orderBy('seq').last())?.seq;
    const long = `${'名'.repeat(MAX_SHEET_FILE_NAME)}.xlsx`;
    await expect(commitCustomerImport(d.db, { fileName: long, analysis, decisions: new Map(), classification: 'internal' }, d.ctx)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect([(await d.db.changes.orderBy('seq').last())?.seq, await listImportRecords(d.db)]).toEqual([seq, []]);
  });
});
