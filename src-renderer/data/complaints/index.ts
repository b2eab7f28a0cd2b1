/**
 * Complaint storage (schema v4, issue 5): intake, the workflow's steps, quality zeroing, deadlines
 * and the reads of the list, 我的投诉, the customer page and the dashboard. The rules are in
 * core/complaints; every write validates, then goes through data/records.ts in one transaction.
 * Contract: docs/complaints.md (storage section).
 */
export * from './types';
export { complaintSettings, complaintSettingsHistory, saveComplaintSettings, type SettingsChange } from './settings';
export { deadlineRules, type DeadlineRules } from './derive';
export { deleteComplaint, registerComplaint, restoreComplaint, updateComplaintIntake } from './intake';
export { actOnComplaint, ComplaintRefusedError, confirmComplaintZeroingItem, type ActionInput } from './workflow';
export {
  complaintListRows,
  complaintsOfCustomer,
  customerNamesOf,
  firstComplaints,
  getComplaint,
  listRowOf,
  officeToday,
  OPEN_COMPLAINT_STATUSES,
  openComplaintsOfHandler,
  overdueComplaints,
  mostOverdueComplaints,
  overdueCount,
} from './reads';
