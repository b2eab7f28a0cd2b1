import { afterEach, describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../../../src-renderer/core/accounts';
import { contactsOf, customerHistory, getCustomer, listCustomers, searchCustomers } from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import {
  commitCustomerImport,
  getImportRecord,
  ImportCancelledError,
  leftOutRows,
  listImportRecords,
  type ImportAction,
  type ImportAnalysis,
} from '../../../../src-renderer/data/spreadsheet-import';
import { testActor } from '../../../shared/actors';
import { analyseCustomerSheet } from '../../../../src-renderer/data/spreadsheet-import';
import type { SheetRow } from '../../../../src-renderer/data/spreadsheet-import';
import type { WriteContext } from '../../../../src-renderer/data/write-context';
import { analyse, importArchive, personRow, sheetRow } from './fixtures';

const NOTE = (phones: readonly string[]) => `本地电话 ${phones.join(' ')}`;
const analyseCustomerSheetWith = (d: AirgapDb, rows: SheetRow[], ctx: WriteContext) => analyseCustomerSheet(d, rows, ctx, 'internal', NOTE);

let db: AirgapDb;
afterEach(() => db?.close());

const ALL = { actor: testActor(), installationId: 'x' };
const everything = (analysis: ImportAnalysis, action: ImportAction) => new Map(analysis.groups.map((g) => [g.key, action]));

async function snapshot(d: AirgapDb) {
  return {
    customers: await d.customers.toArray(),
    contacts: await d.contacts.toArray(),
    changes: await d.changes.count(),
    audit: await d.audit.count(),
    meta: await d.meta.count(),
  };
}

describe('spreadsheet import: preview against the archive', () => {
  it('groups one row per contact into one customer, and finds duplicates in the file and in the archive, by name and by pinyin', async () => {
    const a = await importArchive();
    db = a.db;
    const analysis = await analyse(
      db,
      [
        personRow(3, '中国电子科技集团有限公司', '张三'),
        personRow(4, '中国电子科技集团公司', '李四'),
        personRow(5, '航天材料及工艺研究所', '钱七'),
        personRow(6, '航天材料及工艺研究锁', '孙八'),
        personRow(7, '北京天和科技', '周九'),
        personRow(8, '北京添禾科技', '吴十'),
      ],
      a.ctx,
    );
    expect(analysis.groups.map((g) => [g.name, g.rows, g.proposed])).toEqual([
      ['中国电子科技集团有限公司', [3, 4], 'create'],
      ['航天材料及工艺研究所', [5], 'skip'],
      ['航天材料及工艺研究锁', [6], 'skip'],
      ['北京天和科技', [7], 'create'],
      ['北京添禾科技', [8], 'skip'],
    ]);
    const [, same, sound, , fileSound] = analysis.groups;
    expect(same!.archiveMatches).toEqual([{ id: a.existing.id, name: '航天材料及工艺研究所', reason: 'same_name' }]);
    expect(sound!.archiveMatches).toEqual([{ id: a.existing.id, name: '航天材料及工艺研究所', reason: 'same_pinyin' }]);
    expect(fileSound!.fileMatch).toEqual({ row: 7, name: '北京天和科技' });
  });

  it('adds the archive rules to the sheet problems: unknown manager, too long a name, a bad phone; and refuses a row that contradicts its customer', async () => {
    const a = await importArchive();
    db = a.db;
    const analysis = await analyse(
      db,
      [
        sheetRow(2, { 'customer.name': '甲单位', 'customer.managerName': '不存在的人' }),
        sheetRow(3, { 'customer.name': '乙'.repeat(101) }),
        sheetRow(4, { 'customer.name': '丙单位', 'contact.name': '王五', 'contact.phones': ['abc'] }),
        sheetRow(5, { 'customer.name': '丁单位', 'customer.region': '北京' }),
        sheetRow(6, { 'customer.name': '丁单位', 'customer.region': '上海', 'contact.name': '陈六' }),
        sheetRow(7, { 'customer.name': '戊单位' }, [{ field: 'customer.cooperationStart', message: 'spreadsheet.badDate' }]),
      ],
      a.ctx,
    );
    const errors = Object.fromEntries(analysis.rows.map((r) => [r.row, r.errors.map((e) => `${e.field}:${e.message}`)]));
    expect(errors[2]).toEqual(['customer.managerName:spreadsheetImport.problem.unknownManager']);
    expect(errors[3]).toEqual(['customer.name:validation.tooLong']);
    expect(errors[4]).toEqual(['contact.phones:validation.phone']);
    expect(errors[5]).toEqual([]);
    expect(errors[6]).toEqual(['null:spreadsheetImport.problem.differsFromRow']);
    expect(errors[7]).toEqual(['customer.cooperationStart:spreadsheet.badDate']);
    expect(analysis.groups.map((g) => g.name)).toEqual(['丁单位']);
  });
});

describe('spreadsheet import: commit', () => {
  it('creates customers with their contacts in one import, findable by pinyin, named in the import list and audited', async () => {
    const a = await importArchive();
    db = a.db;
    const analysis = await analyse(
      db,
      [personRow(2, '中国电子科技集团有限公司', '张三', '13911112222'), personRow(3, '中国电子科技集团有限公司', '李四')],
      a.ctx,
    );
    const { record, leftOut } = await commitCustomerImport(db, { fileName: '客户.xlsx', analysis, decisions: new Map(), classification: 'internal' }, a.ctx);
    expect(leftOut).toEqual([]);
    const [hit] = await searchCustomers(db, 'zgdz');
    expect(hit?.customer.name).toBe('中国电子科技集团有限公司');
    const contacts = await contactsOf(db, hit!.customer.id);
    expect(contacts.map((c) => [c.name, c.primary, c.phones])).toEqual([
      ['张三', true, ['13911112222']],
      ['李四', false, ['13800000000']],
    ]);
    // The register lists the imports' heads; the whole record (its lists) reads back as it was made.
    const { created: _created, updated: _updated, ...summary } = record;
    expect(await listImportRecords(db)).toEqual([summary]);
    expect(await getImportRecord(db, record.id)).toEqual(record);
    expect(record).toMatchObject({ fileName: '客户.xlsx', by: '张伟', counts: { created: 1, updated: 0, contacts: 2, leftOut: 0 } });
    const audit = await db.audit.orderBy('seq').last();
    expect(audit).toMatchObject({ action: 'spreadsheet.import', object: { label: '客户.xlsx' }, details: { added: 1, contacts: 2 } });
  });

  it('updates the archive duplicate when asked, keeping its history (old → new), and adds a new contact beside the existing one', async () => {
    const a = await importArchive();
    db = a.db;
    const analysis = await analyse(db, [personRow(2, '航天材料及工艺研究所', '钱七', '13700000000', { 'customer.region': '天津' })], a.ctx);
    const { record } = await commitCustomerImport(
      db,
      { fileName: 'a.xlsx', analysis, decisions: everything(analysis, 'update'), classification: 'internal' },
      a.ctx,
    );
    const after = await getCustomer(db, a.existing.id);
    expect(after).toMatchObject({ region: '天津', shortName: '703所', managerName: '王磊' });
    const history = await customerHistory(db, a.existing.id);
    expect(history.at(-1)).toMatchObject({ op: 'update', by: '张伟', fields: [{ field: 'region', before: '北京', after: '天津' }] });
    expect((await contactsOf(db, a.existing.id)).map((c) => [c.name, c.primary])).toEqual([
      ['赵敏', true],
      ['钱七', false],
    ]);
    expect(record.counts).toMatchObject({ created: 0, updated: 1, contacts: 1 });
  });

  it('keeps a local landline written without its area code in the contact notes, never drops it', async () => {
    const a = await importArchive();
    db = a.db;
    const row = { ...sheetRow(2, { 'customer.name': '新单位', 'contact.name': '孙八', 'contact.notes': '周一在' }), localPhones: ['63913136'] };
    const analysis = await analyseCustomerSheetWith(db, [row], a.ctx);
    await commitCustomerImport(db, { fileName: 'a.xlsx', analysis, decisions: new Map(), classification: 'internal', localPhoneNote: NOTE }, a.ctx);
    const created = (await db.contacts.toArray()).find((c) => c.name === '孙八');
    expect(created?.notes).toBe('周一在\n本地电话 63913136');
  });

  it('leaves out skipped duplicates and bad rows, with their reasons', async () => {
    const a = await importArchive();
    db = a.db;
    const analysis = await analyse(
      db,
      [personRow(2, '航天材料及工艺研究所', '钱七'), sheetRow(3, { 'customer.name': '' }), personRow(4, '新单位', '孙八')],
      a.ctx,
    );
    const { leftOut } = await commitCustomerImport(db, { fileName: 'a.xlsx', analysis, decisions: new Map(), classification: 'internal' }, a.ctx);
    expect(leftOut.map((r) => [r.row, r.reasons.map((p) => p.message)])).toEqual([
      [2, ['spreadsheetImport.leftOut.skippedArchive']],
      [3, ['validation.required']],
    ]);
    expect((await listCustomers(db, ALL)).map((c) => c.name).sort()).toEqual(['新单位', '航天材料及工艺研究所'].sort());
    expect(leftOutRows(analysis, new Map())).toEqual(leftOut);
  });

  it('is atomic: a failure mid-way (a record changed since the preview) writes nothing, not even the new customers before it', async () => {
    const a = await importArchive();
    db = a.db;
    const rows = [...Array.from({ length: 30 }, (_, i) => personRow(i + 2, `新单位${i}`, `联系人${i}`)), personRow(40, '航天材料及工艺研究所', '钱七')];
    const analysis = await analyse(db, rows, a.ctx);
    await db.customers.update(a.existing.id, { deletedAt: '2026-11-26T08:00:00.000Z' });
    const before = await snapshot(db);
    const failed = await commitCustomerImport(
      db,
      { fileName: 'a.xlsx', analysis, decisions: everything(analysis, 'update').set(analysis.groups[0]!.key, 'create'), classification: 'internal' },
      a.ctx,
      { chunkSize: 5 },
    ).catch((e: unknown) => e);
    expect((failed as Error).name).toBe('RecordNotFoundError');
    expect(await snapshot(db)).toEqual(before);
  });

  it('cancelled mid-way writes nothing; progress counts the rows', async () => {
    const a = await importArchive();
    db = a.db;
    const analysis = await analyse(
      db,
      Array.from({ length: 20 }, (_, i) => personRow(i + 2, `新单位${i}`, `联系人${i}`)),
      a.ctx,
    );
    const before = await snapshot(db);
    const controller = new AbortController();
    const seen: number[] = [];
    const failed = await commitCustomerImport(db, { fileName: 'a.xlsx', analysis, decisions: new Map(), classification: 'internal' }, a.ctx, {
      chunkSize: 4,
      signal: controller.signal,
      onProgress: ({ done, total }) => {
        seen.push(done);
        expect(total).toBe(20);
        if (done >= 8) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ImportCancelledError);
    expect(seen).toEqual([0, 4, 8]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a role that may not write the archive (查阅) before writing anything', async () => {
    const a = await importArchive();
    db = a.db;
    const analysis = await analyse(db, [personRow(2, '新单位', '孙八')], a.ctx);
    const before = await snapshot(db);
    const reader = { ...a.ctx, actor: testActor('读者', ['reader']) };
    await expect(commitCustomerImport(db, { fileName: 'a.xlsx', analysis, decisions: new Map(), classification: 'internal' }, reader)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await snapshot(db)).toEqual(before);
  });
});
