import Dexie, { type Collection } from 'dexie';
import type { AuditEntry, AuditOutcome } from '../../core/audit/types';
import type { AirgapDb } from '../db';

/**
 * The auditor's viewer: the log newest first, filtered, a page at a time. Each page walks ONE index
 * from `before` downwards and stops after `limit` matches, so a page costs the same at entry 10 as
 * at entry 1,000,000 and the table is never loaded whole.
 */
export interface AuditFilter {
  userId?: string;
  action?: string;
  /** ISO instants, both inclusive. */
  from?: string;
  to?: string;
  /** The id of the object the action was about (a customer, a user, a file). */
  objectId?: string;
  outcome?: AuditOutcome;
}

export interface AuditPageRequest {
  /** Only entries with a smaller seq: the previous page's `nextBefore` (none: from the newest). */
  before?: number;
  limit: number;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Where the next page starts, or null when this was the last. */
  nextBefore: number | null;
}

/** The compound indexes whose second part is seq (schema.ts): an equality filter and a seq range in one key range. */
const EQUALITY_INDEXES = [
  ['objectId', '[object.id+seq]'],
  ['userId', '[userId+seq]'],
  ['action', '[action+seq]'],
] as const;

export async function auditPage(db: AirgapDb, filter: AuditFilter, request: AuditPageRequest): Promise<AuditPage> {
  const before = request.before ?? Infinity;
  const { collection, handled } = chooseIndex(db, filter, before);
  const rest = remainingTest(filter, handled, before);
  const matches = rest ? collection.filter(rest) : collection;
  const entries = await matches.limit(request.limit).toArray();
  return { entries, nextBefore: entries.length === request.limit ? entries[entries.length - 1]!.seq : null };
}

/** The most selective index the filter allows (an object, a user, an action, then time, then seq), newest first. */
function chooseIndex(
  db: AirgapDb,
  filter: AuditFilter,
  before: number,
): { collection: Collection<AuditEntry, number>; handled: keyof AuditFilter | 'at' | null } {
  for (const [field, index] of EQUALITY_INDEXES) {
    const value = filter[field];
    if (value !== undefined) return { collection: db.audit.where(index).between([value, 0], [value, before], true, false).reverse(), handled: field };
  }
  if (filter.from !== undefined || filter.to !== undefined) {
    const range = db.audit.where('at').between(filter.from ?? '', filter.to ?? Dexie.maxKey, true, true);
    return { collection: range.reverse(), handled: 'at' };
  }
  return { collection: db.audit.where('seq').below(before).reverse(), handled: null };
}

/** What the chosen index did not decide, as one test (null: nothing left, so the read stays a plain getAll). */
function remainingTest(filter: AuditFilter, handled: keyof AuditFilter | 'at' | null, before: number): ((entry: AuditEntry) => boolean) | null {
  const tests: Array<(entry: AuditEntry) => boolean> = [];
  if (filter.objectId !== undefined && handled !== 'objectId') tests.push((e) => e.object?.id === filter.objectId);
  if (filter.userId !== undefined && handled !== 'userId') tests.push((e) => e.userId === filter.userId);
  if (filter.action !== undefined && handled !== 'action') tests.push((e) => e.action === filter.action);
  if (handled !== 'at') {
    if (filter.from !== undefined) tests.push((e) => e.at >= filter.from!);
    if (filter.to !== undefined) tests.push((e) => e.at <= filter.to!);
  } else if (before !== Infinity) tests.push((e) => e.seq < before);
  if (filter.outcome !== undefined) tests.push((e) => e.outcome === filter.outcome);
  return tests.length === 0 ? null : (entry) => tests.every((test) => test(entry));
}

/**
 * The distinct actions in the log, sorted, for the filter's list: a skip scan of `[action+seq]` —
 * one single-row read per action, jumping past all of an action's entries at once.
 */
export async function auditActions(db: AirgapDb): Promise<string[]> {
  const actions: string[] = [];
  let next = await db.audit.orderBy('[action+seq]').first();
  while (next) {
    actions.push(next.action);
    next = await db.audit.where('[action+seq]').above([next.action, Infinity]).first();
  }
  return actions;
}
