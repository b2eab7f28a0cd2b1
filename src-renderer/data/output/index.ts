export {
  cancelOutput,
  checkPurpose,
  completeOutput,
  OUTPUT_PERMISSIONS,
  OUTPUT_SEQUENCE_KEY,
  reserveOutput,
  settleOutput,
  type OutputContext,
  type OutputRequest,
  type OutputResult,
} from './register';
export { getOutputPolicy, OUTPUT_POLICY_KEY, saveOutputPolicy } from './policy';
export { registerPage, type RegisterPage } from './page';
export {
  customersHighestClassification,
  exportTable,
  TABLE_FILE_FILTERS,
  TABLE_FILE_FORMATS,
  tableExportMark,
  tableFileName,
  tableMarkLine,
  type SaveOutcome,
  type TableExportOutcome,
  type TableExportRequest,
  type TableFileFormat,
} from './table-export';
