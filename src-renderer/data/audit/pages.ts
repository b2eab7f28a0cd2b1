import type { AuditEntry } from '../../core/audit/types';
import type { AirgapDb } from '../db';

/** Entries per read: large enough that per-request cost vanishes, small enough to hold a few at once. */
export const AUDIT_PAGE_SIZE = 10_000;

/** Up to `size` entries after seq `after`, in seq order, by the primary key (one getAll). */
export function readAuditPage(db: AirgapDb, after: number, size = AUDIT_PAGE_SIZE): Promise<AuditEntry[]> {
  return db.audit.where('seq').above(after).limit(size).toArray();
}

/**
 * The entries after seq `after`, page by page in seq order. The next page is requested before the
 * current one is handed out, so IndexedDB reads it while the caller works on this one.
 */
export async function* auditEntryPages(db: AirgapDb, after = 0, size = AUDIT_PAGE_SIZE): AsyncGenerator<AuditEntry[]> {
  let next = readAuditPage(db, after, size);
  try {
    for (;;) {
      const page = await next;
      if (page.length === 0) return;
      next = readAuditPage(db, page[page.length - 1]!.seq, size);
      yield page;
    }
  } finally {
    // A caller that stopped early leaves one read in flight: its outcome no longer matters.
    next.catch(() => {});
  }
}
