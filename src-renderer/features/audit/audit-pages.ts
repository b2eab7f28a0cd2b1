import type { AirgapDb } from '../../data/db';
import { auditPage, type AuditPage } from '../../data/audit/viewer';
import type { AuditQuery } from './audit-filter';

/** Rows per 加载更多: a screenful or two, so a page never costs more than a glance. */
export const ROWS_PER_PAGE = 50;
/** Entries read per step while looking for 未登录 ones (they are few: failed sign-ins of unknown names, setup, the system's). */
const SIGNED_OUT_STEP = 2_000;

/**
 * One page of the screen, newest first, from `before` down. The viewer walks one index a page
 * (data/audit/viewer.ts). Entries without a user are in no index (IndexedDB leaves null keys out), so
 * for 未登录 the rest of the filter is read in steps and only those entries kept, until the page is full.
 */
export async function loadAuditPage(
  db: AirgapDb,
  query: AuditQuery,
  before: number | undefined,
  limit = ROWS_PER_PAGE,
  step = SIGNED_OUT_STEP,
): Promise<AuditPage> {
  if (!query.signedOutOnly) return auditPage(db, query.filter, { before, limit });
  const kept: AuditPage['entries'] = [];
  let from = before;
  for (;;) {
    const read = await auditPage(db, query.filter, { before: from, limit: step });
    for (const entry of read.entries) {
      if (entry.userId !== null) continue;
      kept.push(entry);
      // Full: the next page starts below this entry (`before` is exclusive).
      if (kept.length === limit) return { entries: kept, nextBefore: entry.seq };
    }
    if (read.nextBefore === null) return { entries: kept, nextBefore: null };
    from = read.nextBefore;
  }
}
