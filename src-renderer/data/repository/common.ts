/**
 * The helpers every repository folder shares (archive, grading, complaints, satisfaction): input
 * parsing, refusals, live-row filters, the write transaction and the live-customer check. Neutral:
 * it imports no repository folder, so those folders need not import each other for them.
 */
import type { z } from 'zod';
import { localDateOf } from '../../core/timeline';
import { chinaDayOf } from '../../core/complaints';
import type { Envelope } from '../../core/envelope';
import type { IsoDate } from '../../core/model';
import { fieldErrorsOf, ValidationError } from '../../core/validation';
import type { AirgapDb } from '../db';
import { RecordNotFoundError, writeScope } from '../records';
import type { RecordTable } from '../schema';
import type { WriteContext } from '../write-context';
import type { CustomerRecord } from '../rows/archive';

/** Parses form input with a core schema; refusal is a ValidationError (field → i18n key), before any write. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** Refuses with one message; `_` is the whole record (no single field to mark). */
export function refuse(field: string, key: string): never {
  throw new ValidationError({ [field]: key });
}

/**
 * The input with fields the repository decides (the customer a child belongs to): a form cannot
 * move a contact to another customer by sending another id. Non-objects are left to the schema.
 */
export function withFields(input: unknown, fields: Record<string, unknown>): unknown {
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? { ...input, ...fields } : input;
}

/** The local calendar day of the write, unless the caller says which day it is. */
export function todayOf(ctx: WriteContext, today?: IsoDate): IsoDate {
  return today ?? localDateOf(ctx.now().toISOString());
}

/**
 * The office day of the write (China time, as complaint days and numbers count): the last day a
 * date that says something happened may name (core/customers/happened.ts).
 */
export function officeDayOf(ctx: WriteContext): IsoDate {
  return chinaDayOf(ctx.now().toISOString());
}

export const isLiveRow = (row: Pick<Envelope, 'deletedAt'> | undefined): boolean => row !== undefined && row.deletedAt === null;

export function liveOnly<T extends Pick<Envelope, 'deletedAt'>>(rows: readonly (T | undefined)[]): T[] {
  return rows.filter((r): r is T => isLiveRow(r));
}

/** Code-unit order: pinyin sort keys and ISO dates compare correctly as plain strings. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The first `limit` live rows of an ordered index read, paging past deleted ones (there are few),
 * so a list never walks a big table with a filtering cursor. `keep` leaves out more rows (those
 * of customers outside the reader's data scope, issue 15.3); without it nothing else is tested.
 */
export async function takeLive<T extends Pick<Envelope, 'deletedAt'>>(
  page: (offset: number, count: number) => Promise<T[]>,
  limit: number,
  keep?: (row: T) => boolean,
): Promise<T[]> {
  const size = Math.max(limit + 10, 20);
  const out: T[] = [];
  for (let offset = 0; out.length < limit; offset += size) {
    const rows = await page(offset, size);
    const live = liveOnly(rows);
    out.push(...(keep ? live.filter(keep) : live));
    if (rows.length < size) break;
  }
  return out.slice(0, limit);
}

/** One read-write transaction over the named tables and what records.ts writes with them (nested writes reuse it). */
export function inTransaction<T>(db: AirgapDb, tables: readonly RecordTable[], scope: () => Promise<T>): Promise<T> {
  return db.transaction('rw', writeScope(db, tables), scope);
}

/**
 * The customer a child record belongs to, which must be live: a missing one is a programming error
 * (RecordNotFoundError); a deleted one is refused, so nothing is added or restored under it.
 */
export async function liveCustomer(db: AirgapDb, customerId: string): Promise<CustomerRecord> {
  const customer = await db.customers.get(customerId);
  if (!customer) throw new RecordNotFoundError('customers', customerId);
  if (customer.deletedAt !== null) refuse('_', 'validation.customerDeleted');
  return customer;
}
