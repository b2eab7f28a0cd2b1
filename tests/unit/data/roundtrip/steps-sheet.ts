import {
  analyseCustomerSheet,
  commitCustomerImport,
  listImportRecords,
  rememberMapping,
  undoSheetImport,
  type ImportAction,
  type SheetRow,
} from '../../../../src-renderer/data/spreadsheet-import';
import { live, nth, rowOf, text, type Params } from './pick';
import type { Dept } from './world';

/**
 * The spreadsheet import (issue 16.3): an import of a few rows — new customers, rows naming a live
 * customer of the archive (updated, skipped or added anyway), contacts, a column mapping remembered —
 * and the undo of a past import. Their records and mappings are `meta` rows a backup carries
 * (kind 'sheetImports'), and their change entries name the import (ChangeEntry.source).
 */
const FILE_NAMES = ['名单.xlsx', '客户 名单（2026）.xls', `${'长'.repeat(200)}.csv`];
const NEW_NAMES = ['中国兵器工业集团有限公司', '西安航天动力研究所', '表格导入单位'];
const HEADERS = [
  ['单位名称', '联系人', '手机'],
  ['客户名称', '联系人', '联系电话', '地区'],
];

export const SHEET_STEPS: Record<string, (d: Dept, p: Params) => Promise<unknown>> = {
  async sheetImport(d, [p0, p1, p2, p3]) {
    const existing = await rowOf(d.db, 'customers', p1, live);
    const rows: SheetRow[] = [];
    for (let i = 0; i <= p0 % 3; i++) {
      const name = i === 0 && existing && p2 % 2 === 0 ? String(existing.name) : nth(NEW_NAMES, p0 + i);
      const values: SheetRow['values'] = {
        'customer.name': name,
        'contact.name': nth(['赵敏', '钱七', '孙八'], p1 + i),
        'contact.phones': ['13800000000'],
        ...(p3 % 2 === 1 ? { 'customer.region': text(50, p3 + i) } : {}),
      };
      rows.push({ row: i + 2, values, errors: [] });
    }
    const analysis = await analyseCustomerSheet(d.db, rows, d.ctx, 'internal');
    const decisions = new Map<string, ImportAction>(analysis.groups.map((g, i) => [g.key, nth(['update', 'skip', 'create'] as const, p2 + i)]));
    const headers = nth(HEADERS, p3);
    await rememberMapping(
      d.db,
      'customers',
      headers,
      headers.map((_, i) => nth(['customer.name', 'contact.name', 'contact.phones', null], i)),
    );
    return commitCustomerImport(d.db, { fileName: nth(FILE_NAMES, p3), analysis, decisions, classification: 'internal' }, d.ctx);
  },
  async sheetImportUndo(d, [p0]) {
    const open = (await listImportRecords(d.db)).filter((r) => r.undone === null);
    if (open.length === 0) return undefined;
    return undoSheetImport(d.db, nth(open, p0).id, d.ctx);
  },
};
