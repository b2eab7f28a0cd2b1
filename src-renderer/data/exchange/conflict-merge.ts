import { checkBackupRecord } from '../../core/backup';
import { ENVELOPE_FIELDS } from '../../core/envelope';
import { withContactKeys, withCustomerKeys, type ContactValues, type CustomerValues } from '../../core/customers';
import { withManagerKey } from '../customers';
import { ValidationError } from '../../core/validation';
import type { AnyRecord, ConflictRow, ConflictSide } from '../rows/exchange';

/**
 * A conflict resolved field by field (issue 17.8): which fields are offered, and the version made
 * of the chosen sides. Pure: conflicts.ts writes it through records.ts like any edit.
 */

/** Derived on every save from other fields: recomputed for the merged version, never offered. */
const DERIVED = new Set(['sortKey', 'searchKeys']);
/** An id that goes with the name beside it: the two are taken from the same side, offered as the name. */
const COMPANION_OF: Record<string, string> = { managerId: 'managerName', fromManagerId: 'fromManagerName', toManagerId: 'toManagerName' };
/** Where the record belongs: a record moved to another customer on one side is taken whole, not mixed. */
const WHOLE_ONLY = new Set(['customerId']);

const isEnvelope = (k: string) => (ENVELOPE_FIELDS as readonly string[]).includes(k);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields the user chooses between: those in which the versions differ, in the record's own
 * field order, without envelope and derived fields; an id that differs is offered as its name
 * (the manager's id as 客户经理) even when the two names read the same.
 */
export function conflictFields(winner: Record<string, unknown> | undefined, loser: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(winner ?? {}), ...Object.keys(loser)])];
  const offered = new Set<string>();
  for (const k of keys) {
    if (isEnvelope(k) || DERIVED.has(k) || WHOLE_ONLY.has(k) || same(winner?.[k], loser[k])) continue;
    offered.add(COMPANION_OF[k] ?? k);
  }
  return keys.filter((k) => offered.has(k)).concat([...offered].filter((k) => !keys.includes(k)));
}

/**
 * Why the versions cannot be mixed at all (a record deleted on one side, or moved to another
 * customer), as an i18n key; null when they can. Then only a whole version can be kept.
 */
export function mergeUnavailable(winner: AnyRecord | undefined, loser: AnyRecord): 'exchange.conflicts.mergeUnavailable' | null {
  if (!winner || winner.deletedAt !== null || loser.deletedAt !== null) return 'exchange.conflicts.mergeUnavailable';
  for (const k of WHOLE_ONLY) if (!same(winner[k], loser[k])) return 'exchange.conflicts.mergeUnavailable';
  return null;
}

/** The choice covers exactly the offered fields, each from one side: anything else is refused (the record changed meanwhile). */
export function checkFieldChoice(offered: readonly string[], fields: Record<string, unknown>): Record<string, ConflictSide> {
  const keys = Object.keys(fields);
  const fits = keys.length === offered.length && offered.every((f) => Object.hasOwn(fields, f) && (fields[f] === 'winner' || fields[f] === 'loser'));
  if (!fits) throw new ValidationError({ _: 'exchange.conflicts.mergeStale' });
  return Object.fromEntries(offered.map((f) => [f, fields[f] as ConflictSide]));
}

/** The fields a kind derives from others, recomputed from the merged values by the helpers its repository saves with. */
function withDerivedFields(kind: string, merged: Record<string, unknown>): Record<string, unknown> {
  if (kind === 'customers') return withCustomerKeys(merged as CustomerValues);
  if (kind === 'contacts') return withContactKeys(merged as ContactValues);
  if (kind === 'managers') return withManagerKey(merged as { name: string });
  return merged;
}

/**
 * The merged version: the winner with each field chosen 'loser' taken from the loser (an id with
 * its name), derived fields recomputed. Checked with the kind's own schema, as a backup or an
 * incoming file is: a combination that does not hold together (a group with a parent unit) is
 * refused with a ValidationError (one message for the whole choice), and nothing is written.
 * Returns the non-envelope fields to write.
 */
export function mergedFields(row: ConflictRow, winner: AnyRecord, fields: Record<string, ConflictSide>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...winner };
  // A field the loser has not is written as absent (undefined), as the loser would be.
  const takeFromLoser = (k: string) => {
    merged[k] = Object.hasOwn(row.loser, k) ? row.loser[k] : undefined;
  };
  for (const [f, side] of Object.entries(fields)) if (side === 'loser') takeFromLoser(f);
  for (const [id, name] of Object.entries(COMPANION_OF)) if (fields[name] === 'loser') takeFromLoser(id);
  const derived = withDerivedFields(row.kind, merged);
  const verdict = checkBackupRecord(row.kind, derived);
  // One message for the whole choice (the table has no field messages): the schema's English `problem` is no
  // message key and is not shown to the user.
  if (!verdict.ok) throw new ValidationError({ _: 'exchange.conflicts.mergeInvalid' });
  return Object.fromEntries(Object.entries(derived).filter(([k]) => !isEnvelope(k)));
}
