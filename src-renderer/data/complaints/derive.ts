import { deadlinesFor, milestonesOf, nextDeadlineOf, type ComplaintDeadlineConfig, type ComplaintHistoryEntry } from '../../core/complaints';
import type { ServicePolicy } from '../../core/grading';
import type { Grade } from '../../core/grading';
import type { ComplaintFields, ComplaintSeverity, ComplaintStatus, IsoDateTime } from '../../core/model';
import type { AirgapDb } from '../db';
import { currentConfig } from '../grading/config';
import { complaintSettings } from './settings';

/** What the deadlines are computed with at the time of a write: the rules in force then. */
export interface DeadlineRules {
  config: ComplaintDeadlineConfig;
  policy: ServicePolicy;
}

/** The complaint deadline config of the settings and the grading service policy in force. */
export async function deadlineRules(db: AirgapDb): Promise<DeadlineRules> {
  const [settings, policy] = await Promise.all([complaintSettings(db), currentConfig(db, 'policy')]);
  return { config: settings.deadlines, policy: policy.body };
}

type Deadlined = Pick<ComplaintFields, 'deadlines' | 'dueDate'>;

/** The three deadlines and `dueDate` (= the answer deadline) from receipt or the last reopening. */
export function deadlineFields(
  complaint: { receivedAt: IsoDateTime; severity: ComplaintSeverity; reopenedAt: IsoDateTime | null },
  grade: Grade | null,
  rules: DeadlineRules,
): Deadlined {
  const deadlines = deadlinesFor(complaint, grade, rules.config, rules.policy);
  return { deadlines, dueDate: deadlines.answer };
}

/**
 * Everything a complaint derives from its history and deadlines (model.ts: never typed by a user):
 * the four milestones and `nextDeadline`. Recomputed on every write so rows stay true to history.
 */
export function derivedFields(status: ComplaintStatus, history: readonly ComplaintHistoryEntry[], deadlines: ComplaintFields['deadlines']) {
  return { ...milestonesOf(history), nextDeadline: nextDeadlineOf({ status, deadlines }) };
}
