import { findDuplicateCandidates, findRenameCandidates, renamedNames, type DuplicateCandidate } from '../../core/customers';
import { duplicateKey, normalisedName } from '../../core/search';
import type { AirgapDb } from '../db';
import { liveOnly } from '../repository/common';
import { archiveTables, type CustomerRecord } from './types';

/**
 * Thrown by createCustomer and by a renaming updateCustomer when the unit may already be in the
 * archive; nothing was written. The user opens (or merges with) the existing one, or saves anyway
 * (`allowDuplicate`).
 */
export class DuplicateCustomerError extends Error {
  readonly code = 'duplicate';
  constructor(readonly candidates: DuplicateCandidate[]) {
    super(`possible duplicate of ${candidates.map((c) => c.name).join(', ')}`);
    this.name = 'DuplicateCustomerError';
  }
}

/**
 * Live customers that may match one of `names`. Every customer with the same normalised name has a
 * whole-name search key starting with it, and every same-sounding one a full-pinyin key starting
 * with the same-sound key (both keys come first in searchKeys, never cut by the cap), so prefix
 * reads of the index find them without reading all 10,000 customers; core decides which really match.
 */
async function customersSharingKeys(db: AirgapDb, names: readonly string[]): Promise<CustomerRecord[]> {
  const prefixes = [...new Set(names.flatMap((n) => [normalisedName(n), duplicateKey(n)]))].filter((p) => p !== '');
  if (prefixes.length === 0) return [];
  const customers = archiveTables(db).customers;
  const ids = await customers.where('searchKeys').startsWithAnyOf(prefixes).distinct().primaryKeys();
  return liveOnly(await customers.bulkGet(ids));
}

/** Live customers with the same normalised name or the same pinyin as `name` (a new unit). */
export async function duplicateCandidates(db: AirgapDb, name: string): Promise<DuplicateCandidate[]> {
  return findDuplicateCandidates(name, await customersSharingKeys(db, [name]));
}

type Naming = Pick<CustomerRecord, 'name' | 'shortName'>;

/** Other live customers that customer `id`, renamed from `before` to `after`, may now duplicate. */
export async function renameCandidates(db: AirgapDb, id: string, before: Naming, after: Naming): Promise<DuplicateCandidate[]> {
  const names = renamedNames(before, after);
  if (names.length === 0) return [];
  return findRenameCandidates(id, before, after, await customersSharingKeys(db, names));
}
