/**
 * The public contract of printed reports (PRODUCT.md §5, issue 6; docs/reports.md): the mark rule,
 * the roster's grouping, the PDF page count and the print-log record. Pure: no storage, no DOM.
 */
export { checkReportMark, initialReportMark, isBelowMark, MarkTooLowError, recordsMark, type MarkCheck } from './reports/marks';
export { countPdfPages } from './reports/pdf-pages';
export { printLogEntrySchema, REPORT_KINDS, type PrintLogEntry, type ReportKind, type ReportParams } from './reports/print-log';
export { ReportRefusedError, type ReportRefusalCode } from './reports/refusals';
export { groupRoster, matchesRosterFilter, type Roster, type RosterFilter, type RosterGroup, type RosterRow } from './reports/roster';
