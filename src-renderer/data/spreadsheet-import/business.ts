/**
 * Yearly business figures (年度经营数据) and settlements (回款记录) from a sheet (issue 16.3): each row names
 * its customer by name (the same normalised name, one live customer), is checked by the archive's own
 * schemas, and is written through the business repositories in ONE transaction, named and undoable
 * like a customer import. A year the customer already has is a duplicate (跳过 or 更新 its figures); a
 * receivable with the same due day and amount is a duplicate (跳过 or 新建).
 */
import { requireRecordWrite } from '../../core/accounts';
import { benefitYearFieldsSchema, overpaidWan, settlementEntrySchema } from '../../core/customers';
import { ENVELOPE_FIELDS } from '../../core/envelope';
import { newId } from '../../core/ids';
import { normalisedName } from '../../core/search';
import { fieldErrorsOf } from '../../core/validation';
import { createBenefitYear, createSettlement, updateBenefitYear } from '../customers';
import type { AirgapDb } from '../db';
import { writeScope } from '../records';
import { liveOnly, officeDayOf } from '../repository/common';
import type { BenefitYearRecord, CustomerRecord, SettlementRecord } from '../rows/archive';
import type { WriteContext } from '../write-context';
import { ImportCancelledError, type CommitOptions } from './commit';
import { recordImport, requireFileName } from './records';
import type { ImportAction, ImportRecord, LeftOutRow, RowProblem, UpdatedRecord } from './types';

export type BusinessKind = 'figures' | 'settlements';

/** A figures or settlements row as core's preview gives it (values keyed `figures.*` / `settlement.*`). */
export interface BusinessSheetRow {
  readonly row: number;
  /** Core's FiguresSheetValues or SettlementSheetValues (read by key: `valueOf`). */
  readonly values: object;
  readonly errors: readonly RowProblem[];
  readonly warnings?: readonly RowProblem[];
}

export interface BusinessRow extends BusinessSheetRow {
  /** The customer the row names; null when the row has errors. */
  customer: { id: string; name: string } | null;
  /** The record the row may duplicate: the customer's row of that year, or an identical receivable. */
  existing: { id: string; label: string } | null;
  proposed: ImportAction;
}

export interface BusinessAnalysis {
  kind: BusinessKind;
  rows: BusinessRow[];
}

/** Decisions by sheet row number; a row without one takes its proposal. */
export type BusinessDecisions = ReadonlyMap<number, ImportAction>;

/** A value of a row by its field key (`figures.year`…): undefined when the cell was blank. */
function valueOf(values: object, key: string): unknown {
  return Object.hasOwn(values, key) ? (Reflect.get(values, key) as unknown) : undefined;
}

const NAME_FIELD = { figures: 'figures.customerName', settlements: 'settlement.customerName' } as const;
const PREFIX = { figures: 'figures', settlements: 'settlement' } as const;

/** The archive's fields of a row (the repository's input, without the customer). */
function inputOf(kind: BusinessKind, values: object): Record<string, unknown> {
  const v = (key: string) => valueOf(values, key);
  if (kind === 'figures') return { year: v('figures.year'), contractWan: v('figures.contractWan') ?? 0, benefitWan: v('figures.benefitWan') ?? 0 };
  return {
    receivableWan: v('settlement.receivableWan'),
    dueDate: v('settlement.dueDate'),
    paidDate: v('settlement.paidDate') ?? null,
    amountPaidWan: v('settlement.amountPaidWan') ?? null,
  };
}

function schemaProblems(kind: BusinessKind, input: Record<string, unknown>, customerId: string, ctx: WriteContext): RowProblem[] {
  const schema = kind === 'figures' ? benefitYearFieldsSchema : settlementEntrySchema(officeDayOf(ctx));
  const parsed = schema.safeParse({ ...input, customerId });
  const problems: RowProblem[] = parsed.success
    ? []
    : Object.entries(fieldErrorsOf(parsed.error)).map(([path, message]) => ({ field: path === '_' ? null : `${PREFIX[kind]}.${path}`, message }));
  // An overpayment is legal but asked about in the form; a sheet cannot be asked: the row is left out.
  if (kind === 'settlements' && parsed.success && 'receivableWan' in parsed.data && overpaidWan(parsed.data) > 0) {
    problems.push({ field: 'settlement.amountPaidWan', message: 'spreadsheetImport.problem.overpaid' });
  }
  return problems;
}

/**
 * The preview of a figures or settlements sheet against the archive: each row's customer (by its
 * normalised name among the live customers: none or several is an error), the archive's rules, and
 * a possible duplicate (the year the customer has; an identical receivable; or the same year twice
 * in the file, which is an error on the later row).
 */
export async function analyseBusinessSheet(db: AirgapDb, kind: BusinessKind, rows: readonly BusinessSheetRow[], ctx: WriteContext): Promise<BusinessAnalysis> {
  const customers = liveOnly(await db.customers.toArray());
  const byName = new Map<string, CustomerRecord[]>();
  for (const c of customers) byName.set(normalisedName(c.name), [...(byName.get(normalisedName(c.name)) ?? []), c]);
  const seen = new Map<string, number>();
  const out: BusinessRow[] = [];
  for (const sheetRow of rows) {
    const name = String(valueOf(sheetRow.values, NAME_FIELD[kind]) ?? '');
    const matches = byName.get(normalisedName(name)) ?? [];
    const errors: RowProblem[] = [...sheetRow.errors];
    if (name !== '' && matches.length === 0) errors.push({ field: NAME_FIELD[kind], message: 'spreadsheetImport.problem.noCustomer', params: { name } });
    if (matches.length > 1)
      errors.push({ field: NAME_FIELD[kind], message: 'spreadsheetImport.problem.manyCustomers', params: { name, count: matches.length } });
    const customer = matches.length === 1 ? matches[0]! : null;
    const input = inputOf(kind, sheetRow.values);
    if (customer) errors.push(...schemaProblems(kind, input, customer.id, ctx).filter((p) => !errors.some((e) => e.field === p.field)));
    if (errors.length > 0 || !customer) {
      out.push({ ...sheetRow, errors, customer: null, existing: null, proposed: 'skip' });
      continue;
    }
    const key = kind === 'figures' ? `${customer.id}|${String(input.year)}` : `${customer.id}|${String(input.dueDate)}|${String(input.receivableWan)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined && kind === 'figures') {
      out.push({
        ...sheetRow,
        errors: [{ field: null, message: 'spreadsheetImport.problem.sameYearInFile', params: { row: earlier } }],
        customer: null,
        existing: null,
        proposed: 'skip',
      });
      continue;
    }
    seen.set(key, sheetRow.row);
    const existing = await existingRecord(db, kind, customer.id, input);
    const proposed: ImportAction = existing || earlier !== undefined ? 'skip' : 'create';
    out.push({ ...sheetRow, errors, customer: { id: customer.id, name: customer.name }, existing, proposed });
  }
  return { kind, rows: out };
}

async function existingRecord(db: AirgapDb, kind: BusinessKind, customerId: string, input: Record<string, unknown>): Promise<BusinessRow['existing']> {
  if (kind === 'figures') {
    const rows = liveOnly(
      await db.benefits
        .where('[customerId+year]')
        .equals([customerId, Number(input.year)])
        .toArray(),
    );
    return rows[0] ? { id: rows[0].id, label: String(rows[0].year) } : null;
  }
  const rows = liveOnly(await db.settlements.where('customerId').equals(customerId).toArray());
  const same = rows.find((s) => s.dueDate === input.dueDate && s.receivableWan === input.receivableWan);
  return same ? { id: same.id, label: same.dueDate } : null;
}

/** The action of a row: the user's decision, else the proposal; `update` only for a year the customer has. */
export function businessActionOf(row: BusinessRow, kind: BusinessKind, decisions: BusinessDecisions): ImportAction | null {
  if (row.customer === null) return null;
  const action = decisions.get(row.row) ?? row.proposed;
  if (kind === 'figures') return row.existing ? (action === 'create' ? 'skip' : action) : action === 'update' ? 'create' : action;
  return action === 'update' ? row.proposed : action;
}

export function businessLeftOut(analysis: BusinessAnalysis, decisions: BusinessDecisions): LeftOutRow[] {
  return analysis.rows.flatMap((r): LeftOutRow[] => {
    const action = businessActionOf(r, analysis.kind, decisions);
    if (action === null) return [{ row: r.row, values: r.values, reasons: [...r.errors] }];
    if (action !== 'skip') return [];
    const reason: RowProblem = r.existing
      ? { field: null, message: 'spreadsheetImport.leftOut.skippedRecord', params: { name: r.customer!.name, label: r.existing.label } }
      : { field: null, message: 'spreadsheetImport.leftOut.skipped' };
    return [{ row: r.row, values: r.values, reasons: [reason] }];
  });
}

function fieldsOf(record: object): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...record };
  for (const key of ENVELOPE_FIELDS) delete fields[key];
  return fields;
}

/**
 * Writes the previewed rows in ONE transaction through the repositories (createBenefitYear,
 * updateBenefitYear, createSettlement: their validation and rules), with the import's record and
 * audit entry; a cancel or any failure writes nothing.
 */
export async function commitBusinessImport(
  db: AirgapDb,
  input: { fileName: string; analysis: BusinessAnalysis; decisions: BusinessDecisions },
  ctx: WriteContext,
  options: CommitOptions = {},
): Promise<{ record: ImportRecord; leftOut: LeftOutRow[] }> {
  requireFileName(input.fileName);
  const { kind } = input.analysis;
  const table = kind === 'figures' ? 'benefits' : 'settlements';
  const work = input.analysis.rows.flatMap((r) => {
    const action = businessActionOf(r, kind, input.decisions);
    return action === 'create' || action === 'update' ? [{ r, action }] : [];
  });
  if (work.some((w) => w.action === 'create')) requireRecordWrite(ctx.actor, table, 'create');
  if (work.some((w) => w.action === 'update')) requireRecordWrite(ctx.actor, table, 'update');
  const leftOut = businessLeftOut(input.analysis, input.decisions);
  // Every change entry of the import names it (the customer's history shows 导入表格《file》).
  const id = newId();
  const importCtx: WriteContext = { ...ctx, source: { kind: 'spreadsheetImport', id, fileName: input.fileName } };
  const record = await db.transaction('rw', [...writeScope(db, [table, 'customers']), db.meta], async () => {
    const created: string[] = [];
    const updated: UpdatedRecord[] = [];
    let done = 0;
    for (const { r, action } of work) {
      if (options.signal?.aborted) throw new ImportCancelledError();
      const values = inputOf(kind, r.values);
      if (kind === 'settlements') created.push((await createSettlement(db, r.customer!.id, values, importCtx)).id);
      else if (action === 'create') created.push((await createBenefitYear(db, r.customer!.id, values, importCtx)).id);
      else {
        const before = (await db.benefits.get(r.existing!.id)) as BenefitYearRecord;
        const after = await updateBenefitYear(db, before.id, values, importCtx);
        if (after.rev !== before.rev) updated.push({ table: 'benefits', id: before.id, before: fieldsOf(before), rev: after.rev });
      }
      done += 1;
      if (done % 200 === 0 || done === work.length) options.onProgress?.({ done, total: work.length });
    }
    const made: ImportRecord = {
      id,
      kind,
      fileName: input.fileName,
      at: ctx.now().toISOString(),
      by: ctx.actor.name,
      byId: ctx.actor.userId,
      created: { customers: [], contacts: [], [table]: created },
      updated,
      counts: {
        created: created.length,
        updated: updated.length,
        contacts: 0,
        skipped: leftOut.filter((l) => l.reasons[0]?.message.startsWith('spreadsheetImport.leftOut.')).length,
        leftOut: leftOut.length,
      },
      undone: null,
    };
    await recordImport(db, ctx, made, { kind: table });
    return made;
  });
  return { record, leftOut };
}

export type { SettlementRecord };
