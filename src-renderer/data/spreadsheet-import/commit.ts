import { requireRecordWrite } from '../../core/accounts';
import type { ClassificationLevel } from '../../core/classification';
import { contactFieldsSchema, withContactKeys, withCustomerKeys } from '../../core/customers';
import { ENVELOPE_FIELDS } from '../../core/envelope';
import { newId } from '../../core/ids';
import { contactsOf, createContact, updateContact, updateCustomer } from '../customers';
import type { AirgapDb } from '../db';
import { createRecords, RecordNotFoundError, writeScope } from '../records';
import { parseInput, todayOf } from '../repository/common';
import type { ContactRecord, CustomerRecord } from '../rows/archive';
import type { WriteContext } from '../write-context';
import { actionOf, leftOutRows } from './left-out';
import { recordImport, requireFileName } from './records';
import {
  contactOf,
  customerPatchOf,
  customerSchemaOf,
  managersByName,
  newCustomerInput,
  type LocalPhoneNote,
  type ManagersByName,
  type RowDefaults,
} from './rows';
import type { AnalysedRow, ImportAnalysis, ImportDecisions, ImportGroup, ImportProgress, ImportRecord, LeftOutRow, UpdatedRecord } from './types';

/** Thrown when the user cancels: the import's transaction is aborted, nothing was written. */
export class ImportCancelledError extends Error {
  readonly code = 'cancelled';
  constructor() {
    super('spreadsheet import cancelled');
    this.name = 'ImportCancelledError';
  }
}

export interface CommitInput {
  fileName: string;
  analysis: ImportAnalysis;
  decisions: ImportDecisions;
  /** The mark of new customers (the department's default, as the new-customer form starts with). */
  classification: ClassificationLevel;
  /** How a contact's notes keep local landlines written without an area code (the screen's words). */
  localPhoneNote?: LocalPhoneNote;
}

export interface CommitOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** New customers written per createRecords call (each one rev and one change entry). */
  chunkSize?: number;
}

export interface CommitResult {
  record: ImportRecord;
  leftOut: LeftOutRow[];
}

const DEFAULT_CHUNK = 1000;

interface Plan {
  create: ImportGroup[];
  update: ImportGroup[];
  rowsOf: Map<string, AnalysedRow[]>;
  total: number;
}

function planOf(analysis: ImportAnalysis, decisions: ImportDecisions): Plan {
  const rowsOf = new Map<string, AnalysedRow[]>();
  for (const row of analysis.rows) if (row.group !== null) rowsOf.set(row.group, [...(rowsOf.get(row.group) ?? []), row]);
  const create = analysis.groups.filter((g) => actionOf(g, decisions) === 'create');
  const update = analysis.groups.filter((g) => actionOf(g, decisions) === 'update');
  const total = [...create, ...update].reduce((n, g) => n + g.rows.length, 0);
  return { create, update, rowsOf, total };
}

/** The fields of a stored version, without its envelope: what an undo writes back. */
function fieldsOf(record: object): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...record };
  for (const key of ENVELOPE_FIELDS) delete fields[key];
  return fields;
}

class Run {
  done = 0;
  readonly created = { customers: [] as string[], contacts: [] as string[] };
  readonly updated: UpdatedRecord[] = [];
  private readonly contactsCreatedByUpdates = new Set<string>();
  constructor(
    private readonly total: number,
    private readonly options: CommitOptions,
  ) {}

  /** Between steps: a cancel aborts the transaction (throwing inside it rolls everything back). */
  step(rows: number): void {
    if (this.options.signal?.aborted) throw new ImportCancelledError();
    this.done += rows;
    this.options.onProgress?.({ done: this.done, total: this.total });
  }

  /**
   * A contact an earlier row of this import created is not an update to undo: the undo puts it in
   * the recycle bin, and it has no version from before the import to give back.
   */
  noteUpdate(table: UpdatedRecord['table'], before: CustomerRecord | ContactRecord, after: CustomerRecord | ContactRecord): void {
    if (table === 'contacts' && this.contactsCreatedByUpdates.has(before.id)) return;
    if (after.rev !== before.rev) this.updated.push({ table, id: before.id, before: fieldsOf(before), rev: after.rev });
  }

  noteContactCreated(id: string): void {
    this.created.contacts.push(id);
    this.contactsCreatedByUpdates.add(id);
  }
}

/** New customers and their contacts: validated by the archive's schemas, written in chunks through createRecords. */
async function createGroups(db: AirgapDb, plan: Plan, managers: ManagersByName, defaults: RowDefaults, ctx: WriteContext, run: Run, chunk: number) {
  const schema = customerSchemaOf(defaults.today);
  for (let i = 0; i < plan.create.length; i += chunk) {
    const groups = plan.create.slice(i, i + chunk);
    const values = groups.map((g) => withCustomerKeys(parseInput(schema, newCustomerInput(plan.rowsOf.get(g.key)![0]!.values, managers, defaults))));
    const customers = await createRecords<CustomerRecord>(
      db,
      'customers',
      values.map((v) => ({ ...v, mergedInto: null })),
      ctx,
    );
    const contacts = groups.flatMap((g, k) => {
      const people = plan.rowsOf.get(g.key)!.flatMap((r) => {
        const c = contactOf(r, defaults.localPhoneNote);
        return c ? [c] : [];
      });
      // The first contact of a new customer is its primary one (the rule contacts.ts keeps).
      return people.map((p, n) => withContactKeys(parseInput(contactFieldsSchema, { ...p, customerId: customers[k]!.id, primary: n === 0 })));
    });
    const written = await createRecords<ContactRecord>(db, 'contacts', contacts, ctx);
    run.created.customers.push(...customers.map((c) => c.id));
    run.created.contacts.push(...written.map((c) => c.id));
    run.step(groups.reduce((n, g) => n + g.rows.length, 0));
  }
}

/**
 * Customers written over their archive duplicate through the repository (updateCustomer: the
 * form's validation, hierarchy and manager rules): the row's filled cells replace the stored
 * values, empty cells change nothing. A contact of the same name is updated, another one added.
 */
async function updateGroups(db: AirgapDb, plan: Plan, managers: ManagersByName, localPhoneNote: LocalPhoneNote | undefined, ctx: WriteContext, run: Run) {
  for (const group of plan.update) {
    const targetId = group.archiveMatches[0]!.id;
    const current = await db.customers.get(targetId);
    if (!current || current.deletedAt !== null) throw new RecordNotFoundError('customers', targetId);
    const rows = plan.rowsOf.get(group.key)!;
    const patch = customerPatchOf(rows[0]!.values);
    if (typeof patch.managerName === 'string') {
      const manager = managers.get(patch.managerName.trim());
      Object.assign(patch, { managerId: manager?.id ?? null, managerName: manager?.name ?? patch.managerName });
    }
    delete patch.name;
    const after = await updateCustomer(db, targetId, { ...current, ...patch }, ctx, { allowDuplicate: true, today: todayOf(ctx) });
    run.noteUpdate('customers', current, after);
    for (const row of rows) {
      const person = contactOf(row, localPhoneNote);
      if (!person) continue;
      const same = (await contactsOf(db, targetId)).find((c) => c.name === String(person.name ?? '').trim());
      if (same) run.noteUpdate('contacts', same, await updateContact(db, same.id, { ...same, ...person }, ctx));
      else run.noteContactCreated((await createContact(db, targetId, person, ctx)).id);
    }
    run.step(group.rows.length);
  }
}

/**
 * Writes the previewed customer sheet as ONE Dexie transaction: every new customer and contact,
 * every update, the import's record (who, when, which file, what it created and updated: undo
 * reads it) and its audit entry, or nothing — a refused row, a record changed since the preview,
 * a cancel or a crash leaves the archive as it was before. Permission is checked before anything
 * is read (ForbiddenError); the data scope by each write (records.ts).
 */
export async function commitCustomerImport(db: AirgapDb, input: CommitInput, ctx: WriteContext, options: CommitOptions = {}): Promise<CommitResult> {
  requireFileName(input.fileName);
  const plan = planOf(input.analysis, input.decisions);
  if (plan.create.length > 0) requireRecordWrite(ctx.actor, 'customers', 'create');
  if (plan.update.length > 0) requireRecordWrite(ctx.actor, 'customers', 'update');
  if (plan.total > 0) requireRecordWrite(ctx.actor, 'contacts', 'create');
  const leftOut = leftOutRows(input.analysis, input.decisions);
  const run = new Run(plan.total, options);
  // Every change entry of the import names it (the customer's history shows 导入表格《file》).
  const id = newId();
  const importCtx: WriteContext = { ...ctx, source: { kind: 'spreadsheetImport', id, fileName: input.fileName } };
  const record = await db.transaction('rw', [...writeScope(db, ['customers', 'contacts']), db.meta], async () => {
    run.step(0);
    const managers = managersByName(await db.managers.toArray());
    const defaults: RowDefaults = {
      classification: input.classification,
      managerId: ctx.actor.managerId,
      today: todayOf(ctx),
      localPhoneNote: input.localPhoneNote,
    };
    await createGroups(db, plan, managers, defaults, importCtx, run, options.chunkSize ?? DEFAULT_CHUNK);
    await updateGroups(db, plan, managers, input.localPhoneNote, importCtx, run);
    const made: ImportRecord = {
      id,
      kind: 'customers',
      fileName: input.fileName,
      at: ctx.now().toISOString(),
      by: ctx.actor.name,
      byId: ctx.actor.userId,
      created: run.created,
      updated: run.updated,
      counts: {
        created: run.created.customers.length,
        updated: run.updated.filter((u) => u.table === 'customers').length,
        contacts: run.created.contacts.length,
        skipped: leftOut.filter((r) => r.reasons[0]?.message.startsWith('spreadsheetImport.leftOut.')).length,
        leftOut: leftOut.length,
      },
      undone: null,
    };
    await recordImport(db, ctx, made, { contacts: made.counts.contacts });
    return made;
  });
  return { record, leftOut };
}
