/**
 * The audit log's action names of controlled output (issue 15.6), written with the register line
 * in one transaction. Prints keep the names they had before (core/audit/archive-actions.ts
 * `report.print` / `report.pdf`) so the auditor's filter finds old and new prints alike.
 */
export const OUTPUT_AUDIT_ACTIONS = {
  print: 'report.print',
  pdf: 'report.pdf',
  exchange: 'exchange.export',
  backup: 'backup.create',
  'audit-export': 'audit.export',
  /** A list or report table exported as .xlsx or .csv (issue 16.4). */
  'table-export': 'table.export',
  /** An attachment's file saved out of the app (issue 18): 下载 is an export like any other. */
  attachment: 'attachment.export',
  /** A number taken and then voided (作废): the print dialog closed, the save refused. */
  cancelled: 'output.cancel',
  /** The security administrator changed the output policy. */
  policyChange: 'policy.output',
} as const;
