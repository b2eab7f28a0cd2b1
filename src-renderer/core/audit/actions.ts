/**
 * Actions the audit log itself writes (the accounts' and the archive's actions are named by their
 * callers). Dotted names, as every action: the viewer's filter lists them.
 */
/** The next checkpoint found entries missing or changed below the last signed one (data/audit/checkpoint.ts). */
export const AUDIT_TAMPER_DETECTED = 'audit.tamper-detected';
/** The auditor acknowledged a broken chain and re-anchored it (data/audit/re-anchor.ts, core/audit/re-anchor.ts). */
export const AUDIT_RE_ANCHORED = 'audit.re-anchored';
/** The auditor exported the log as a signed archive file (data/audit/export.ts). */
export const AUDIT_EXPORTED = 'audit.export';
/** Who writes the log's own entries: no user does. */
export const AUDIT_SYSTEM_USER = '系统';
