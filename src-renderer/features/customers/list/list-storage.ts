import { CUSTOMER_STATUSES, CUSTOMER_TYPES } from '../../../core/model';
import { COLUMN_IDS, emptyFilters, FILTER_KINDS, GRADE_CHOICES, type ColumnId, type ListFilters } from './list-model';

/**
 * What the list remembers per installation (localStorage, like the locale): the visible columns and
 * the user's saved filters. Everything read back is checked — a value from an older build or a hand
 * edit is dropped, never trusted — and the name column can never be hidden (it is the row's link).
 */
export const COLUMNS_KEY = 'airgap-crm.customers.columns';
export const SAVED_FILTERS_KEY = 'airgap-crm.customers.saved-filters';

export const DEFAULT_COLUMNS: readonly ColumnId[] = COLUMN_IDS;

export interface SavedFilter {
  name: string;
  filters: ListFilters;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function read(store: Store, key: string): unknown {
  try {
    const text = store.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function write(store: Store, key: string, value: unknown) {
  try {
    store.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the choice lasts for this session only, which is acceptable.
  }
}

/** Visible columns in display order (the fixed order of COLUMN_IDS), name always first. */
export function normaliseColumns(value: unknown): ColumnId[] {
  if (!Array.isArray(value)) return [...DEFAULT_COLUMNS];
  const chosen = new Set(value.filter((v): v is ColumnId => (COLUMN_IDS as readonly unknown[]).includes(v)));
  chosen.add('name');
  return COLUMN_IDS.filter((c) => chosen.has(c));
}

export const loadColumns = (store: Store = localStorage) => normaliseColumns(read(store, COLUMNS_KEY));
export const saveColumns = (columns: readonly ColumnId[], store: Store = localStorage) => write(store, COLUMNS_KEY, normaliseColumns(columns));

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const oneOf = <T extends string>(allowed: readonly T[], v: unknown): T[] => strings(v).filter((x): x is T => (allowed as readonly string[]).includes(x));

export function normaliseFilters(value: unknown): ListFilters {
  const f = emptyFilters();
  if (typeof value !== 'object' || value === null) return f;
  const v = value as Record<string, unknown>;
  for (const kind of FILTER_KINDS) {
    // A filter saved before grading existed has no grades: it keeps meaning "any grade".
    if (kind === 'grades') f.grades = oneOf(GRADE_CHOICES, v.grades);
    else if (kind === 'types') f.types = oneOf(CUSTOMER_TYPES, v.types);
    else if (kind === 'statuses') f.statuses = oneOf(CUSTOMER_STATUSES, v.statuses);
    else f[kind] = strings(v[kind]);
  }
  return f;
}

export function loadSavedFilters(store: Store = localStorage): SavedFilter[] {
  const value = read(store, SAVED_FILTERS_KEY);
  if (!Array.isArray(value)) return [];
  return value
    .filter((s): s is { name: string; filters: unknown } => typeof s === 'object' && s !== null && typeof s.name === 'string' && s.name.trim() !== '')
    .map((s) => ({ name: s.name.trim(), filters: normaliseFilters(s.filters) }));
}

/** Adds or replaces (same name) a saved filter; the list stays in the order the user made them. */
export function withSavedFilter(list: readonly SavedFilter[], saved: SavedFilter): SavedFilter[] {
  const name = saved.name.trim();
  const at = list.findIndex((s) => s.name === name);
  const entry = { name, filters: saved.filters };
  return at === -1 ? [...list, entry] : list.map((s, i) => (i === at ? entry : s));
}

export const saveSavedFilters = (list: readonly SavedFilter[], store: Store = localStorage) => write(store, SAVED_FILTERS_KEY, list);
