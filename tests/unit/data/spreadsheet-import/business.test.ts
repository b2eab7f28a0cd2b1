import { afterEach, describe, expect, it } from 'vitest';
import { createBenefitYear, createCustomer } from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import {
  analyseBusinessSheet,
  commitBusinessImport,
  undoSheetImport,
  type BusinessSheetRow,
  type ImportAction,
} from '../../../../src-renderer/data/spreadsheet-import';
import { unitInput } from '../customers/fixtures';
import { importArchive } from './fixtures';

let db: AirgapDb;
afterEach(() => db?.close());

const figures = (row: number, name: string, year: number, benefitWan: number): BusinessSheetRow => ({
  row,
  errors: [],
  values: { 'figures.customerName': name, 'figures.year': year, 'figures.contractWan': benefitWan * 2, 'figures.benefitWan': benefitWan },
});

const live = async (d: AirgapDb) => ({
  benefits: (await d.benefits.toArray()).filter((b) => b.deletedAt === null).map((b) => [b.customerId, b.year, b.contractWan, b.benefitWan]),
  settlements: (await d.settlements.toArray()).filter((s) => s.deletedAt === null).map((s) => [s.customerId, s.dueDate, s.receivableWan, s.amountPaidWan]),
});

describe('spreadsheet import: yearly figures and settlements', () => {
  it('matches customers by name, flags an existing year and a repeated one, and imports then undoes exactly', async () => {
    const a = await importArchive();
    db = a.db;
    await createBenefitYear(db, a.existing.id, { year: 2024, contractWan: 10, benefitWan: 5 }, a.ctx);
    const before = await live(db);
    const analysis = await analyseBusinessSheet(
      db,
      'figures',
      [
        figures(2, '航天材料及工艺研究所', 2024, 8),
        figures(3, '航天材料及工艺研究所有限公司', 2025, 30),
        figures(4, '航天材料及工艺研究所', 2025, 31),
        figures(5, '不存在的单位', 2025, 1),
        figures(6, '航天材料及工艺研究所', 1980, 1),
      ],
      a.ctx,
    );
    expect(analysis.rows.map((r) => [r.row, r.proposed, r.existing?.label ?? null, r.errors.map((e) => e.message)])).toEqual([
      [2, 'skip', '2024', []],
      [3, 'create', null, []],
      [4, 'skip', null, ['spreadsheetImport.problem.sameYearInFile']],
      [5, 'skip', null, ['spreadsheetImport.problem.noCustomer']],
      [6, 'skip', null, ['validation.year']],
    ]);
    const decisions = new Map<number, ImportAction>([[2, 'update']]);
    const { record, leftOut } = await commitBusinessImport(db, { fileName: '经营数据.xlsx', analysis, decisions }, a.ctx);
    expect(leftOut.map((r) => r.row)).toEqual([4, 5, 6]);
    expect(record.counts).toMatchObject({ created: 1, updated: 1 });
    expect((await live(db)).benefits).toEqual(
      expect.arrayContaining([
        [a.existing.id, 2024, 16, 8],
        [a.existing.id, 2025, 60, 30],
      ]),
    );
    a.ctx.tick();
    await undoSheetImport(db, record.id, a.ctx);
    expect(await live(db)).toEqual(before);
  });

  it('imports receivables, refuses an overpayment row, and a reader role is refused with nothing written', async () => {
    const a = await importArchive();
    db = a.db;
    await createCustomer(db, unitInput({ name: '西安远航电子科技' }), a.ctx);
    const rows: BusinessSheetRow[] = [
      { row: 2, errors: [], values: { 'settlement.customerName': '西安远航电子科技', 'settlement.receivableWan': 12.5, 'settlement.dueDate': '2026-03-31' } },
      {
        row: 3,
        errors: [],
        values: {
          'settlement.customerName': '西安远航电子科技',
          'settlement.receivableWan': 10,
          'settlement.dueDate': '2026-01-31',
          'settlement.paidDate': '2026-02-10',
          'settlement.amountPaidWan': 11,
        },
      },
    ];
    const analysis = await analyseBusinessSheet(db, 'settlements', rows, a.ctx);
    expect(analysis.rows[1]!.errors.map((e) => e.message)).toEqual(['spreadsheetImport.problem.overpaid']);
    const { testActor } = await import('../../../shared/actors');
    const changes = await db.changes.count();
    await expect(
      commitBusinessImport(db, { fileName: 'r.xlsx', analysis, decisions: new Map() }, { ...a.ctx, actor: testActor('读者', ['reader']) }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await db.changes.count()).toBe(changes);
    const { record } = await commitBusinessImport(db, { fileName: 'r.xlsx', analysis, decisions: new Map() }, a.ctx);
    expect((await live(db)).settlements.map((s) => s.slice(1))).toEqual([['2026-03-31', 12.5, null]]);
    await undoSheetImport(db, record.id, a.ctx);
    expect((await live(db)).settlements).toEqual([]);
  });
});
