import { findDuplicateCandidates, type DuplicateCandidate } from '../../core/archive-domain';
import { duplicateKey, normalisedName } from '../../core/search';
import type { AirgapDb } from '../db';
import { liveOnly } from './common';
import { archiveTables } from './types';

/**
 * Thrown by createCustomer when the unit may already be in the archive; nothing was written. The
 * user opens the existing one, or creates anyway (`allowDuplicate`).
 */
export class DuplicateCustomerError extends Error {
  readonly code = 'duplicate';
  constructor(readonly candidates: DuplicateCandidate[]) {
    super(`possible duplicate of ${candidates.map((c) => c.name).join(', ')}`);
    this.name = 'DuplicateCustomerError';
  }
}

/**
 * Live customers with the same normalised name or the same pinyin as `name`. Every such customer
 * has a whole-name search key starting with the normalised name, or a full-pinyin key starting with
 * the same-sound key (both keys come first in searchKeys, never cut by the cap), so two prefix reads
 * of the index find them without reading all 10,000 customers; core decides which really match.
 */
export async function duplicateCandidates(db: AirgapDb, name: string): Promise<DuplicateCandidate[]> {
  const prefixes = [...new Set([normalisedName(name), duplicateKey(name)])].filter((p) => p !== '');
  if (prefixes.length === 0) return [];
  const customers = archiveTables(db).customers;
  const ids = await customers.where('searchKeys').startsWithAnyOf(prefixes).distinct().primaryKeys();
  return findDuplicateCandidates(name, liveOnly(await customers.bulkGet(ids)));
}
