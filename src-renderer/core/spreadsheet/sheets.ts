import type { SpreadsheetBook } from './book';
import type { CustomerSheetPreview, FiguresField, FiguresSheetPreview, PreviewOptions, SettlementField, SettlementSheetPreview, SheetField } from './types';
import { SpreadsheetError } from './types';

export function previewCustomerBook(book: SpreadsheetBook, options: PreviewOptions<SheetField> = {}): CustomerSheetPreview {
  void book;
  void options;
  throw new SpreadsheetError('noHeader');
}

export function previewFiguresBook(book: SpreadsheetBook, options: PreviewOptions<FiguresField> = {}): FiguresSheetPreview {
  void book;
  void options;
  throw new SpreadsheetError('noHeader');
}

export function previewSettlementBook(book: SpreadsheetBook, options: PreviewOptions<SettlementField> = {}): SettlementSheetPreview {
  void book;
  void options;
  throw new SpreadsheetError('noHeader');
}
