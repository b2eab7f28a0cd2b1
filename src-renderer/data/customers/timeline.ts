import Dexie from 'dexie';
import { localDateOf, mergeTimeline, type TimelineItem } from '../../core/timeline';
import { chinaDayOf } from '../../core/complaints';
import { attachmentsOfCustomer } from '../attachments';
import { complaintsOfCustomer } from '../complaints/reads';
import { gradeHistory } from '../grading/runs';
import type { AirgapDb } from '../db';
import { childrenByCustomer } from '../repository/children';
import { archiveTables, type HandoverRecord, type RequirementRecord } from './types';

/**
 * One customer's history, newest first: interactions, requirements, handovers, grade changes,
 * attachments (on the day added) and complaints (on the office day of receipt, as their deadlines count) merged by core. All of the customer's
 * interactions are read through `[customerId+date]`: a range of one customer, never a scan.
 */
export async function customerTimeline(db: AirgapDb, customerId: string): Promise<TimelineItem[]> {
  // customers: attachmentsOfCustomer reads the owners of the files (a file of the customer itself is owned by the customer row).
  const tables = [db.customers, db.interactions, db.requirements, db.handovers, db.gradings, db.gradeRuns, db.complaints, db.attachments];
  return db.transaction('r', tables, async () => {
    const [interactions, requirements, handovers, gradings, complaints, attachments] = await Promise.all([
      archiveTables(db).interactions.where('[customerId+date]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).toArray(),
      childrenByCustomer<RequirementRecord>(db, 'requirements', customerId),
      childrenByCustomer<HandoverRecord>(db, 'handovers', customerId),
      gradeHistory(db, customerId),
      complaintsOfCustomer(db, customerId),
      attachmentsOfCustomer(db, customerId),
    ]);
    // Approved gradings that changed the grade (a confirmed grade is history, not news).
    const gradeChanges = gradings
      .filter((g) => g.change !== 'same')
      .map((g) => ({
        id: g.id,
        rev: g.rev,
        date: localDateOf(g.run.approvedAt!),
        previousGrade: g.previousGrade,
        grade: g.finalGrade,
        reason: g.override?.reason ?? g.reasons[0] ?? '',
      }));
    return mergeTimeline({ interactions, requirements, handovers, gradeChanges, complaints, attachments }, { dateOfInstant: chinaDayOf });
  });
}
