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

interface Naming {
  name: string;
  shortName: string;
}

/**
 * The names a rename must check: the new name, and the new short name, each only when it changed
 * after normalisation. An unchanged name is not checked again — a duplicate the user already
 * accepted ("save anyway") must not warn on every later edit of the notes.
 */
export function renamedNames(before: Naming, after: Naming): string[] {
  const changed = (from: string, to: string) => normalisedName(to) !== '' && normalisedName(to) !== normalisedName(from);
  const names: string[] = [];
  if (changed(before.name, after.name)) names.push(after.name);
  if (changed(before.shortName, after.shortName)) names.push(after.shortName);
  return names;
}

/**
 * Other customers that a renamed customer (`id`) may now duplicate: the candidates of each renamed
 * name, never the customer itself, each listed once (a same-name match wins over a same-sound one,
 * and same names come first as on create).
 */
export function findRenameCandidates(
  id: string,
  before: Naming,
  after: Naming,
  existing: readonly { id: string; name: string; sortKey: string }[],
): DuplicateCandidate[] {
  const found = new Map<string, DuplicateCandidate>();
  for (const name of renamedNames(before, after)) {
    for (const c of findDuplicateCandidates(name, existing, { excludeId: id })) {
      if (found.get(c.id)?.reason !== 'same_name') found.set(c.id, c);
    }
  }
  const all = [...found.values()];
  return [...all.filter((c) => c.reason === 'same_name'), ...all.filter((c) => c.reason === 'same_pinyin')];
}
