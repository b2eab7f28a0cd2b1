import { compareGrades, GRADES, type Grade } from '../../../core/grading';
import { CUSTOMER_STATUSES, CUSTOMER_TYPES, type CustomerStatus, type CustomerType } from '../../../core/model';
import { sortKeyOf } from '../../../core/search';
import type { CustomerHit, CustomerRecord } from '../../../data/customers';

/** One row of the list: the customer, and what matched when the list shows search hits. */
export interface ListRow {
  customer: CustomerRecord;
  hit?: CustomerHit;
}

/**
 * The pure logic of the customer list — filters, facets, sorting — over plain customer rows, so it
 * is unit-tested without a browser and stays fast at 10,000 rows (one pass to filter, one sort).
 */
export interface ListCustomer {
  id: string;
  name: string;
  sortKey: string;
  level: number;
  type: CustomerType;
  status: CustomerStatus;
  region: string;
  managerId: string | null;
  managerName: string;
  fields: readonly string[];
  tags: readonly string[];
  cooperationStart: string | null;
  /** Absent or null until a grading is approved for the customer. */
  grade?: Grade | null;
}

export interface ListFilters {
  /** Manager ids; NO_MANAGER selects the customers nobody is responsible for yet. */
  managers: string[];
  types: CustomerType[];
  statuses: CustomerStatus[];
  regions: string[];
  fields: string[];
  tags: string[];
  /** Grades; UNGRADED selects the customers never graded. */
  grades: GradeChoice[];
}

export const NO_MANAGER = '-';
export const UNGRADED = 'none';
export type GradeChoice = Grade | typeof UNGRADED;
/** The grade filter's choices, best first, 未定级 last. */
export const GRADE_CHOICES: readonly GradeChoice[] = [...GRADES, UNGRADED];
export const FILTER_KINDS = ['grades', 'managers', 'types', 'fields', 'statuses', 'regions', 'tags'] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];

export const emptyFilters = (): ListFilters => ({ grades: [], managers: [], types: [], statuses: [], regions: [], fields: [], tags: [] });

export const activeFilterCount = (f: ListFilters): number => FILTER_KINDS.reduce((n, k) => n + (f[k].length > 0 ? 1 : 0), 0);

/** Within one kind any selected value matches (OR); across kinds all must match (AND). */
export function matchesFilters(c: ListCustomer, f: ListFilters): boolean {
  const any = (selected: readonly string[], values: readonly string[]) => selected.length === 0 || values.some((v) => selected.includes(v));
  return (
    any(f.grades, [c.grade ?? UNGRADED]) &&
    any(f.managers, [c.managerId ?? NO_MANAGER]) &&
    any(f.types, [c.type]) &&
    any(f.statuses, [c.status]) &&
    any(f.regions, [c.region]) &&
    any(f.fields, c.fields) &&
    any(f.tags, c.tags)
  );
}

export function applyFilters<T extends { customer: ListCustomer }>(rows: readonly T[], f: ListFilters): T[] {
  return activeFilterCount(f) === 0 ? [...rows] : rows.filter((r) => matchesFilters(r.customer, f));
}

export interface Facets {
  managers: { value: string; label: string }[];
  regions: string[];
  fields: string[];
  tags: string[];
}

/** The values present in the archive, in pinyin order: a filter offers only what can match. */
export function facetsOf(customers: readonly ListCustomer[]): Facets {
  const managers = new Map<string, string>();
  const regions = new Set<string>();
  const fields = new Set<string>();
  const tags = new Set<string>();
  let unassigned = false;
  for (const c of customers) {
    if (c.managerId) managers.set(c.managerId, c.managerName);
    else unassigned = true;
    if (c.region) regions.add(c.region);
    c.fields.forEach((v) => fields.add(v));
    c.tags.forEach((v) => tags.add(v));
  }
  const managerList = byPinyin([...managers], ([, name]) => name).map(([value, label]) => ({ value, label }));
  // The label of NO_MANAGER is the caller's (it is UI text); an empty label marks it.
  if (unassigned) managerList.push({ value: NO_MANAGER, label: '' });
  const sorted = (s: Set<string>) => byPinyin([...s], (v) => v);
  return { managers: managerList, regions: sorted(regions), fields: sorted(fields), tags: sorted(tags) };
}

// ── sorting ─────────────────────────────────────────────────────────────────────────────────────

export const COLUMN_IDS = ['name', 'grade', 'level', 'type', 'status', 'region', 'manager', 'fields', 'tags', 'cooperationStart'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];
export interface SortState {
  column: ColumnId;
  direction: 'asc' | 'desc';
}
export const DEFAULT_SORT: SortState = { column: 'name', direction: 'asc' };

/** Pinyin keys of free text (regions, managers, tags), memoised: a few hundred distinct values at most. */
const pinyinCache = new Map<string, string>();
export function pinyinOf(text: string): string {
  let key = pinyinCache.get(text);
  if (key === undefined) {
    key = sortKeyOf(text);
    pinyinCache.set(text, key);
  }
  return key;
}

function byPinyin<T>(items: T[], text: (item: T) => string): T[] {
  return items.sort((a, b) => compareText(pinyinOf(text(a)), pinyinOf(text(b))) || compareText(text(a), text(b)));
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const GRADE_RANK = Object.fromEntries(GRADES.map((g) => [g, compareGrades(g, 'AAA')])) as Record<Grade, number>;

/** The key a column sorts by; null sorts last in either direction (an empty cell is not "smallest"). */
function sortValue(c: ListCustomer, column: ColumnId): string | number | null {
  switch (column) {
    case 'name':
      return c.sortKey;
    case 'grade':
      // Ascending lists AAA first; never graded sorts last either way.
      return c.grade ? GRADE_RANK[c.grade] : null;
    case 'level':
      return c.level;
    case 'type':
      return CUSTOMER_TYPES.indexOf(c.type);
    case 'status':
      return CUSTOMER_STATUSES.indexOf(c.status);
    case 'region':
      return c.region ? pinyinOf(c.region) : null;
    case 'manager':
      return c.managerName ? pinyinOf(c.managerName) : null;
    case 'fields':
    case 'tags':
      return c[column].length > 0 ? pinyinOf(c[column].join(' ')) : null;
    case 'cooperationStart':
      return c.cooperationStart;
  }
}

/** Sorted copy. Ties (same level, same region…) fall back to the name in pinyin order, then the id. */
export function sortRows<T extends { customer: ListCustomer }>(rows: readonly T[], sort: SortState): T[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, value: sortValue(row.customer, sort.column) }));
  keyed.sort((a, b) => {
    if (a.value !== b.value) {
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      return (a.value < b.value ? -1 : 1) * sign;
    }
    const x = a.row.customer;
    const y = b.row.customer;
    return compareText(x.sortKey, y.sortKey) || compareText(x.name, y.name) || compareText(x.id, y.id);
  });
  return keyed.map((k) => k.row);
}

/** Clicking a header: the same column flips direction, another column starts ascending. */
export function nextSort(current: SortState, column: ColumnId): SortState {
  return current.column === column ? { column, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: 'asc' };
}
