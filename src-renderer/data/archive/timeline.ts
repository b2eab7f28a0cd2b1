import Dexie from 'dexie';
import { mergeTimeline, type TimelineItem } from '../../core/archive-domain';
import type { AirgapDb } from '../db';
import { childrenByCustomer } from './children';
import { archiveTables, type HandoverRecord, type RequirementRecord } from './types';

/**
 * One customer's history, newest first: interactions, requirements and handovers merged by core
 * (complaints and grade changes join when those features exist). All of the customer's
 * interactions are read through `[customerId+date]`: a range of one customer, never a scan.
 */
export async function customerTimeline(db: AirgapDb, customerId: string): Promise<TimelineItem[]> {
  return db.transaction('r', [db.table('interactions'), db.table('requirements'), db.table('handovers')], async () => {
    const [interactions, requirements, handovers] = await Promise.all([
      archiveTables(db).interactions.where('[customerId+date]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).toArray(),
      childrenByCustomer<RequirementRecord>(db, 'requirements', customerId),
      childrenByCustomer<HandoverRecord>(db, 'handovers', customerId),
    ]);
    return mergeTimeline({ interactions, requirements, handovers });
  });
}
