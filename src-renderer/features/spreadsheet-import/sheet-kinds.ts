import {
  FIGURES_FIELDS,
  previewCustomerBook,
  previewFiguresBook,
  previewSettlementBook,
  SETTLEMENT_FIELDS,
  SHEET_FIELDS,
  type CustomerSheetPreview,
  type FiguresSheetPreview,
  type PreviewOptions,
  type SettlementSheetPreview,
  type SpreadsheetBook,
} from '../../core/spreadsheet';
import type { ImportKind } from '../../data/spreadsheet-import';

/** Every field a column of some kind of sheet may feed. */
export type AnyField = (typeof SHEET_FIELDS)[number] | (typeof FIGURES_FIELDS)[number] | (typeof SETTLEMENT_FIELDS)[number];

export type KindPreview =
  | { kind: 'customers'; preview: CustomerSheetPreview }
  | { kind: 'figures'; preview: FiguresSheetPreview }
  | { kind: 'settlements'; preview: SettlementSheetPreview };

export const KINDS: readonly ImportKind[] = ['customers', 'figures', 'settlements'];

export const FIELDS_OF: Record<ImportKind, readonly AnyField[]> = { customers: SHEET_FIELDS, figures: FIGURES_FIELDS, settlements: SETTLEMENT_FIELDS };

/** The field that names the customer: a sheet needs a column mapped to it. */
export const NAME_FIELD_OF: Record<ImportKind, AnyField> = {
  customers: 'customer.name',
  figures: 'figures.customerName',
  settlements: 'settlement.customerName',
};

function only<F extends AnyField>(allowed: readonly F[], mapping: readonly (AnyField | null)[] | undefined): (F | null)[] | undefined {
  return mapping?.map((f) => (f !== null && (allowed as readonly AnyField[]).includes(f) ? allowed.find((a) => a === f)! : null));
}

/** The sheet previewed as the kind reads it (core/spreadsheet), with the screen's choices. */
export function previewOf(kind: ImportKind, book: SpreadsheetBook, options: PreviewOptions<AnyField>): KindPreview {
  const { mapping, ...rest } = options;
  if (kind === 'figures') return { kind, preview: previewFiguresBook(book, { ...rest, mapping: only(FIGURES_FIELDS, mapping) }) };
  if (kind === 'settlements') return { kind, preview: previewSettlementBook(book, { ...rest, mapping: only(SETTLEMENT_FIELDS, mapping) }) };
  return { kind, preview: previewCustomerBook(book, { ...rest, mapping: only(SHEET_FIELDS, mapping) }) };
}

/** A row value by its field key, for code written once for every kind. */
export function valueOf(values: object, key: string): unknown {
  return Object.hasOwn(values, key) ? (Reflect.get(values, key) as unknown) : undefined;
}
