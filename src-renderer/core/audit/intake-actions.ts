/**
 * The audit log's action names for what comes IN to the archive or is DECIDED in it (issue 15.5):
 * imports, conflict resolutions, restores from backup, grade-run approvals and rule versions. Each
 * is written by the data layer inside the action's own transaction (a restore: inside the restored
 * database, data/backup-restore-audit.ts). Their own file, beside archive-actions.ts, so the
 * helpers adding the outputs' actions (exports, backups, prints) do not edit the same list.
 *
 * Details are flat and readable by the auditor's viewer as they are: numbers, booleans
 * (是/否), names, ISO instants; a coded value only where the viewer already reads it in
 * words (`kind`: a record kind, `mark`: a classification level).
 */
export const INTAKE_AUDIT_ACTIONS = {
  /** An exchange file applied: the sender (directory name, fingerprint), the file's number, the counts. */
  importFile: 'exchange.import',
  /** One conflict decided: which record, whether this department's version was kept. */
  conflictResolve: 'exchange.conflict-resolve',
  /** A backup made the archive: its origin, time and counts; written into the restored log. */
  restore: 'backup.restore',
  /** A grade run approved by a department head: the run's day, customers and grade changes. */
  gradeApprove: 'grading.approve',
  /** A new version of the grading rules, one action per kind (the viewer labels each in words). */
  templateVersion: 'rules.template',
  criteriaVersion: 'rules.criteria',
  policyVersion: 'rules.policy',
  /** A spreadsheet of customers imported (issue 16.3): the file's name and the counts. */
  spreadsheetImport: 'spreadsheet.import',
  /** That import undone as a whole: the file, when it was imported, what was removed and restored. */
  spreadsheetImportUndo: 'spreadsheet.import-undo',
} as const;

export type IntakeAuditAction = (typeof INTAKE_AUDIT_ACTIONS)[keyof typeof INTAKE_AUDIT_ACTIONS];

/** The rule-version action of a grading configuration kind. */
export const RULE_VERSION_ACTIONS = {
  template: INTAKE_AUDIT_ACTIONS.templateVersion,
  criteria: INTAKE_AUDIT_ACTIONS.criteriaVersion,
  policy: INTAKE_AUDIT_ACTIONS.policyVersion,
} as const;
