import { normaliseDayText } from '../../../core/format';
import type { ClassificationLevel } from '../../../core/classification';
import type { CustomerLevel } from '../../../core/model';

/**
 * The customer form's shape and its conversion to the repository's input. The form holds strings as
 * typed; the repository normalises and validates (nothing is trusted from the form), so these
 * functions only reshape — except dates, where a few ways offices type a day are read as YYYY-MM-DD.
 */
export interface CustomerFormValues {
  name: string;
  shortName: string;
  /** '1' | '2' | '3' as the Select holds it. */
  level: string;
  parentId: string | null;
  type: string | null;
  status: string;
  fields: string[];
  tags: string[];
  region: string;
  address: string;
  /** As typed; see normaliseDayInput. */
  cooperationStart: string;
  classification: string;
  managerId: string | null;
  notes: string;
}

/** The stored fields the form edits (a CustomerRecord satisfies this). */
export interface CustomerLike {
  name: string;
  shortName: string;
  level: CustomerLevel;
  parentId: string | null;
  type: string;
  status: string;
  fields: readonly string[];
  tags: readonly string[];
  region: string;
  address: string;
  cooperationStart: string | null;
  classification: ClassificationLevel;
  managerId: string | null;
  managerName: string;
  notes: string;
}

export interface FormDefaults {
  classification: ClassificationLevel;
  /** Creating under a unit: one level below it, same type. */
  parent?: { id: string; level: CustomerLevel; type: string };
  /**
   * The manager a new customer starts with: a 本人-scope user's linked manager, the only one whose
   * customer that user may create (the repository refuses any other, issue 15.3).
   */
  managerId?: string | null;
}

export function toFormValues(record: CustomerLike | undefined, defaults: FormDefaults): CustomerFormValues {
  if (record) {
    const r = record;
    return {
      name: r.name,
      shortName: r.shortName,
      level: String(r.level),
      parentId: r.parentId,
      type: r.type,
      status: r.status,
      fields: [...r.fields],
      tags: [...r.tags],
      region: r.region,
      address: r.address,
      cooperationStart: r.cooperationStart ?? '',
      classification: r.classification,
      managerId: r.managerId,
      notes: r.notes,
    };
  }
  const parent = defaults.parent;
  return {
    name: '',
    shortName: '',
    level: parent ? String(Math.min(parent.level + 1, 3)) : '1',
    parentId: parent?.id ?? null,
    type: parent?.type ?? null,
    status: 'active',
    fields: [],
    tags: [],
    region: '',
    address: '',
    cooperationStart: '',
    classification: defaults.classification,
    managerId: defaults.managerId ?? null,
    notes: '',
  };
}

/**
 * The repository input. The manager's name is copied onto the customer (it must read right after
 * the manager leaves); `knownManagerName` is the record's current one, for a manager no longer listed.
 */
export function fromFormValues(values: CustomerFormValues, managers: readonly { id: string; name: string }[], knownManagerName = ''): unknown {
  const manager = managers.find((m) => m.id === values.managerId);
  return {
    ...values,
    level: Number(values.level),
    parentId: values.level === '1' ? null : values.parentId,
    type: values.type ?? '',
    cooperationStart: normaliseDayInput(values.cooperationStart),
    managerId: values.managerId,
    managerName: values.managerId ? (manager?.name ?? knownManagerName) : '',
  };
}

/**
 * '2026-3-5', '2026/03/05', '2026.3.5', '2026年3月5日', full-width digits → '2026-03-05'. Anything
 * else is returned trimmed, unchanged, for the repository to reject with its message (a typo must
 * never be "corrected" into some other day). Whether the day exists is the repository's check.
 */
export const normaliseDayInput: (text: string) => string = normaliseDayText;

/** The form input that shows a repository field error ('fields.2' → 'fields'); null: a form-level error. */
export function formFieldOf(path: string): keyof CustomerFormValues | null {
  const head = path.split('.')[0]!;
  if (head === 'managerName') return 'managerId';
  const fields: readonly string[] = [
    'name',
    'shortName',
    'level',
    'parentId',
    'type',
    'status',
    'fields',
    'tags',
    'region',
    'address',
    'cooperationStart',
    'classification',
    'managerId',
    'notes',
  ];
  return fields.includes(head) ? (head as keyof CustomerFormValues) : null;
}

/** The cells of a spreadsheet row pasted into one field (tab-separated), trimmed; one cell when there is no tab. */
export function cellsOf(text: string): string[] {
  return text
    .split(/\t/)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
}

/**
 * A row pasted into 单位名称 ("中国电子科技集团有限公司⇥电科⇥025-51821234") split the way such rows are
 * laid out: the first cell is the name, the second the short name (unless one is typed already).
 * Nothing is guessed beyond that: the other cells (a phone belongs to a contact) are returned as
 * `leftOver` for the form to show, never dropped silently.
 */
export function splitPastedName(values: CustomerFormValues): { values: CustomerFormValues; leftOver: string[] } {
  const [name = '', ...rest] = cellsOf(values.name);
  const takesShort = values.shortName.trim() === '' && rest.length > 0;
  return {
    values: { ...values, name, shortName: takesShort ? rest[0]! : values.shortName },
    leftOver: takesShort ? rest.slice(1) : rest,
  };
}
