import { foldText, initialOf, meaningful, tokensOf, type Token } from './text';

/**
 * Search keys for a multiEntry index queried with `where('searchKeys').startsWith(query)`: every
 * useful query must be a PREFIX of some key. So a record gets, per name:
 *   - the whole name folded ('航天材料及工艺研究所'), its pinyin initials ('htcljgyyjs') and full
 *     pinyin ('hangtiancailiaojigongyiyanjiusuo');
 *   - the same three starting at each later character ('材料及工艺研究所', 'cljgyyjs',
 *     'cailiaojigongyiyanjiusuo', …) so '材料', 'cl' and 'cailiao' find it too. A run of letters or
 *     digits counts as one start (63601 in …63601部队, not 3601), a suffix needs two tokens, and none
 *     starts inside a generic ending (研究所, 有限公司…: such a query would list thousands of units).
 * Trade-off, measured in headless Chromium with the synthetic 10,000 customers (Dexie bulkPut, then
 * `startsWith(q).distinct().limit(50)`, 41 runs per query): 33 keys per customer instead of 6
 * (333,000 index entries instead of 60,000); writing all customers 2.0 s instead of 0.9 s; storage
 * estimate 66 MB instead of 23 MB; a query 2–3 ms median, p95 ≤ 4.5 ms (was 1.5 / 2.5 ms) — within
 * the 7 ms of ENGINEERING.md, while mid-name queries ('cl', '材料', 'cailiao') go from 0–4 hits to
 * the full 50. Contacts (2–3 character names plus phones) get 7 keys on average. The cap bounds
 * pathological names (100 characters); it drops the suffixes at the end of a name first.
 */
export const MAX_SEARCH_KEYS = 40;
const MIN_SUFFIX_TOKENS = 2;

/** Pinyin of the name, syllables separated by spaces: 航天材料 → 'hang tian cai liao'. */
export function sortKeyOf(name: string, person = false): string {
  // The space sorts before every letter, so 'an …' comes before 'ang …' as in a Chinese dictionary;
  // a run of letters or digits stays one word (…63601部队 → '… jun 63601 bu dui').
  const words: string[] = [];
  let run = '';
  for (const t of meaningful(tokensOf(name, person))) {
    if (t.zh) {
      if (run) words.push(run);
      run = '';
      words.push(t.syllable);
    } else run += t.text;
  }
  if (run) words.push(run);
  return words.join(' ');
}

/** Folded text, initials and full pinyin of a run of tokens. */
function keysOfTokens(tokens: readonly Token[]): string[] {
  return [tokens.map((t) => t.text).join(''), tokens.map(initialOf).join(''), tokens.map((t) => t.syllable).join('')];
}

/**
 * Endings that every other unit has: a suffix starting inside one (研究所, 究所, 有限公司, 公司…) would
 * match thousands of customers, so it is never worth its index entries. Longest first.
 */
const GENERIC_ENDINGS = ['股份有限公司', '有限责任公司', '有限公司', '研究中心', '研究所', '研究院', '设计院', '公司', '集团', '部队', '中心'];

function genericEndingLength(tokens: readonly Token[]): number {
  const text = tokens.map((t) => t.text).join('');
  const ending = GENERIC_ENDINGS.find((e) => text.endsWith(e) && text.length > e.length);
  // Endings are Chinese, one token per character.
  return ending ? ending.length : 0;
}

function suffixStarts(tokens: readonly Token[]): number[] {
  const starts: number[] = [];
  const last = Math.min(tokens.length - MIN_SUFFIX_TOKENS, tokens.length - genericEndingLength(tokens) - 1);
  for (let i = 1; i <= last; i++) {
    if (tokens[i]!.zh || tokens[i - 1]!.zh) starts.push(i);
  }
  return starts;
}

/**
 * Keys of several names (e.g. name and short name): first every whole-name key, then `extra`
 * (phone digits…), then the suffix keys in order, until MAX_SEARCH_KEYS. Lowercase, unique.
 */
export function searchKeysOf(names: readonly string[], options: { person?: boolean; extra?: readonly string[] } = {}): string[] {
  const keys = new Set<string>();
  const add = (key: string) => {
    if (key && keys.size < MAX_SEARCH_KEYS) keys.add(key);
  };
  const lists = names.filter(Boolean).map((name) => meaningful(tokensOf(name, options.person ?? false)));
  for (const tokens of lists) keysOfTokens(tokens).forEach(add);
  for (const key of options.extra ?? []) add(foldText(key));
  for (const tokens of lists) for (const i of suffixStarts(tokens)) keysOfTokens(tokens.slice(i)).forEach(add);
  return [...keys];
}

export function customerSearchKeys(customer: { name: string; shortName: string }): string[] {
  return searchKeysOf([customer.name, customer.shortName]);
}

/**
 * Digits of a phone as people type them: the whole number (13812345678, 01088886666) and, for a
 * landline, the local number without the area code (88886666). The extension (转123) is left out.
 */
export function phoneKeys(phone: string): string[] {
  const main = phone.split('转')[0] ?? '';
  const keys = [main.replace(/\D/g, '')];
  const dash = main.indexOf('-');
  if (dash > 0) keys.push(main.slice(dash + 1).replace(/\D/g, ''));
  return keys.filter((k) => k.length > 0);
}

export function contactSearchKeys(contact: { name: string; phones: readonly string[] }): string[] {
  return searchKeysOf([contact.name], { person: true, extra: contact.phones.flatMap(phoneKeys) });
}

/** The query as the index stores keys (folded: trimmed, lowercase, half-width, no spaces or
 * punctuation); null when nothing searchable is left, so the caller shows the unfiltered list. */
export function normaliseQuery(query: string | null | undefined): string | null {
  const folded = foldText(query ?? '');
  return folded === '' ? null : folded;
}
