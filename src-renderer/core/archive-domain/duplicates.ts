import { duplicateKey, duplicateKeyOfSortKey, normalisedName } from '../search/names';

export interface DuplicateCandidate {
  id: string;
  name: string;
  /** same_name: equal after normalisation (spaces, width, punctuation, 有限公司…); same_pinyin: same sound. */
  reason: 'same_name' | 'same_pinyin';
}

/**
 * Existing customers that may be the unit about to be created (or renamed): same normalised name
 * (中国船舶集团有限公司 = 中国船舶集团公司 = 中国船舶集团), or same toneless pinyin — a typo with the same
 * sound, 航天材料所 / 航天材料锁. Uses the stored sort keys, so checking 10,000 customers needs no
 * pinyin work. `excludeId` leaves out the record being renamed. Same-name candidates come first.
 */
export function findDuplicateCandidates(
  newName: string,
  existing: readonly { id: string; name: string; sortKey: string }[],
  options: { excludeId?: string } = {},
): DuplicateCandidate[] {
  const name = normalisedName(newName);
  if (name === '') return [];
  const sound = duplicateKey(newName);
  const same: DuplicateCandidate[] = [];
  const alike: DuplicateCandidate[] = [];
  for (const c of existing) {
    if (c.id === options.excludeId) continue;
    if (normalisedName(c.name) === name) same.push({ id: c.id, name: c.name, reason: 'same_name' });
    else if (sound !== '' && duplicateKeyOfSortKey(c.sortKey) === sound) alike.push({ id: c.id, name: c.name, reason: 'same_pinyin' });
  }
  return [...same, ...alike];
}
