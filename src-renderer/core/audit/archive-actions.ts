/**
 * The audit log's action names for the archive's audited actions (issue 15.5), written by the data
 * layer in the transaction of the action. Listed once so the repositories write and the audit screen
 * labels the same words; the accounts' actions are core/accounts/audit-actions.ts.
 */
export const ARCHIVE_AUDIT_ACTIONS = {
  /** A record moved to the recycle bin, or back (details.kind names the record kind). */
  recordDelete: 'record.delete',
  recordRestore: 'record.restore',
  customerMerge: 'customer.merge',
  handover: 'customer.handover',
  bulkHandover: 'customer.bulk-handover',
  profileChange: 'settings.profile',
  complaintSettings: 'settings.complaints',
  print: 'report.print',
  pdf: 'report.pdf',
  directoryAdd: 'directory.add',
  directoryUpdate: 'directory.update',
  directoryRemove: 'directory.remove',
  directoryRestore: 'directory.restore',
  /** An attachment handed to the system's program (issue 18.3): a copy outside the app's protection. */
  attachmentOpenWithProgram: 'attachment.open-external',
} as const;

export type ArchiveAuditAction = (typeof ARCHIVE_AUDIT_ACTIONS)[keyof typeof ARCHIVE_AUDIT_ACTIONS];
