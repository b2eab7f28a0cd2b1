import { todayIso } from '../format';
import type { SpreadsheetBook } from './book';
import { figuresKind, settlementKind } from './business-sheets';
import { customerKind } from './customer-sheet';
import { previewBook } from './preview';
import type { CustomerSheetPreview, FiguresField, FiguresSheetPreview, PreviewOptions, SettlementField, SettlementSheetPreview, SheetField } from './types';

/**
 * The three sheet kinds of an office's workbook. Each one is recognised by its header row, and a sheet is
 * taken for the kind whose headers it names most (see preview.ts `findHeader`).
 */
export function previewCustomerBook(book: SpreadsheetBook, options: PreviewOptions<SheetField> = {}): CustomerSheetPreview {
  return previewBook(book, customerKind, [figuresKind.aliases, settlementKind.aliases], options, options.today ?? todayIso());
}

export function previewFiguresBook(book: SpreadsheetBook, options: PreviewOptions<FiguresField> = {}): FiguresSheetPreview {
  return previewBook(book, figuresKind, [customerKind.aliases, settlementKind.aliases], options, options.today ?? todayIso());
}

export function previewSettlementBook(book: SpreadsheetBook, options: PreviewOptions<SettlementField> = {}): SettlementSheetPreview {
  return previewBook(book, settlementKind, [customerKind.aliases, figuresKind.aliases], options, options.today ?? todayIso());
}
