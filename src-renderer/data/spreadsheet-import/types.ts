/**
 * The spreadsheet import's data layer (issue 16.3): what it takes from the sheet preview
 * (core/spreadsheet.ts, `previewCustomerSheet` — its rows as issue 16.1 specifies them), what it
 * decides per customer, and the import record that names an import in history so it can be undone.
 */

import type { SheetField, SheetRow as CustomerSheetRow } from '../../core/spreadsheet';

export type { SheetField };

/** The customer columns and the contact columns of a sheet row (core/spreadsheet SHEET_FIELDS). */
export const SHEET_CUSTOMER_FIELDS = [
  'customer.name',
  'customer.shortName',
  'customer.type',
  'customer.region',
  'customer.address',
  'customer.cooperationStart',
  'customer.managerName',
  'customer.tags',
  'customer.notes',
] as const satisfies readonly SheetField[];
export const SHEET_CONTACT_FIELDS = [
  'contact.name',
  'contact.title',
  'contact.department',
  'contact.phones',
  'contact.notes',
] as const satisfies readonly SheetField[];

/** One message about one cell (field) or the whole row (null): an i18n key and its values. */
export interface RowProblem {
  readonly field: string | null;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * One data row of the sheet as the preview gives it (core/spreadsheet `previewCustomerSheet`):
 * 1-based sheet row, values as the archive stores them, its problems, and the local landlines
 * written without an area code (kept in the contact's notes).
 */
export type SheetRow = Pick<CustomerSheetRow, 'row' | 'values' | 'localPhones'> & {
  readonly errors: readonly RowProblem[];
  readonly warnings?: readonly RowProblem[];
};

/** What a sheet holds: customers with contacts, yearly business figures (年度经营数据), or receivables (回款记录). */
export type ImportKind = 'customers' | 'figures' | 'settlements';

/** What happens to a customer of the file: left out, written over the archive's duplicate, or added. */
export type ImportAction = 'skip' | 'update' | 'create';

/** An existing live customer a row may be (same normalised name or same pinyin). */
export interface ArchiveMatch {
  id: string;
  name: string;
  reason: 'same_name' | 'same_pinyin';
}

/**
 * One customer of the file: the rows that name it (same normalised name: one row per contact is how
 * offices keep these lists), the first of which carries its fields.
 */
export interface ImportGroup {
  key: string;
  name: string;
  /** The sheet rows of this customer, the lead row first. */
  rows: number[];
  /** Live customers of the archive that may be this one: `update` writes over the first. */
  archiveMatches: ArchiveMatch[];
  /** An earlier customer of the same file that sounds the same (another normalised name). */
  fileMatch: { row: number; name: string } | null;
  /** What happens when the user decides nothing: a possible duplicate is left out, a new one added. */
  proposed: ImportAction;
}

/** A row as the preview shows it: the sheet's problems plus the archive's (manager, schema rules). */
export interface AnalysedRow extends SheetRow {
  /** The key of its group; null when the row has errors (left out, never written). */
  group: string | null;
}

export interface ImportAnalysis {
  rows: AnalysedRow[];
  groups: ImportGroup[];
}

/** The user's decisions, by group key; a group without one takes its `proposed` action. */
export type ImportDecisions = ReadonlyMap<string, ImportAction>;

/** A row the import did not write, and why (the file of rows left out lists them). */
export interface LeftOutRow {
  row: number;
  /** The row's values by field key (a customer row's, or a figures / settlements row's). */
  values: object;
  reasons: RowProblem[];
}

/** A record an import updated: its version before (restored by undo) and the rev the import gave it. */
export interface UpdatedRecord {
  table: 'customers' | 'contacts' | 'benefits';
  id: string;
  before: Record<string, unknown>;
  rev: string;
}

/**
 * An import as history names it: who, when, which file, what it created and updated, so it can be
 * found and undone as a whole. Kept in `meta` as a head (ImportHead, key IMPORT_RECORD_PREFIX + id)
 * and bounded parts holding its lists (records.ts; core/spreadsheet/import-storage.ts).
 */
export interface ImportRecord {
  id: string;
  kind: ImportKind;
  fileName: string;
  at: string;
  by: string;
  byId: string;
  /** Ids per table; yearly figures and settlements imports fill `benefits` / `settlements` (absent in customer imports). */
  created: { customers: string[]; contacts: string[]; benefits?: string[]; settlements?: string[] };
  updated: UpdatedRecord[];
  counts: { created: number; updated: number; contacts: number; skipped: number; leftOut: number };
  /** Set when the import was undone: by whom and when. */
  undone: { at: string; by: string; byId: string } | null;
}

/** An import without its lists: what the register of past imports shows. */
export type ImportSummary = Omit<ImportRecord, 'created' | 'updated'>;

/** The head row of an import in `meta`: its summary and how many part rows hold its lists. */
export interface ImportHead extends ImportSummary {
  parts: number;
}

export interface ImportProgress {
  done: number;
  total: number;
}
