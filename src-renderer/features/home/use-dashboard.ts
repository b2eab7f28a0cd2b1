import { useLiveQuery } from 'dexie-react-hooks';
import type { GradeDistribution } from '../../core/grading';
import type { IsoDate } from '../../core/model';
import { archiveTables } from '../../data/customers';
import { DUE_LIMIT_PER_KIND, myDay, type MyDay } from '../../data/dashboard';
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
  // One live read for the cards that share data: 我的待办 takes the follow-up plan's and the grading
  // status's reads instead of making its own (sign-in waits for the slowest of these).
  const shared = useLiveQuery(async () => {
    const followUpsRead = dueFollowUps(db, today, FOLLOW_UP_LIMIT, scope);
    const statusRead = gradingStatus(db, scope);
    const dueRead = myDay(db, today, scope, DUE_LIMIT_PER_KIND, { followUps: followUpsRead, drafts: statusRead.then((s) => s.drafts) });
    const named = statusRead.then(async ({ lastBatch, drafts }): Promise<GradingState> => {
      const ids = drafts.flatMap((d) => (d.customerId ? [d.customerId] : []));
      const customers = await archiveTables(db).customers.bulkGet(ids);
      return { lastBatch, drafts, draftCustomers: new Map(customers.flatMap((c) => (c ? [[c.id, c.name] as const] : []))) };
    });
    const [followUps, status, due] = await Promise.all([followUpsRead, named, dueRead]);
    return { followUps, status, due };
  }, [db, today, scope]);
  const grades = useLiveQuery(() => gradeCounts(db, scope), [db, scope]);
  const hasCustomers = useLiveQuery(async () => (await archiveTables(db).customers.limit(1).primaryKeys()).length > 0, [db]);
  return { followUps: shared?.followUps, grades, status: shared?.status, due: shared?.due, hasCustomers };
}
