import type { z } from 'zod';
import { benefitYearFieldsSchema, positiveWanSchema, wanSchema } from '../customers/business';
import { customerFieldsSchema } from '../customers/customer';
import { aliasMap, FIGURES_HEADERS, moneyUnitOf, SETTLEMENT_HEADERS } from './headers';
import type { FieldCell, RowResult, SheetKind } from './preview';
import type { FiguresField, FiguresSheetValues, SettlementField, SettlementSheetValues, SheetIssue } from './types';
import { cellText, parseDay, parseWan, parseYear, type Parsed } from './values';

const firstMessage = (error: z.ZodError) => error.issues[0]?.message ?? 'validation.invalid_type';

/** Reads a field's first cell with `parse`, checks it with the archive's `schema`; a blank required field is `validation.required`. */
function readField<F extends string, T>(
  field: F,
  cells: ReadonlyMap<F, readonly FieldCell[]>,
  parse: (cell: FieldCell) => Parsed<T>,
  schema: z.ZodType<T, unknown> | null,
  out: { values: Record<string, unknown>; errors: SheetIssue<F>[]; warnings: SheetIssue<F>[] },
  required: boolean,
): T | undefined {
  const cell = cells.get(field)?.[0];
  if (!cell) {
    if (required) out.errors.push({ field, message: 'validation.required' });
    return undefined;
  }
  const parsed = parse(cell);
  if (!parsed.ok) return void out.errors.push({ field, message: parsed.message });
  const checked = schema ? schema.safeParse(parsed.value) : { success: true as const, data: parsed.value };
  if (!checked.success) return void out.errors.push({ field, message: firstMessage(checked.error) });
  if (parsed.warning) out.warnings.push({ field, message: parsed.warning });
  out.values[field] = checked.data;
  return checked.data;
}

const nameOf = (cell: FieldCell): Parsed<string> => ({ ok: true, value: cellText(cell.cell) });
const money = (cell: FieldCell) => parseWan(cell.cell, moneyUnitOf(cell.header));
const day = (cell: FieldCell) => parseDay(cell.cell);
const year = (cell: FieldCell) => parseYear(cell.cell);

function readFiguresRow(cells: ReadonlyMap<FiguresField, readonly FieldCell[]>): RowResult<FiguresField, FiguresSheetValues> {
  const out = { values: {} as Record<string, unknown>, errors: [] as SheetIssue<FiguresField>[], warnings: [] as SheetIssue<FiguresField>[] };
  readField('figures.customerName', cells, nameOf, customerFieldsSchema.shape.name, out, true);
  readField('figures.year', cells, year, benefitYearFieldsSchema.shape.year, out, true);
  readField('figures.contractWan', cells, money, wanSchema, out, true);
  readField('figures.benefitWan', cells, money, wanSchema, out, true);
  return { values: out.values as FiguresSheetValues, errors: out.errors, warnings: out.warnings };
}

/** As the archive's settlement rule: a payment has both its date and its amount. */
function readSettlementRow(cells: ReadonlyMap<SettlementField, readonly FieldCell[]>): RowResult<SettlementField, SettlementSheetValues> {
  const out = { values: {} as Record<string, unknown>, errors: [] as SheetIssue<SettlementField>[], warnings: [] as SheetIssue<SettlementField>[] };
  readField('settlement.customerName', cells, nameOf, customerFieldsSchema.shape.name, out, true);
  readField('settlement.receivableWan', cells, money, positiveWanSchema, out, true);
  readField('settlement.dueDate', cells, day, null, out, true);
  const paidDate = cells.has('settlement.paidDate');
  const amountPaid = cells.has('settlement.amountPaidWan');
  readField('settlement.paidDate', cells, day, null, out, amountPaid);
  readField('settlement.amountPaidWan', cells, money, wanSchema, out, paidDate);
  return { values: out.values as SettlementSheetValues, errors: out.errors, warnings: out.warnings };
}

export const figuresKind: SheetKind<FiguresField, FiguresSheetValues> = {
  aliases: aliasMap(FIGURES_HEADERS),
  required: ['figures.customerName', 'figures.year'],
  multi: new Set(),
  readRow: readFiguresRow,
};

export const settlementKind: SheetKind<SettlementField, SettlementSheetValues> = {
  aliases: aliasMap(SETTLEMENT_HEADERS),
  required: ['settlement.customerName', 'settlement.receivableWan'],
  multi: new Set(),
  readRow: readSettlementRow,
};
