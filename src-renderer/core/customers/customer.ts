import { z } from 'zod';
import { CLASSIFICATION_LEVELS } from '../classification';
import type { IsoDate } from '../iso-dates';
import { customerSearchKeys, sortKeyOf } from '../search/keys';
import { isValidIsoDate, nullableIsoDateSchema } from './dates';
import { CUSTOMER_LEVELS, CUSTOMER_STATUSES, CUSTOMER_TYPES, type CustomerLevel } from './enums';
import { ARCHIVE_LIMITS as L, choice, multiline, nullableIdSchema, optionalLine, requiredLine, wordList } from './fields';

/**
 * The editable fields of a customer unit. `sortKey` and `searchKeys` are not here: they are derived
 * from the name on every save (`withCustomerKeys`), never typed in or trusted from a file.
 * Rules needing other records (the parent's level, same-year figures) are functions, not schema.
 */
export const customerFieldsSchema = z
  .object({
    name: requiredLine(L.name),
    shortName: optionalLine(L.short),
    level: z.literal(CUSTOMER_LEVELS, { error: 'validation.choice' }),
    parentId: nullableIdSchema,
    type: choice(CUSTOMER_TYPES),
    fields: wordList(L.words, L.word),
    region: optionalLine(L.region),
    address: optionalLine(L.address),
    cooperationStart: nullableIsoDateSchema,
    status: choice(CUSTOMER_STATUSES).default('active'),
    tags: wordList(L.words, L.word),
    notes: multiline(L.long),
    classification: choice(CLASSIFICATION_LEVELS),
    managerId: nullableIdSchema,
    managerName: optionalLine(L.short),
    /** Set when this unit was merged into another (it is then soft-deleted); links to it follow this. */
    mergedInto: nullableIdSchema.default(null),
  })
  .superRefine((c, ctx) => {
    // What one record can tell: a group has no parent, a lower level needs one.
    if (c.level === 1 && c.parentId) ctx.addIssue({ code: 'custom', message: 'validation.parentLevel', path: ['parentId'] });
    if ((c.level === 2 || c.level === 3) && !c.parentId) ctx.addIssue({ code: 'custom', message: 'validation.parentRequired', path: ['parentId'] });
    if (c.managerId && !c.managerName) ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['managerName'] });
  });

/** The fields as entered on `today`: additionally, cooperation cannot start in the future. */
export function customerSchema(today: IsoDate) {
  return customerFieldsSchema.superRefine((c, ctx) => {
    if (isValidIsoDate(c.cooperationStart) && c.cooperationStart > today) {
      ctx.addIssue({ code: 'custom', message: 'validation.dateInFuture', path: ['cooperationStart'] });
    }
  });
}

export type CustomerValues = z.output<typeof customerFieldsSchema>;

/**
 * A customer unit as stored (see above for every field's rule). Derived on save: `sortKey`, the
 * pinyin of the name, lowercase, syllables separated by spaces (lists sort by it: IndexedDB sorts
 * by code point), and `searchKeys`, the prefix-search keys (core/search/keys.ts).
 */
export type CustomerFields = CustomerValues & { sortKey: string; searchKeys: string[] };

/** The stored fields: the values plus the keys lists sort and search by. */
export function withCustomerKeys(values: CustomerValues): CustomerFields {
  return { ...values, sortKey: sortKeyOf(values.name), searchKeys: customerSearchKeys(values) };
}

interface HierarchyNode {
  id?: string;
  level: CustomerLevel;
  parentId: string | null;
}

/**
 * group (1) → second level (2) → third level (3): a unit's parent is exactly one level up, live.
 * `parent` is the record `child.parentId` points to, as the repository found it (null if none).
 * Returns an i18n key (reported on `parentId`) or null. Levels strictly decrease, so no cycles.
 */
export function checkHierarchy(child: HierarchyNode, parent: (HierarchyNode & { id: string; deletedAt?: string | null }) | null): string | null {
  if (child.level === 1) return child.parentId === null && parent === null ? null : 'validation.parentLevel';
  if (child.parentId === null) return 'validation.parentRequired';
  if (parent === null || parent.id !== child.parentId || (parent.deletedAt ?? null) !== null) return 'validation.parentMissing';
  return parent.level === child.level - 1 ? null : 'validation.parentLevel';
}

/** Changing the level of a unit that has sub-units: each must stay exactly one level below. */
export function checkChildLevels(level: CustomerLevel, childLevels: readonly CustomerLevel[]): string | null {
  return childLevels.every((l) => l === level + 1) ? null : 'validation.childLevel';
}
