import { utils, write } from '@e965/xlsx';
import { GRADES, PAYMENT_STABILITIES } from '../../src-renderer/core/grading';
import { groupRoster, type RosterRow } from '../../src-renderer/core/reports';
import { tableToXlsx } from '../../src-renderer/core/spreadsheet-export';
import { loadSheetJs } from '../../src-renderer/core/spreadsheet/sheetjs';
import { generateInstitute, SCALES, type ScaleName, type SyntheticCustomer } from '../../src-renderer/core/synthetic/index';
import { reportFormat } from '../../src-renderer/features/reports/report-format';
import { rosterExportSource } from '../../src-renderer/features/reports/roster/roster-export';
import { createTranslator } from '../../src-renderer/i18n';
import { median } from './page-timing';

/** Every customer of the scale graded (a grade and facts per customer, deterministic), as the roster reads them. */
function rosterRows(customers: SyntheticCustomer[]): RosterRow[] {
  return customers.map((c, i) => ({
    customerId: c.id,
    name: c.name,
    sortKey: c.sortKey,
    type: c.type,
    managerId: c.managerId,
    managerName: c.managerName,
    classification: c.classification,
    grade: GRADES[i % GRADES.length]!,
    benefitWan: i % 7 === 0 ? null : ((i * 7919) % 100_000) / 100,
    benefitYear: 2025,
    cooperationYears: (i % 300) / 10,
    paymentStability: i % 4 === 3 ? null : PAYMENT_STABILITIES[i % PAYMENT_STABILITIES.length]!,
    subjectiveScore: i % 5 === 0 ? null : (i % 100) / 10,
    evaluationDate: '2026-06-30',
  }));
}

/**
 * export.roster-xlsx (issue 16.4): the graded roster of every customer at the scale (10,000 at full) exported to
 * .xlsx as 导出表格 makes it — the rows as the screen writes them (rosterExportSource) and the file with the mark row,
 * neutralised cells and column widths (tableToXlsx) — against a floor of the same run: SheetJS's own aoa_to_sheet
 * and write of the same cells. Median of `runs`.
 */
export async function measureRosterXlsx(
  scale: ScaleName,
  seed: number,
  runs = 3,
): Promise<{ app: number; floor: number; samples: number[]; rows: number; bytes: number }> {
  await loadSheetJs(); // once, before the clock: the app loads it at the first workbook of a session
  const customers: SyntheticCustomer[] = [];
  for (const batch of generateInstitute({ customers: SCALES[scale].customers, contacts: 0, interactions: 0, complaints: 0 }, seed)) {
    if (batch.table === 'customers') customers.push(...batch.records);
  }
  const roster = groupRoster(rosterRows(customers));
  const t = createTranslator('zh-CN');
  const format = reportFormat('zh-CN');
  const samples: number[] = [];
  const floors: number[] = [];
  let bytes = 0;
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    const source = rosterExportSource(roster, t, format);
    const file = await tableToXlsx({ sheetName: '2026 年度客户分级名册', markLine: '机密★20年\u3000份号：FH-KF3-2026-000001', ...source });
    samples.push(performance.now() - started);
    bytes = file.byteLength;
    rows = source.rows.length;

    started = performance.now();
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([['机密★20年'], source.columns.map((c) => c.header), ...source.rows.map((r) => [...r])]), 'roster');
    write(book, { type: 'array', bookType: 'xlsx', compression: true });
    floors.push(performance.now() - started);
  }
  return { app: median(samples), floor: median(floors), samples: samples.map((s) => Math.round(s)), rows, bytes };
}
