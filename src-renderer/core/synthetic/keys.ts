import { pinyin } from 'pinyin-pro';

/**
 * Pinyin sort and search keys for the synthetic data. Provisional: the archive issue owns the real
 * search keys (and may move this to core/); the bench only needs keys of realistic size and shape.
 */
const BASE = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const;

/** Lowercase ASCII letters and digits only: punctuation (（）·-) never helps a search. */
function clean(part: string): string {
  return part.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function syllables(text: string, person: boolean): string[] {
  return pinyin(text, { ...BASE, surname: person ? 'head' : 'off' }).map(clean).filter(Boolean);
}

function initials(text: string, person: boolean): string {
  return pinyin(text, { ...BASE, pattern: 'first', surname: person ? 'head' : 'off' }).map(clean).join('');
}

/**
 * Pinyin of the name, syllables separated by spaces, e.g. 航天材料 → 'hang tian cai liao'.
 * The space sorts before every letter, so 'an …' comes before 'ang …' as in a Chinese dictionary.
 */
export function sortKeyOf(name: string, person = false): string {
  return syllables(name, person).join(' ');
}

/**
 * Keys a prefix search matches: the name and short name as written, pinyin initials ('htcl') and
 * full pinyin without spaces ('hangtiancailiao'); `extra` adds e.g. phone digits. Lowercase, unique.
 */
export function searchKeysOf(names: readonly string[], options: { person?: boolean; extra?: readonly string[] } = {}): string[] {
  const person = options.person ?? false;
  const keys = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    keys.add(name.toLowerCase());
    const first = initials(name, person);
    if (first) keys.add(first);
    const full = syllables(name, person).join('');
    if (full) keys.add(full);
  }
  for (const key of options.extra ?? []) if (key) keys.add(key.toLowerCase());
  return [...keys];
}
