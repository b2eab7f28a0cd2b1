import { MERGE_CHILD_TABLES, type ChildRef, type MergeChildren, type MergeChildTable, type MergePlan } from './merge';

export interface MovedCount {
  /** Rows the user sees on the duplicate's page today. */
  live: number;
  /** Rows in the recycle bin: they move too, so a later restore lands at the kept customer. */
  deleted: number;
}

/** What a merge plan will do, counted for the preview the user confirms. */
export interface MergeSummary {
  moved: Record<MergeChildTable, MovedCount>;
  /** Sub-units of the duplicate that get the kept customer as their parent. */
  subUnits: number;
  /** The duplicate's live primary contacts that become ordinary ones (the kept customer has a primary). */
  demotedContactIds: string[];
  /** The kept customer's live primary contact, the one that stays primary. */
  keptPrimaryId: string | null;
}

/**
 * Counts a plan's child moves by kind, live and deleted apart (the preview promises "3 往来记录 move"
 * and the kept page then shows exactly 3 more), and names the primary-contact clash the plan
 * resolves silently: two primaries become one, the kept customer's.
 */
export function summariseMerge(plan: Extract<MergePlan, { ok: true }>, children: Partial<MergeChildren>): MergeSummary {
  const moved = Object.fromEntries(MERGE_CHILD_TABLES.map((t) => [t, { live: 0, deleted: 0 }])) as Record<MergeChildTable, MovedCount>;
  const deletedIds = new Set<string>();
  for (const table of MERGE_CHILD_TABLES)
    for (const row of (children[table] ?? []) as readonly ChildRef[]) if (row.deletedAt) deletedIds.add(`${table}/${row.id}`);
  for (const p of plan.childPatches) moved[p.table][deletedIds.has(`${p.table}/${p.id}`) ? 'deleted' : 'live'] += 1;
  const keptPrimary = (children.contacts ?? []).find((c) => c.customerId === plan.targetId && c.primary && !c.deletedAt);
  return {
    moved,
    subUnits: plan.reparent.length,
    demotedContactIds: plan.childPatches
      .filter((p) => p.table === 'contacts' && p.patch.primary === false && !deletedIds.has(`contacts/${p.id}`))
      .map((p) => p.id),
    keptPrimaryId: keptPrimary?.id ?? null,
  };
}
