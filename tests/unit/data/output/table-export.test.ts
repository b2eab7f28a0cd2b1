// @vitest-environment jsdom
import { read, utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../../../src-renderer/core/accounts';
import { markFor } from '../../../../src-renderer/core/classification';
import { newId } from '../../../../src-renderer/core/ids';
import { OutputPolicyError } from '../../../../src-renderer/core/output';
import { ValidationError } from '../../../../src-renderer/core/validation';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { exportTable, type SaveOutcome, type TableExportRequest } from '../../../../src-renderer/data/output';
import { testActor } from '../../../shared/actors';
import { freshDb } from '../helpers';

const ORIGIN = '01900000-0000-7000-8000-00000000abcd';
const NOW = new Date('2026-12-07T03:00:00.000Z');
const HEAD = testActor('张伟', ['department-head'], 'all');
const MANAGER = testActor('李娜', ['account-manager'], 'own');
const HANDLER = testActor('王芳', ['complaint-handler'], 'all');
const ADMIN = testActor('赵强', ['system-admin'], null);

async function setUp(): Promise<AirgapDb> {
  const db = await freshDb();
  await db.profile.put({
    id: newId(),
    organisation: '航天材料及工艺研究所',
    department: '市场部',
    defaultMark: markFor('internal'),
    rev: '0',
    origin: ORIGIN,
    updatedBy: '张伟',
    deletedAt: null,
  });
  return db;
}

const request = (over: Partial<TableExportRequest> = {}): TableExportRequest => ({
  view: '客户分级名册',
  format: 'xlsx',
  purpose: '部门例会',
  highest: 'secret',
  columns: [{ header: '客户名称' }, { header: '效益（万元）' }],
  rows: [
    ['甲研究所', 12.5],
    ['=HYPERLINK("http://x")', null],
  ],
  ...over,
});

const keep = async (): Promise<SaveOutcome> => ({ saved: true, name: '名册.xlsx' });

/** Nothing of an output left behind: no register line, no audit entry. */
async function expectNothingWritten(db: AirgapDb) {
  expect(await db.printLog.count()).toBe(0);
  expect(await db.audit.count()).toBe(0);
}

describe('exportTable', () => {
  it('registers the file under a 份号 with its mark, purpose and record count, and audits it as table.export', async () => {
    const db = await setUp();
    let written: Uint8Array | null = null;
    let name = '';
    const outcome = await exportTable(db, { actor: HEAD, origin: ORIGIN, now: NOW }, request(), async (file) => {
      written = file.bytes;
      name = file.suggestedName;
      return { saved: true, name: file.suggestedName };
    });
    expect(outcome.line).toMatchObject({
      kind: 'table-export',
      status: 'completed',
      title: '客户分级名册',
      mark: markFor('secret'),
      purpose: '部门例会',
      records: 2,
      by: '张伟',
    });
    expect(outcome.line.number).toMatch(/^FH-00ABCD-2026-\d{6}$/);
    expect(name).toBe(`客户分级名册-20261207-${outcome.line.number}.xlsx`);
    const entries = await db.audit.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'table.export',
      details: { number: outcome.line.number, outputKind: 'table-export', mark: 'secret', records: 2, fileFormat: 'xlsx', purpose: '部门例会' },
    });
    // The file: the mark and the number in its first row, the sheet named for the view, the formula neutralised.
    const book = read(written!, { type: 'array' });
    expect(book.SheetNames).toEqual(['客户分级名册']);
    const rows = utils.sheet_to_json<unknown[]>(book.Sheets['客户分级名册']!, { header: 1, defval: null });
    expect(rows[0]?.[0]).toBe(`秘密★10年\u3000份号：${outcome.line.number}`);
    expect(rows[3]).toEqual(['\'=HYPERLINK("http://x")', null]);
  });

  it('writes a CSV with its BOM when asked', async () => {
    const db = await setUp();
    let bytes: Uint8Array | null = null;
    const outcome = await exportTable(db, { actor: MANAGER, origin: ORIGIN, now: NOW }, request({ format: 'csv', highest: null }), async (file) => {
      bytes = file.bytes;
      return { saved: true, name: file.suggestedName };
    });
    expect([...bytes!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes!)).toMatch(new RegExp(`^内部\u3000份号：${outcome.line.number}\r\n客户名称,效益（万元）\r\n`));
  });

  it('voids the number when the save is refused, and when it fails', async () => {
    const db = await setUp();
    const ctx = { actor: HEAD, origin: ORIGIN, now: NOW };
    const refused = await exportTable(db, ctx, request(), async () => ({ saved: false }));
    expect(refused.line.status).toBe('cancelled');
    await expect(
      exportTable(db, ctx, request(), async () => {
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect((await db.printLog.toArray()).map((l) => ('status' in l ? l.status : null))).toEqual(['cancelled', 'cancelled']);
    expect((await db.audit.toArray()).map((e) => e.action)).toEqual(['output.cancel', 'output.cancel']);
  });

  it('is refused, with nothing registered, for a mark above the role’s export limit or a role with none', async () => {
    const db = await setUp();
    // 客户经理 exports up to 秘密 by default; 机密 rows are refused.
    await expect(exportTable(db, { actor: MANAGER, origin: ORIGIN, now: NOW }, request({ highest: 'confidential' }), keep)).rejects.toBeInstanceOf(
      OutputPolicyError,
    );
    // 投诉处理人 may export nothing by default.
    await expect(exportTable(db, { actor: HANDLER, origin: ORIGIN, now: NOW }, request({ highest: null }), keep)).rejects.toMatchObject({
      limit: null,
    });
    await expectNothingWritten(db);
  });

  it('is refused for an account that may not read the archive, and without a purpose', async () => {
    const db = await setUp();
    await expect(exportTable(db, { actor: ADMIN, origin: ORIGIN, now: NOW }, request(), keep)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportTable(db, { actor: HEAD, origin: ORIGIN, now: NOW }, request({ purpose: '  ' }), keep)).rejects.toBeInstanceOf(ValidationError);
    await expectNothingWritten(db);
  });
});
