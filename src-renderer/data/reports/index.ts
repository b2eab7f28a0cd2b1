/**
 * The reads of the printed reports (issue 6; docs/reports.md). Reads only: a report never changes the
 * archive; its print is registered by data/output (the output register, issue 15.6).
 */
export { rosterYears, gradedRoster } from './roster';
export { customerDossier, DOSSIER_INTERACTIONS, type Dossier } from './dossier';
export { paretoReport, type ParetoReportCustomer } from './pareto';
export { complaintByNumber, complaintStatsOfPeriod, zeroingReportData, type ComplaintPeriodStats, type ZeroingReportData } from './complaints';
export { complaintAttachments, dossierAttachments, type AttachmentPlace, type ReportAttachment } from './attachments';
