import type { Rng } from './prng';
import { AREA_CODES, GIVEN_CHARS, SURNAMES } from './vocab-people';

/** A Chinese name: surname + one or two given characters; frequent surnames come up more often. */
export function personName(rng: Rng): string {
  // Squaring the uniform draw skews towards the front of the list (王, 李, 张…), as in real life.
  const surname = SURNAMES[Math.floor(rng.next() ** 2 * SURNAMES.length)]!;
  const given = rng.chance(0.7) ? rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS);
  return surname + given;
}

/** Mobile: 11 digits, 1[3-9]x. */
export function mobilePhone(rng: Rng): string {
  return `1${rng.int(3, 9)}${rng.digits(9)}`;
}

/** Landline: area code, hyphen, 8 digits (the first never 0 or 1). */
export function landline(rng: Rng): string {
  return `${rng.pick(AREA_CODES)}-${rng.int(2, 8)}${rng.digits(7)}`;
}

export interface Manager {
  id: string;
  name: string;
}

/** Our account managers (客户经理): ids stand for user accounts that a later issue creates. */
export function managerPool(rng: Rng, nextId: () => string, count: number): Manager[] {
  const managers: Manager[] = [];
  const names = new Set<string>();
  while (managers.length < count) {
    const name = personName(rng);
    if (names.has(name)) continue;
    names.add(name);
    managers.push({ id: nextId(), name });
  }
  return managers;
}
