import type * as XLSX from '@e965/xlsx';
import { dayOf } from '../days';
import { CUSTOMER_HEADERS, FIGURES_HEADERS, SETTLEMENT_HEADERS } from './headers';
import { loadSheetJs, type SheetJs } from './sheetjs';
import type { FiguresField, SettlementField, SheetField } from './types';

export const TEMPLATE_FILE_NAME = '客户导入模板.xlsx';

/** Excel's serial of a day (1900 system): what a date cell holds. */
const serialOf = (iso: string) => dayOf(iso) + 25_569;
const dateCell = (iso: string): XLSX.CellObject => ({ t: 'n', v: serialOf(iso), z: 'yyyy-mm-dd' });

interface TemplateColumn {
  readonly header: string;
  readonly hint: '必填' | '选填';
  readonly example: string | number | XLSX.CellObject;
}

const first = <F extends string>(headers: Readonly<Record<F, readonly string[]>>, field: F) => headers[field][0]!;
const customerColumn = (field: SheetField, hint: TemplateColumn['hint'], example: TemplateColumn['example']): TemplateColumn => ({
  header: first(CUSTOMER_HEADERS, field),
  hint,
  example,
});

/** One column per field, headed with the word the importer knows first; a second phone column shows that both are read. */
const CUSTOMER_COLUMNS: readonly TemplateColumn[] = [
  customerColumn('customer.name', '必填', '北京航天示例研究所'),
  customerColumn('customer.shortName', '选填', '示例所'),
  customerColumn('customer.type', '选填', '科研院所'),
  customerColumn('customer.region', '选填', '北京'),
  customerColumn('customer.address', '选填', '北京市海淀区示例路 1 号'),
  customerColumn('customer.cooperationStart', '选填', dateCell('2019-03-01')),
  customerColumn('customer.managerName', '选填', '张伟'),
  customerColumn('customer.tags', '选填', '重点、航天'),
  customerColumn('customer.notes', '选填', '每年第一季度集中采购'),
  customerColumn('contact.name', '选填', '王明'),
  customerColumn('contact.title', '选填', '主任'),
  customerColumn('contact.department', '选填', '科研处'),
  customerColumn('contact.phones', '选填', '13812345678'),
  { header: '固定电话', hint: '选填', example: '010-88886666' },
  customerColumn('contact.notes', '选填', '周一至周五上午方便联系'),
];

const FIGURES_COLUMNS: readonly TemplateColumn[] = (
  [
    ['figures.customerName', '北京航天示例研究所'],
    ['figures.year', 2025],
    ['figures.contractWan', 200],
    ['figures.benefitWan', 35.5],
  ] as const
).map(([field, example]) => ({ header: templateHeader(FIGURES_HEADERS, field), hint: '必填', example }));

const SETTLEMENT_COLUMNS: readonly TemplateColumn[] = (
  [
    ['settlement.customerName', '必填', '北京航天示例研究所'],
    ['settlement.receivableWan', '必填', 120],
    ['settlement.dueDate', '必填', dateCell('2025-06-30')],
    ['settlement.paidDate', '选填', dateCell('2025-07-15')],
    ['settlement.amountPaidWan', '选填', 120],
  ] as const
).map(([field, hint, example]) => ({ header: templateHeader(SETTLEMENT_HEADERS, field), hint, example }));

/** Money headers say their unit, as offices' own sheets do: 合同额（万元）. */
function templateHeader<F extends FiguresField | SettlementField>(headers: Readonly<Record<F, readonly string[]>>, field: F): string {
  const header = first(headers, field);
  return field.endsWith('Wan') ? `${header}（万元）` : header;
}

function sheetOf(lib: SheetJs, columns: readonly TemplateColumn[]): XLSX.WorkSheet {
  const sheet = lib.utils.aoa_to_sheet([columns.map((c) => c.header), columns.map((c) => c.hint)]);
  columns.forEach((column, c) => {
    const example = column.example;
    sheet[lib.utils.encode_cell({ r: 2, c })] = typeof example === 'object' ? example : { t: typeof example === 'number' ? 'n' : 's', v: example };
  });
  sheet['!ref'] = lib.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: 2, c: columns.length - 1 } });
  sheet['!cols'] = columns.map((c) => ({ wch: Math.max(12, c.header.length * 2 + 4) }));
  return sheet;
}

/**
 * The import template (issue 16.5): three sheets — customers with a contact per row, yearly figures,
 * settlements — each with the headers the importer recognises, a 必填/选填 hint row (skipped on import)
 * and one example row that imports without an error.
 */
export async function buildImportTemplate(): Promise<Uint8Array> {
  const lib = await loadSheetJs();
  const book = lib.utils.book_new();
  lib.utils.book_append_sheet(book, sheetOf(lib, CUSTOMER_COLUMNS), '客户及联系人');
  lib.utils.book_append_sheet(book, sheetOf(lib, FIGURES_COLUMNS), '年度业务数据');
  lib.utils.book_append_sheet(book, sheetOf(lib, SETTLEMENT_COLUMNS), '回款记录');
  const written: unknown = lib.write(book, { type: 'array', bookType: 'xlsx', compression: true });
  if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS did not return the workbook bytes');
  return new Uint8Array(written);
}
