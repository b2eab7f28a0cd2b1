import Dexie from 'dexie';
import { OPEN_REQUIREMENT_STATUSES } from '../../core/customers';
import type { IsoDate } from '../../core/model';
import { mostOverdueComplaints, overdueCount } from '../complaints';
import { archiveTables, type CustomerRecord } from '../customers';
import type { AirgapDb } from '../db';
import { dueFollowUps, gradingDrafts } from '../grading';
import { compareText } from '../repository/common';
import { customerIdsInScope, isWholeArchive, type ReadScope } from '../scope';

/**
 * 工作台 “我的待办” (issue 17.1): everything due or overdue for the signed-in user, one list.
 * The kinds, in the order the list shows same-day items:
 * - `requirement`: an open requirement whose due day is reached;
 * - `complaint`: a complaint past its next deadline;
 * - `visit`: a planned follow-up (回访计划) due today or overdue;
 * - `followUpDate`: the 跟进日期 of a customer's latest contact is reached (a later contact settles it);
 * - `receivable`: a receivable past its due day and not fully paid;
 * - `handover`: a customer handed over to the signed-in manager and not yet acknowledged;
 * - `gradingDraft`: a grading draft waiting for approval.
 */
export const DUE_KINDS = ['requirement', 'complaint', 'visit', 'followUpDate', 'receivable', 'handover', 'gradingDraft'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

export interface DueItem {
  kind: DueKind;
  /** The record's id (the complaint or the grading run for those kinds; else the child record). */
  id: string;
  /** The customer the item concerns; null for a batch grading draft. */
  customerId: string | null;
  /** The customer's name, a complaint's number, or '' for a batch grading draft. */
  title: string;
  /** The day it was due (a draft: its evaluation day). */
  date: IsoDate;
  overdue: boolean;
}

export interface MyDay {
  /** Most urgent first: overdue before due, then the earliest day; at most `limit` per kind. */
  items: DueItem[];
  /** Every due item per kind (more than are listed when a kind passes `limit`). */
  counts: Record<DueKind, number>;
  /**
   * Whether receivables, handovers and follow-up dates were read: they belong to the customers the
   * signed-in user manages (found through the `managerId` index), so an account linked to no
   * manager has none (its scope may hold 10,000 customers, and those tables have no index by date).
   */
  ownCustomersRead: boolean;
}

/** Rows listed per kind: a day's work, not an archive; the counts stay exact. */
export const DUE_LIMIT_PER_KIND = 50;

/**
 * Reads only index ranges and the children of the user's own customers: open requirements through
 * `[managerId+status]` (one range per manager and open status), overdue complaints through
 * `nextDeadline`, follow-ups through `[status+dueDate]`, drafts through `status`; receivables,
 * handovers and each own customer's latest contact through their `customerId` indexes.
 */
export async function myDay(db: AirgapDb, today: IsoDate, scope: ReadScope, limit = DUE_LIMIT_PER_KIND): Promise<MyDay> {
  const inScope = await customerIdsInScope(db, scope);
  const managerId = scope.actor.managerId;
  const own = managerId === null ? null : await ownCustomers(db, managerId, inScope);
  const [requirements, complaints, visits, drafts, ownItems] = await Promise.all([
    dueRequirements(db, today, scope, inScope),
    overdueComplaintItems(db, today, scope, limit),
    dueVisits(db, today, scope),
    draftItems(db, scope),
    own ? ownCustomerItems(db, today, managerId!, own) : Promise.resolve([]),
  ]);
  const counts = Object.fromEntries(DUE_KINDS.map((k) => [k, 0])) as Record<DueKind, number>;
  const listed: DueItem[] = [];
  const add = (kind: DueKind, items: DueItem[], count = items.length) => {
    counts[kind] = count;
    listed.push(...[...items].sort(mostUrgentFirst).slice(0, limit));
  };
  add('requirement', requirements);
  add('complaint', complaints.items, complaints.count);
  add('visit', visits.items, visits.count);
  add('gradingDraft', drafts);
  for (const kind of ['followUpDate', 'receivable', 'handover'] as const)
    add(
      kind,
      ownItems.filter((i) => i.kind === kind),
    );
  return { items: listed.sort(mostUrgentFirst), counts, ownCustomersRead: own !== null };
}

/** Overdue before due, then the earliest day, then the kinds' order, then the title (a stable list). */
export function mostUrgentFirst(a: DueItem, b: DueItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return compareText(a.date, b.date) || DUE_KINDS.indexOf(a.kind) - DUE_KINDS.indexOf(b.kind) || compareText(a.title, b.title) || compareText(a.id, b.id);
}

/** The live customers of `managerId` within the scope. */
async function ownCustomers(db: AirgapDb, managerId: string, inScope: ReadonlySet<string> | null): Promise<Map<string, CustomerRecord>> {
  const rows = await archiveTables(db).customers.where('managerId').equals(managerId).toArray();
  return new Map(rows.filter((c) => c.deletedAt === null && (inScope === null || inScope.has(c.id))).map((c) => [c.id, c]));
}

async function namesOf(db: AirgapDb, ids: readonly string[]): Promise<Map<string, string>> {
  const customers = await archiveTables(db).customers.bulkGet([...new Set(ids)]);
  return new Map(customers.flatMap((c) => (c && c.deletedAt === null ? [[c.id, c.name] as const] : [])));
}

/** Open requirements due by today: scope 本人 reads its manager's range; wider scopes every manager's. */
async function dueRequirements(db: AirgapDb, today: IsoDate, scope: ReadScope, inScope: ReadonlySet<string> | null): Promise<DueItem[]> {
  const t = archiveTables(db);
  const own = scope.actor.scope === 'own';
  const managers = own ? (scope.actor.managerId === null ? [] : [scope.actor.managerId]) : ((await t.managers.toCollection().primaryKeys()) as string[]);
  const keys = managers.flatMap((m) => OPEN_REQUIREMENT_STATUSES.map((s) => [m, s]));
  const rows = keys.length === 0 ? [] : await t.requirements.where('[managerId+status]').anyOf(keys).toArray();
  const due = rows.filter((r) => r.deletedAt === null && r.dueDate <= today && (inScope === null || inScope.has(r.customerId)));
  const names = await namesOf(
    db,
    due.map((r) => r.customerId),
  );
  return due.flatMap((r) => {
    const name = names.get(r.customerId);
    return name === undefined
      ? []
      : [{ kind: 'requirement' as const, id: r.id, customerId: r.customerId, title: name, date: r.dueDate, overdue: r.dueDate < today }];
  });
}

async function overdueComplaintItems(db: AirgapDb, today: IsoDate, scope: ReadScope, limit: number): Promise<{ items: DueItem[]; count: number }> {
  const [count, rows] = await Promise.all([overdueCount(db, today, scope), mostOverdueComplaints(db, today, limit, scope)]);
  const items = rows.map((c) => ({ kind: 'complaint' as const, id: c.id, customerId: c.customerId, title: c.number, date: c.nextDeadline!, overdue: true }));
  return { items, count };
}

/** 回访计划 due today or overdue (the dashboard's follow-up card also shows those due within the week). */
async function dueVisits(db: AirgapDb, today: IsoDate, scope: ReadScope): Promise<{ items: DueItem[]; count: number }> {
  const data = await dueFollowUps(db, today, DUE_LIMIT_PER_KIND, isWholeArchive(scope) ? undefined : scope);
  const due = data.items.filter((f) => f.dueDate <= today);
  const dueToday = due.filter((f) => f.dueDate === today).length;
  const items = due.map((f) => ({
    kind: 'visit' as const,
    id: f.id,
    customerId: f.customerId,
    title: f.customerName,
    date: f.dueDate,
    overdue: f.dueDate < today,
  }));
  // The overdue count is exact (an index count); those due today are counted among the rows read.
  return { items, count: data.overdue + dueToday };
}

async function draftItems(db: AirgapDb, scope: ReadScope): Promise<DueItem[]> {
  const drafts = await gradingDrafts(db, isWholeArchive(scope) ? undefined : scope);
  const names = await namesOf(
    db,
    drafts.flatMap((d) => (d.customerId ? [d.customerId] : [])),
  );
  return drafts.map((d) => ({
    kind: 'gradingDraft' as const,
    id: d.id,
    customerId: d.customerId,
    title: d.customerId ? (names.get(d.customerId) ?? '') : '',
    date: d.evaluationDate,
    overdue: false,
  }));
}

/** Receivables overdue, handovers to acknowledge and follow-up dates reached, of the user's own customers. */
async function ownCustomerItems(db: AirgapDb, today: IsoDate, managerId: string, own: Map<string, CustomerRecord>): Promise<DueItem[]> {
  const t = archiveTables(db);
  const ids = [...own.keys()];
  const name = (id: string) => own.get(id)!.name;
  const [settlements, handovers, latest] = await Promise.all([
    t.settlements.where('customerId').anyOf(ids).toArray(),
    t.handovers.where('customerId').anyOf(ids).toArray(),
    Promise.all(
      ids.map((id) =>
        t.interactions
          .where('[customerId+date]')
          .between([id, Dexie.minKey], [id, Dexie.maxKey])
          .reverse()
          .filter((i) => i.deletedAt === null)
          .first(),
      ),
    ),
  ]);
  const receivables = settlements
    .filter((s) => s.deletedAt === null && s.dueDate < today && (s.amountPaidWan ?? 0) < s.receivableWan)
    .map((s) => ({ kind: 'receivable' as const, id: s.id, customerId: s.customerId, title: name(s.customerId), date: s.dueDate, overdue: true }));
  const toAcknowledge = handovers
    .filter((h) => h.acknowledgedAt === null && h.toManagerId === managerId)
    .map((h) => ({ kind: 'handover' as const, id: h.id, customerId: h.customerId, title: name(h.customerId), date: h.date, overdue: false }));
  const followUps = latest.flatMap((i) =>
    i && i.followUpDate !== null && i.followUpDate <= today
      ? [
          {
            kind: 'followUpDate' as const,
            id: i.id,
            customerId: i.customerId,
            title: name(i.customerId),
            date: i.followUpDate,
            overdue: i.followUpDate < today,
          },
        ]
      : [],
  );
  return [...receivables, ...toAcknowledge, ...followUps];
}
