import type { AttachmentOwner } from '../attachments/kinds';
import { higherMark, markFor } from '../classification';
import type { CustomerFields } from './customer';
import { customerSearchKeys } from '../search/keys';
import { ARCHIVE_LIMITS } from './fields';

/**
 * Merging customer B (source, a duplicate) into A (target, the one kept) as a PLAN: data for the
 * repository to write in one transaction; nothing here mutates its input.
 *
 * - A wins: its non-empty fields stay. Empty ones ('' / null) are filled from B; tags and 专业领域 are
 *   unioned (A's first, capped at the schema's limit). One exception: the classification becomes the
 *   higher of the two — A now holds B's information, and marking it lower would under-mark it.
 * - Every child of B (soft-deleted ones too, so a restore lands at A) is re-pointed to A; B's primary
 *   contact stops being primary if A has one. B's sub-units are re-parented to A, so A and B must be
 *   on the same level when B has sub-units.
 * - B gets `mergedInto: A` and is then soft-deleted (restorable; links to B can follow mergedInto).
 * - Figures of the same year in A and B are NOT summed: two rows may be two views of the same
 *   contracts (summing would double-count) or two real halves — only the user can tell. Both rows are
 *   kept and listed as conflicts for review, with every field where A and B disagree.
 */
export const MERGE_CHILD_TABLES = [
  'contacts',
  'interactions',
  'requirements',
  'benefits',
  'settlements',
  'handovers',
  'complaints',
  'surveys',
  'attachments',
] as const;
export type MergeChildTable = (typeof MERGE_CHILD_TABLES)[number];

export interface ChildRef {
  id: string;
  customerId: string;
  deletedAt?: string | null;
}
export interface MergeChildren {
  contacts: readonly (ChildRef & { primary: boolean })[];
  interactions: readonly ChildRef[];
  requirements: readonly ChildRef[];
  benefits: readonly (ChildRef & { year: number })[];
  settlements: readonly ChildRef[];
  handovers: readonly ChildRef[];
  complaints: readonly ChildRef[];
  surveys: readonly ChildRef[];
  /** Files (issue 18): those attached to B itself are attached to A afterwards. */
  attachments: readonly (ChildRef & { owner: AttachmentOwner })[];
}

export type MergeCustomer = CustomerFields & { id: string; deletedAt: string | null };

export interface MergeInput {
  target: MergeCustomer;
  source: MergeCustomer;
  /** Children of A and B (rows of other customers are ignored). */
  children: Partial<MergeChildren>;
  /** Customers whose parent is B (others are ignored). */
  subUnits: readonly { id: string; parentId: string | null }[];
}

export interface ChildPatch {
  table: MergeChildTable;
  id: string;
  patch: { customerId: string; primary?: false; owner?: AttachmentOwner };
}

/** Fields compared for the review list (the derived keys and ids are not worth showing). */
const COMPARED = ['shortName', 'level', 'parentId', 'type', 'region', 'address', 'cooperationStart', 'status', 'notes', 'classification', 'managerId'] as const;
const UNIONED = ['fields', 'tags'] as const;
type ComparedField = (typeof COMPARED)[number] | (typeof UNIONED)[number];
const FILLED = ['shortName', 'region', 'address', 'cooperationStart', 'notes'] as const;

export type MergeConflict =
  { kind: 'field'; field: ComparedField; target: unknown; source: unknown } | { kind: 'benefit_year'; year: number; targetIds: string[]; sourceIds: string[] };

export type MergePlan =
  | {
      ok: true;
      targetId: string;
      sourceId: string;
      /** Fields of A to change (only those that change). */
      targetPatch: Partial<CustomerFields>;
      /** Written to B before it is soft-deleted. */
      sourcePatch: { mergedInto: string };
      childPatches: ChildPatch[];
      reparent: { id: string; parentId: string }[];
      conflicts: MergeConflict[];
    }
  | { ok: false; error: string };

const isEmpty = (v: unknown) => v === null || v === '' || (Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function planCustomerMerge({ target: a, source: b, children, subUnits }: MergeInput): MergePlan {
  if (a.id === b.id) return { ok: false, error: 'validation.mergeSelf' };
  if (a.deletedAt !== null || b.deletedAt !== null) return { ok: false, error: 'validation.mergeDeleted' };
  const orphans = subUnits.filter((u) => u.parentId === b.id);
  if (a.parentId === b.id || (orphans.length > 0 && a.level !== b.level)) return { ok: false, error: 'validation.mergeLevel' };

  const { patch: targetPatch, truncated } = fieldPatch(a, b);
  // Unioned lists only conflict when the union had to be cut to the limit.
  const differing = [...COMPARED.filter((f) => !isEmpty(a[f]) && !isEmpty(b[f]) && !same(a[f], b[f])), ...truncated];
  const conflicts: MergeConflict[] = differing.map((field) => ({ kind: 'field' as const, field, target: a[field], source: b[field] }));
  return {
    ok: true,
    targetId: a.id,
    sourceId: b.id,
    targetPatch,
    sourcePatch: { mergedInto: a.id },
    childPatches: childPatches(a.id, b.id, children),
    reparent: orphans.map((u) => ({ id: u.id, parentId: a.id })),
    conflicts: [...conflicts, ...benefitConflicts(a.id, b.id, children.benefits ?? [])],
  };
}

function fieldPatch(a: MergeCustomer, b: MergeCustomer): { patch: Partial<CustomerFields>; truncated: (typeof UNIONED)[number][] } {
  const patch: Partial<CustomerFields> = {};
  const truncated: (typeof UNIONED)[number][] = [];
  for (const f of FILLED) if (isEmpty(a[f]) && !isEmpty(b[f])) Object.assign(patch, { [f]: b[f] });
  if (a.managerId === null && b.managerId !== null) Object.assign(patch, { managerId: b.managerId, managerName: b.managerName });
  for (const f of UNIONED) {
    const all = [...new Set([...a[f], ...b[f]])];
    const union = all.slice(0, Math.max(ARCHIVE_LIMITS.words, a[f].length));
    if (union.length < all.length) truncated.push(f);
    if (union.length !== a[f].length) patch[f] = union;
  }
  const level = higherMark(markFor(a.classification), markFor(b.classification)).level;
  if (level !== a.classification) patch.classification = level;
  if (patch.shortName !== undefined) patch.searchKeys = customerSearchKeys({ name: a.name, shortName: patch.shortName });
  return { patch, truncated };
}

function childPatches(targetId: string, sourceId: string, children: Partial<MergeChildren>): ChildPatch[] {
  const contacts = children.contacts ?? [];
  const targetHasPrimary = contacts.some((c) => c.customerId === targetId && c.primary && !c.deletedAt);
  const patches: ChildPatch[] = [];
  for (const table of MERGE_CHILD_TABLES) {
    for (const child of (children[table] ?? []) as readonly (ChildRef & { primary?: boolean })[]) {
      if (child.customerId !== sourceId) continue;
      const demote = table === 'contacts' && targetHasPrimary && child.primary === true;
      const owner = (child as { owner?: AttachmentOwner }).owner;
      const ownedBySource = table === 'attachments' && owner?.kind === 'customers' && owner.id === sourceId;
      patches.push({
        table,
        id: child.id,
        patch: demote
          ? { customerId: targetId, primary: false }
          : ownedBySource
            ? { customerId: targetId, owner: { kind: 'customers', id: targetId } }
            : { customerId: targetId },
      });
    }
  }
  return patches;
}

function benefitConflicts(targetId: string, sourceId: string, benefits: MergeChildren['benefits']): MergeConflict[] {
  const byYear = new Map<number, { targetIds: string[]; sourceIds: string[] }>();
  for (const row of benefits) {
    if (row.deletedAt || (row.customerId !== targetId && row.customerId !== sourceId)) continue;
    const entry = byYear.get(row.year) ?? { targetIds: [], sourceIds: [] };
    (row.customerId === targetId ? entry.targetIds : entry.sourceIds).push(row.id);
    byYear.set(row.year, entry);
  }
  return [...byYear]
    .filter(([, e]) => e.targetIds.length > 0 && e.sourceIds.length > 0)
    .sort(([x], [y]) => x - y)
    .map(([year, e]) => ({ kind: 'benefit_year' as const, year, ...e }));
}
