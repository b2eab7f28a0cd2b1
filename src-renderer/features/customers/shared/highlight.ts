import { matchRanges, normaliseQuery, type MatchRange } from '../../../core/search';

/**
 * What to highlight for a search hit. Names use core `matchRanges` (characters, initials, full
 * pinyin), the same text model as the index, so what the search found is what lights up.
 */
export function nameRanges(text: string, query: string, person = false): MatchRange[] {
  return text ? matchRanges(text, query, { person }) : [];
}

/**
 * The phone of a contact that the query found, with its matched digits. The index keys a phone by
 * its digits and by the number after the area code (010-88886666 → 01088886666, 88886666), so the
 * typed digits are a prefix of one of those; we map that prefix back onto the displayed characters.
 */
export function phoneHit(phones: readonly string[], query: string): { phone: string; ranges: MatchRange[] } | null {
  const q = normaliseQuery(query);
  if (q === null || !/^\d+$/.test(q)) return null;
  for (const phone of phones) {
    const main = phone.split('转')[0] ?? '';
    const dash = main.indexOf('-');
    for (const from of dash > 0 ? [0, dash + 1] : [0]) {
      const range = digitPrefixRange(phone, from, q);
      if (range) return { phone, ranges: [range] };
    }
  }
  return null;
}

function digitPrefixRange(text: string, from: number, digits: string): MatchRange | null {
  let matched = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (!/\d/.test(c)) continue;
    if (c !== digits[matched]) return null;
    matched++;
    if (matched === digits.length) return { start: from, end: i + 1 };
  }
  return null;
}

/** Splits text into plain and marked parts (ranges sorted, non-overlapping, as matchRanges gives them). */
export function splitByRanges(text: string, ranges: readonly MatchRange[]): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), marked: false });
    if (r.end > r.start) parts.push({ text: text.slice(r.start, r.end), marked: true });
    at = Math.max(at, r.end);
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
