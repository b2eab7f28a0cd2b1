/** 导入表格 (issue 16.3): customer lists from Excel, WPS and CSV files into the archive, and their undo. */
export { SpreadsheetImportPage } from './SpreadsheetImportPage';
export { ImportSheetButton } from './ImportSheetButton';
