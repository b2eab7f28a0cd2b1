import { requirePermission } from '../core/accounts';
import type { Actor } from '../core/accounts/types';
import { AUDIT_SYSTEM_USER } from '../core/audit/actions';
import { INTAKE_AUDIT_ACTIONS } from '../core/audit/intake-actions';
import type { AuditDetails, AuditEntry } from '../core/audit/types';
import { activateRestoredDatabase } from './active-database';
import { appendAudit } from './audit/append';
import type { RestoredBackup } from './backup-file';
import { openDatabase, type AirgapDb } from './db';

/**
 * Who restores a backup (issue 15.3): the signed-in system administrator ('backup.restore'), or
 * nobody when the archive cannot be opened at all (the error screen, app/App.tsx): then nobody can
 * sign in — the accounts live in that archive — and a backup is the only way back. That restore is
 * audited as done by 系统 with `unreadableDatabase`.
 */
export const UNREADABLE_DATABASE = 'unreadable-database';
export type Restorer = Actor | typeof UNREADABLE_DATABASE;

/** Refuses a restore by anyone but a system administrator (ForbiddenError), before anything is read or written. */
export function requireRestorer(by: Restorer): void {
  if (by !== UNREADABLE_DATABASE) requirePermission(by, 'backup.restore');
}

/** The newest entry of a log: what a restore replaces is named by it in the restore's entry. */
export interface AuditHead {
  seq: number;
  hash: string;
}

export async function auditHeadOf(db: AirgapDb): Promise<AuditHead | null> {
  const last = await db.audit.orderBy('seq').last();
  return last ? { seq: last.seq, hash: last.hash } : null;
}

/**
 * The restore's audit entry (issue 15.5). A restore replaces the whole database, the audit log
 * included, by the backup's: an entry written to the database being replaced would vanish with it.
 * So it is chained onto the RESTORED log, right after the backup's last entry, in the staged
 * database before it becomes the archive (`activateRestore`): the chain stays whole and verifies,
 * and the entry exists exactly when the restored database does. The log being replaced is named by
 * its newest entry (`replacedSeq`, `replacedHash`): entries written after the backup was made are
 * not carried over, and the auditor sees how far the replaced log went (an exported log keeps them).
 */
export async function recordRestore(restored: RestoredBackup, by: Restorer, replaced: AuditHead | null, now: Date = new Date()): Promise<AuditEntry> {
  requireRestorer(by);
  const db = await openDatabase(restored.databaseName);
  try {
    return await db.transaction('rw', db.audit, () =>
      appendAudit(db, {
        at: now.toISOString(),
        userId: by === UNREADABLE_DATABASE ? null : by.userId,
        userName: by === UNREADABLE_DATABASE ? AUDIT_SYSTEM_USER : by.name,
        action: INTAKE_AUDIT_ACTIONS.restore,
        outcome: 'success',
        object: { kind: 'backup', id: restored.databaseName, label: `${restored.manifest.source.organisation} · ${restored.manifest.source.department}` },
        details: restoreDetails(restored, by, replaced),
      }),
    );
  } finally {
    db.close();
  }
}

function restoreDetails(restored: RestoredBackup, by: Restorer, replaced: AuditHead | null): AuditDetails {
  const { manifest, counts } = restored;
  const records = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return {
    organisation: manifest.source.organisation,
    department: manifest.source.department,
    fingerprint: restored.signerFingerprint,
    exporter: manifest.exporter,
    backupCreatedAt: manifest.createdAt,
    mark: manifest.highestClassification,
    records,
    customers: counts.customers ?? 0,
    entries: counts.audit ?? 0,
    replacedSeq: replaced?.seq ?? null,
    replacedHash: replaced?.hash ?? null,
    unreadableDatabase: by === UNREADABLE_DATABASE,
  };
}

/**
 * 确认恢复: the entry into the restored log, then the database made the archive (the pointer moves,
 * data/active-database.ts). A crash between the two leaves the old archive in use and the staged
 * database (with its entry) an orphan that the next start deletes: no restore, no entry.
 */
export async function activateRestore(
  restored: RestoredBackup,
  by: Restorer,
  previous: { db?: AirgapDb; close?: () => void; deleteIt: boolean },
  now: Date = new Date(),
): Promise<AuditEntry> {
  requireRestorer(by);
  const replaced = previous.db ? await auditHeadOf(previous.db) : null;
  const entry = await recordRestore(restored, by, replaced, now);
  await activateRestoredDatabase(restored.databaseName, previous);
  return entry;
}
