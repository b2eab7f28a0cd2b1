/**
 * The reads of the printed reports (issue 6; docs/reports.md) and the print log. Reads only, apart
 * from `logPrint`: a report never changes the archive.
 */
export { rosterYears, gradedRoster } from './roster';
export { customerDossier, DOSSIER_INTERACTIONS, type Dossier } from './dossier';
export { paretoReport, type ParetoReportCustomer } from './pareto';
export { complaintByNumber, complaintStatsOfPeriod, zeroingReportData, type ComplaintPeriodStats, type ZeroingReportData } from './complaints';
export { logPrint, printLogPage, type PrintLogPage } from './print-log';
