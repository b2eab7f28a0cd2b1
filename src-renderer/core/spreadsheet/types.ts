import type { CustomerType } from '../customers/enums';
import type { IsoDate } from '../iso-dates';

/**
 * The contract of the spreadsheet import (issue 16.1): what a sheet holds once read, which archive
 * field each column feeds, and each row's values as the archive stores them, with the reasons a row
 * cannot be imported (`errors`) or only deserves a look (`warnings`). Messages are i18n keys.
 */

/** The fields a customer sheet can feed: a customer unit and, on the same row, one of its contacts. */
export const SHEET_FIELDS = [
  'customer.name',
  'customer.shortName',
  'customer.type',
  'customer.region',
  'customer.address',
  'customer.cooperationStart',
  'customer.managerName',
  'customer.tags',
  'customer.notes',
  'contact.name',
  'contact.title',
  'contact.department',
  'contact.phones',
  'contact.notes',
] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];

/** The yearly business figures sheet: one row per customer and year. Money in 万元. */
export const FIGURES_FIELDS = ['figures.customerName', 'figures.year', 'figures.contractWan', 'figures.benefitWan'] as const;
export type FiguresField = (typeof FIGURES_FIELDS)[number];

/** The settlements sheet: one receivable per row. Money in 万元. */
export const SETTLEMENT_FIELDS = [
  'settlement.customerName',
  'settlement.receivableWan',
  'settlement.dueDate',
  'settlement.paidDate',
  'settlement.amountPaidWan',
] as const;
export type SettlementField = (typeof SETTLEMENT_FIELDS)[number];

/** One message about a cell (field set) or the whole row (field null); `params` fill the message's {placeholders}. */
export interface SheetIssue<F extends string = SheetField> {
  readonly field: F | null;
  /** An i18n key: `validation.*` (the archive's own rules) or `spreadsheet.*`. */
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface SheetColumn<F extends string = SheetField> {
  /** The header as written (trimmed); '' for a column without one. */
  readonly header: string;
  /** The field it feeds, or null (ignored). */
  readonly field: F | null;
  /** 0-based column index in the sheet (A = 0). */
  readonly index: number;
}

/** A customer row's values, keyed by field; a field whose cells are all blank is absent. */
export interface CustomerSheetValues {
  readonly 'customer.name'?: string;
  readonly 'customer.shortName'?: string;
  /** One of CUSTOMER_TYPES (core/customers/enums.ts), from its Chinese label or its code. */
  readonly 'customer.type'?: CustomerType;
  readonly 'customer.region'?: string;
  readonly 'customer.address'?: string;
  readonly 'customer.cooperationStart'?: IsoDate;
  readonly 'customer.managerName'?: string;
  readonly 'customer.tags'?: readonly string[];
  readonly 'customer.notes'?: string;
  readonly 'contact.name'?: string;
  readonly 'contact.title'?: string;
  readonly 'contact.department'?: string;
  /** Normalised numbers (core/customers/phone.ts) from every phone column, de-duplicated. */
  readonly 'contact.phones'?: readonly string[];
  readonly 'contact.notes'?: string;
}

export interface FiguresSheetValues {
  readonly 'figures.customerName'?: string;
  readonly 'figures.year'?: number;
  readonly 'figures.contractWan'?: number;
  readonly 'figures.benefitWan'?: number;
}

export interface SettlementSheetValues {
  readonly 'settlement.customerName'?: string;
  readonly 'settlement.receivableWan'?: number;
  readonly 'settlement.dueDate'?: IsoDate;
  readonly 'settlement.paidDate'?: IsoDate;
  readonly 'settlement.amountPaidWan'?: number;
}

export interface SheetRow<F extends string = SheetField, V = CustomerSheetValues> {
  /** 1-based sheet row number (as Excel shows it). */
  readonly row: number;
  readonly values: V;
  /** Empty when the row can be imported. */
  readonly errors: readonly SheetIssue<F>[];
  /** What only deserves a look; never blocks the row. */
  readonly warnings: readonly SheetIssue<F>[];
  /** The row's cells as read (index = column), for the report of the rows left out. */
  readonly source: readonly (string | number | boolean | null)[];
  /**
   * Local landlines written without their area code (63913136) and no area code chosen: kept as written,
   * never in `contact.phones` (the archive's phone rule needs the area code). The import keeps them with the
   * contact (its notes) and each one also has a `spreadsheet.warning.localPhone` warning.
   */
  readonly localPhones?: readonly string[];
}

export interface SheetPreview<F extends string, V> {
  readonly sheetName: string;
  /** Every sheet of the file, in order (the screen lets the user choose another). */
  readonly sheetNames: readonly string[];
  /** 1-based row number of the header row. */
  readonly headerRow: number;
  readonly columns: readonly SheetColumn<F>[];
  /** Data rows below the header; blank rows and hint rows (必填/选填) are left out. */
  readonly rows: readonly SheetRow<F, V>[];
  /** Rows left out because they were blank or hint rows (their numbers), so the screen can say so. */
  readonly skippedRows: readonly number[];
  readonly format: SpreadsheetFormat;
  /** How a CSV file's text was decoded; null for a workbook. */
  readonly encoding: TextEncodingName | null;
}

export type CustomerSheetPreview = SheetPreview<SheetField, CustomerSheetValues>;
export type FiguresSheetPreview = SheetPreview<FiguresField, FiguresSheetValues>;
export type SettlementSheetPreview = SheetPreview<SettlementField, SettlementSheetValues>;

export type SpreadsheetFormat = 'xlsx' | 'xls' | 'csv';
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'gb18030';

/** The limits that keep memory bounded whatever the file claims (see DEFAULT_CAPS). */
export interface SpreadsheetCaps {
  /** File size in bytes; larger files are refused before anything is read. */
  readonly maxFileBytes: number;
  /** Entries in an .xlsx (zip) archive. */
  readonly maxZipEntries: number;
  /** Sum of the declared uncompressed sizes of the entries read. */
  readonly maxUncompressedBytes: number;
  /** Uncompressed size of any one entry (the sheet XML, the shared strings). */
  readonly maxEntryBytes: number;
  /** Rows of one sheet (data and blank alike, up to the last one used). */
  readonly maxRows: number;
  /** Non-empty cells of one sheet. */
  readonly maxCells: number;
}

export interface PreviewOptions<F extends string = SheetField> {
  /** The sheet to read; default the first one with a recognisable header row. */
  readonly sheetName?: string;
  /** 1-based header row; default the one found. */
  readonly headerRow?: number;
  /** A field (or null) per 0-based column index, replacing the proposed mapping. */
  readonly mapping?: readonly (F | null)[];
  /** Completes local landlines written without an area code (e.g. '010' or '0755'). */
  readonly areaCode?: string;
  /** The day the import happens (a cooperation start after it is refused); default today on this machine. */
  readonly today?: IsoDate;
  /** Lower caps (tests) or different ones; default DEFAULT_CAPS. */
  readonly caps?: Partial<SpreadsheetCaps>;
}

/**
 * Why a file is not read at all. Each code has its message `spreadsheet.error.<code>`; nothing is written.
 */
export const SPREADSHEET_ERROR_CODES = [
  /** Over maxFileBytes. */
  'tooLarge',
  /** Zero bytes. */
  'empty',
  /** Not a spreadsheet at all: a text or other file named .xlsx/.xls, a zip without a workbook, an unknown extension. */
  'notSpreadsheet',
  /** Password-protected (an encrypted OOXML package in an OLE container, or an .xls with a password). */
  'encrypted',
  /** A spreadsheet that cannot be read: a damaged zip, a cut-off file, malformed XML or records. */
  'corrupt',
  /** A zip whose entries are too many or too large once uncompressed (a zip bomb, or simply too big). */
  'tooBig',
  /** A sheet with more than maxRows rows (1,048,576 rows is the Excel maximum). */
  'tooManyRows',
  /** A sheet with more than maxCells cells. */
  'tooManyCells',
  /** No sheet has a header row the importer recognises. */
  'noHeader',
  /** The sheet asked for does not exist. */
  'noSheet',
] as const;
export type SpreadsheetErrorCode = (typeof SPREADSHEET_ERROR_CODES)[number];

export class SpreadsheetError extends Error {
  constructor(
    readonly code: SpreadsheetErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`spreadsheet: ${code}`);
    this.name = 'SpreadsheetError';
  }
  /** The i18n key of the message the user sees. */
  get messageKey(): string {
    return `spreadsheet.error.${this.code}`;
  }
}
