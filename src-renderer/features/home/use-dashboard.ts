import { useLiveQuery } from 'dexie-react-hooks';
import type { GradeDistribution } from '../../core/grading';
import type { IsoDate } from '../../core/model';
import { archiveTables } from '../../data/customers';
import { myDay, type MyDay } from '../../data/dashboard';
import { dueFollowUps, gradeCounts, gradingStatus, type DueFollowUp, type GradeRunRecord } from '../../data/grading';
import { useReadScope } from '../../state/read-scope';
import { useSession } from '../../state/session';

/** Follow-ups read for the list (the counts cover all of them): more than a manager works through in a week. */
export const FOLLOW_UP_LIMIT = 200;

export interface DueFollowUps {
  items: DueFollowUp[];
  overdue: number;
  dueSoon: number;
}

export interface GradingState {
  lastBatch: GradeRunRecord | null;
  drafts: GradeRunRecord[];
  /** Names of the customers of single-customer drafts (a draft's link needs to say whose it is). */
  draftCustomers: Map<string, string>;
}

/**
 * The dashboard's reads, live, each a few index ranges or index counts (never a scan of the
 * 10,000 customers): 我的待办 (data/dashboard/due.ts), due and overdue follow-ups, the grade distribution, the latest
 * approved batch and the drafts waiting. Undefined until read, so the page knows when it is ready.
 */
export function useDashboard(today: IsoDate): {
  followUps: DueFollowUps | undefined;
  grades: GradeDistribution | undefined;
  status: GradingState | undefined;
  due: MyDay | undefined;
  /** Whether the archive holds any customer at all (in any scope, deleted ones too): the first-run card's test, one key read. */
  hasCustomers: boolean | undefined;
} {
  const { db } = useSession();
  // Only the customers within the signed-in user's data scope are listed and counted (issue 15.3).
  const scope = useReadScope();
  const followUps = useLiveQuery(() => dueFollowUps(db, today, FOLLOW_UP_LIMIT, scope), [db, today, scope]);
  const grades = useLiveQuery(() => gradeCounts(db, scope), [db, scope]);
  const status = useLiveQuery(async () => {
    const { lastBatch, drafts } = await gradingStatus(db, scope);
    const ids = drafts.flatMap((d) => (d.customerId ? [d.customerId] : []));
    const customers = await archiveTables(db).customers.bulkGet(ids);
    const draftCustomers = new Map(customers.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
    return { lastBatch, drafts, draftCustomers };
  }, [db, scope]);
  const due = useLiveQuery(() => myDay(db, today, scope), [db, today, scope]);
  const hasCustomers = useLiveQuery(async () => (await archiveTables(db).customers.limit(1).primaryKeys()).length > 0, [db]);
  return { followUps, grades, status, due, hasCustomers };
}
