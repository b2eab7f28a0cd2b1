import Dexie from 'dexie';
import { chainAuditEntry, type AuditEvent } from '../../core/audit/chain';
import type { AuditEntry } from '../../core/audit/types';
import type { AirgapDb } from '../db';

/**
 * Append one entry to the audit log, chained to the newest. Call it INSIDE the transaction of the
 * audited action (its scope must include `db.audit`): the entry is written with the action or not at
 * all, and IndexedDB runs read-write transactions on the same table one after another, so two
 * actions never chain to the same predecessor.
 */
export async function appendAudit(db: AirgapDb, event: AuditEvent): Promise<AuditEntry> {
  if (!Dexie.currentTransaction) throw new Error('appendAudit outside a transaction');
  const previous = (await db.audit.orderBy('seq').last()) ?? null;
  const entry = chainAuditEntry(event, previous);
  await db.audit.add(entry);
  return entry;
}

/** Append one entry in a transaction of its own (a failed sign-in, which changes nothing else but the counter). */
export async function appendAuditAlone(db: AirgapDb, event: AuditEvent): Promise<AuditEntry> {
  return db.transaction('rw', db.audit, () => appendAudit(db, event));
}
