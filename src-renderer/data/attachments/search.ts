import { normaliseQuery } from '../../core/search';
import type { AirgapDb } from '../db';
import type { CustomerRecord } from '../rows/archive';
import { isLiveRow, liveOnly } from '../repository/common';
import { customerIdsInScope, isWholeArchive, type ReadScope } from '../scope';
import { attachmentTables, type AttachmentRecord } from './tables';

export interface AttachmentHit {
  attachment: AttachmentRecord;
  customer: CustomerRecord;
}

/** Index entries read past the limit, so a few deleted files do not shorten the answer. */
const MARGIN = 20;

/**
 * Files whose title or file name (without extension) starts with the query, also from a later
 * character and by pinyin (the `searchKeys` index, as customers), with their live customer; newest
 * first. Only files of customers within the reader's data `scope`. A blank query finds nothing.
 */
export async function searchAttachments(db: AirgapDb, query: string, limit: number, scope?: ReadScope): Promise<AttachmentHit[]> {
  const q = normaliseQuery(query);
  if (q === null || limit <= 0) return [];
  const whole = scope === undefined || isWholeArchive(scope);
  const rows = attachmentTables(db).attachments.where('searchKeys').startsWith(q).distinct();
  const found = liveOnly(await (whole ? rows.limit(limit + MARGIN) : rows).toArray());
  const inScope = whole ? null : await customerIdsInScope(db, scope);
  const kept = inScope === null ? found : found.filter((a) => inScope.has(a.customerId));
  const customers = await db.customers.bulkGet([...new Set(kept.map((a) => a.customerId))]);
  const byId = new Map(customers.filter((c): c is CustomerRecord => isLiveRow(c)).map((c) => [c.id, c]));
  return kept
    .filter((a) => byId.has(a.customerId))
    .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .slice(0, limit)
    .map((attachment) => ({ attachment, customer: byId.get(attachment.customerId)! }));
}
