/** The spreadsheet import's data layer (issue 16.3): preview against the archive, one atomic import, undo. */
export * from './types';
export { analyseCustomerSheet } from './analyse';
export { commitCustomerImport, ImportCancelledError, type CommitInput, type CommitOptions, type CommitResult } from './commit';
export { undoSheetImport, UndoRefusedError, type UndoRefusal } from './undo';
export { actionOf, leftOutRows } from './left-out';
export { getImportRecord, listImportRecords } from './records';
export { rememberedMapping, rememberMapping, type RememberedMapping } from './mapping-memory';
export {
  analyseBusinessSheet,
  businessActionOf,
  businessLeftOut,
  commitBusinessImport,
  type BusinessAnalysis,
  type BusinessDecisions,
  type BusinessKind,
  type BusinessRow,
  type BusinessSheetRow,
} from './business';
