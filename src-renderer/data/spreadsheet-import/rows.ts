/**
 * The rows of a customer sheet turned into what the archive would store, checked by the archive's
 * own schemas (core/customers: the rules every form and file obeys), grouped into customers and
 * compared for duplicates. Pure: the archive's customers and managers are passed in (analyse.ts reads them).
 */
import type { z } from 'zod';
import type { ClassificationLevel } from '../../core/classification';
import { contactFieldsSchema, customerSchema, findDuplicateCandidates } from '../../core/customers';
import type { IsoDate } from '../../core/model';
import { duplicateKey, duplicateKeyOfSortKey, normalisedName } from '../../core/search';
import { fieldErrorsOf } from '../../core/validation';
import type { CustomerRecord, ManagerRecord } from '../rows/archive';
import type { AnalysedRow, ArchiveMatch, ImportAnalysis, ImportGroup, RowProblem, SheetField, SheetRow } from './types';
import { SHEET_CONTACT_FIELDS, SHEET_CUSTOMER_FIELDS } from './types';

/** Any well-formed id: the schema checks a contact's customer id, which a row to import does not have yet. */
const NO_CUSTOMER_YET = '00000000-0000-7000-8000-000000000000';

/** The archive field behind each customer column (the form's field names). */
const CUSTOMER_FIELD_OF: Record<(typeof SHEET_CUSTOMER_FIELDS)[number], string> = {
  'customer.name': 'name',
  'customer.shortName': 'shortName',
  'customer.type': 'type',
  'customer.region': 'region',
  'customer.address': 'address',
  'customer.cooperationStart': 'cooperationStart',
  'customer.managerName': 'managerName',
  'customer.tags': 'tags',
  'customer.notes': 'notes',
};
const CONTACT_FIELD_OF: Record<(typeof SHEET_CONTACT_FIELDS)[number], string> = {
  'contact.name': 'name',
  'contact.title': 'title',
  'contact.department': 'department',
  'contact.phones': 'phones',
  'contact.notes': 'notes',
};

/** What a new customer gets that no column gives: the department's default mark, the signed-in manager. */
export interface RowDefaults {
  classification: ClassificationLevel;
  /** The signed-in user's own 客户经理 record, for rows that name no manager (null: none). */
  managerId: string | null;
  today: IsoDate;
  localPhoneNote?: LocalPhoneNote;
}

/** A cell counts when it holds something: '' and an empty list are blank cells. */
export function filled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** The customer fields a row fills, under the archive's names (managerName as written). */
export function customerPatchOf(values: SheetRow['values']): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const field of SHEET_CUSTOMER_FIELDS) if (filled(values[field])) patch[CUSTOMER_FIELD_OF[field]] = values[field];
  return patch;
}

/** How a contact's notes keep the local landlines written without an area code (the screen words it). */
export type LocalPhoneNote = (phones: readonly string[]) => string;
const plainList: LocalPhoneNote = (phones) => phones.join(' ');

/**
 * The contact a row describes, or null when it fills no contact column. Local landlines without an
 * area code (not valid archive phones) are kept in its notes, never dropped.
 */
export function contactOf(row: Pick<SheetRow, 'values' | 'localPhones'>, note: LocalPhoneNote = plainList): Record<string, unknown> | null {
  const contact: Record<string, unknown> = {};
  for (const field of SHEET_CONTACT_FIELDS) if (filled(row.values[field])) contact[CONTACT_FIELD_OF[field]] = row.values[field];
  if (row.localPhones && row.localPhones.length > 0)
    contact.notes = [contact.notes, note(row.localPhones)].filter((n) => typeof n === 'string' && n !== '').join('\n');
  return Object.keys(contact).length === 0 ? null : contact;
}

export type ManagersByName = ReadonlyMap<string, ManagerRecord>;

export function managersByName(managers: readonly ManagerRecord[]): ManagersByName {
  return new Map(managers.filter((m) => m.deletedAt === null).map((m) => [m.name.trim(), m]));
}

/**
 * The whole input of a new customer from a row: a group (level 1, no parent: a sheet has no
 * hierarchy), type 其他 when the sheet gives none, the manager the row names (by name, among ours).
 */
export function newCustomerInput(values: SheetRow['values'], managers: ManagersByName, defaults: RowDefaults): Record<string, unknown> {
  const patch = customerPatchOf(values);
  const named = typeof patch.managerName === 'string' ? managers.get(patch.managerName.trim()) : undefined;
  const manager = named ?? null;
  return {
    level: 1,
    parentId: null,
    type: 'other',
    fields: [],
    status: 'active',
    tags: [],
    notes: '',
    shortName: '',
    region: '',
    address: '',
    cooperationStart: null,
    classification: defaults.classification,
    ...patch,
    managerId: manager?.id ?? (patch.managerName === undefined ? defaults.managerId : null),
    managerName: manager?.name ?? (patch.managerName === undefined ? '' : patch.managerName),
  };
}

function problemsOf(error: z.ZodError, fieldOf: (path: string) => string | null): RowProblem[] {
  return Object.entries(fieldErrorsOf(error)).map(([path, message]) => ({ field: fieldOf(path), message }));
}

const sheetFieldOf = (prefix: 'customer' | 'contact') => (path: string) => (path === '_' ? null : `${prefix}.${path.split('.')[0]}`);

/**
 * The customer schema of a day, made once: building one per row (its refinement closes over the
 * day) cost more than the parse itself — a quarter of a 20,000-row preview.
 */
const schemaOfDay = new Map<IsoDate, ReturnType<typeof customerSchema>>();
export function customerSchemaOf(today: IsoDate): ReturnType<typeof customerSchema> {
  let schema = schemaOfDay.get(today);
  if (!schema) {
    schema = customerSchema(today);
    schemaOfDay.clear();
    schemaOfDay.set(today, schema);
  }
  return schema;
}

/** The archive's own rules over one row: what the customer and contact schemas refuse, and an unknown manager. */
export function archiveProblems(row: Pick<SheetRow, 'values' | 'localPhones'>, managers: ManagersByName, defaults: RowDefaults): RowProblem[] {
  const values = row.values;
  const problems: RowProblem[] = [];
  const managerName = values['customer.managerName'];
  if (filled(managerName) && typeof managerName === 'string' && !managers.has(managerName.trim())) {
    problems.push({ field: 'customer.managerName', message: 'spreadsheetImport.problem.unknownManager', params: { name: managerName.trim() } });
  }
  const customer = customerSchemaOf(defaults.today).safeParse(newCustomerInput(values, managers, defaults));
  if (!customer.success) problems.push(...problemsOf(customer.error, sheetFieldOf('customer')).filter((p) => p.field !== 'customer.managerName'));
  const contact = contactOf(row, defaults.localPhoneNote);
  if (contact) {
    const parsed = contactFieldsSchema.safeParse({ ...contact, customerId: NO_CUSTOMER_YET, primary: false });
    if (!parsed.success) problems.push(...problemsOf(parsed.error, sheetFieldOf('contact')));
  }
  return problems;
}

function withoutRepeats(problems: readonly RowProblem[]): RowProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.field ?? '_'}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A later row of the same customer that writes a customer field differently from the lead row. */
function differsFromLead(values: SheetRow['values'], lead: SheetRow['values']): boolean {
  const mine = customerPatchOf(values);
  const theirs = customerPatchOf(lead);
  return Object.keys(mine).some((k) => k !== 'name' && JSON.stringify(mine[k]) !== JSON.stringify(theirs[k]));
}

type Existing = Pick<CustomerRecord, 'id' | 'name' | 'sortKey'>;

/** Index of the archive's live customers by normalised name and by sound (the stored sort keys: no pinyin work). */
export class ArchiveNames {
  private readonly byName = new Map<string, Existing[]>();
  private readonly bySound = new Map<string, Existing[]>();

  constructor(customers: readonly Existing[]) {
    for (const c of customers) {
      push(this.byName, normalisedName(c.name), c);
      push(this.bySound, duplicateKeyOfSortKey(c.sortKey), c);
    }
  }

  /** The same candidates, in the same order, as the new-customer form's duplicate check (core findDuplicateCandidates). */
  matches(name: string, sound: string = duplicateKey(name)): ArchiveMatch[] {
    const near = new Set([...(this.byName.get(normalisedName(name)) ?? []), ...(this.bySound.get(sound) ?? [])]);
    // Most names of a file are new: no candidate, no second pinyin pass.
    return near.size === 0 ? [] : findDuplicateCandidates(name, [...near]);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The preview's verdict on every row: its problems (the sheet's, then the archive's), the customer
 * it belongs to, and each customer's possible duplicates in the archive and earlier in the file.
 * Rows of the same normalised name are one customer (one row per contact); a later row that gives
 * that customer other field values is refused (which is right cannot be guessed).
 */
export function analyseRows(sheetRows: readonly SheetRow[], archive: ArchiveNames, managers: ManagersByName, defaults: RowDefaults): ImportAnalysis {
  const groups = new Map<string, ImportGroup & { lead: SheetRow['values'] }>();
  const bySound = new Map<string, ImportGroup>();
  const rows: AnalysedRow[] = [];
  for (const sheetRow of sheetRows) {
    const errors = withoutRepeats([...sheetRow.errors, ...archiveProblems(sheetRow, managers, defaults)]);
    const name = typeof sheetRow.values['customer.name'] === 'string' ? sheetRow.values['customer.name'] : '';
    const key = normalisedName(name);
    if (errors.length > 0 || key === '') {
      rows.push({ ...sheetRow, errors, group: null });
      continue;
    }
    const existing = groups.get(key);
    if (existing) {
      if (differsFromLead(sheetRow.values, existing.lead)) {
        const differs = { field: null, message: 'spreadsheetImport.problem.differsFromRow', params: { row: existing.rows[0]! } };
        rows.push({ ...sheetRow, errors: [differs], group: null });
        continue;
      }
      existing.rows.push(sheetRow.row);
      rows.push({ ...sheetRow, errors, group: key });
      continue;
    }
    const sound = duplicateKey(name);
    const earlier = sound === '' ? undefined : bySound.get(sound);
    const archiveMatches = archive.matches(name, sound);
    const fileMatch = earlier ? { row: earlier.rows[0]!, name: earlier.name } : null;
    const proposed = archiveMatches.length > 0 || fileMatch ? 'skip' : 'create';
    const group: ImportGroup & { lead: SheetRow['values'] } = { key, name, rows: [sheetRow.row], archiveMatches, fileMatch, proposed, lead: sheetRow.values };
    groups.set(key, group);
    if (sound !== '' && !earlier) bySound.set(sound, group);
    rows.push({ ...sheetRow, errors, group: key });
  }
  return { rows, groups: [...groups.values()].map(({ lead: _lead, ...g }) => g) };
}

export type { SheetField };
