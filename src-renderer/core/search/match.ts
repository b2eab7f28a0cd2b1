import { normaliseQuery } from './keys';
import { initialOf, meaningful, tokensOf, type Token } from './text';

/** A part of the displayed text to highlight: UTF-16 offsets, end exclusive (`text.slice(start, end)`). */
export interface MatchRange {
  start: number;
  end: number;
}

/**
 * What to highlight in `text` for `query`: every non-overlapping match, left to right. A match is
 * the characters themselves ('材料'), or characters read as pinyin — each character by its full
 * syllable or its initial, the last one possibly by a prefix of its syllable ('htcl', 'hangtian',
 * 'hangtianc', 'tian'). Characters win over pinyin: if the query occurs as written, only those
 * occurrences are highlighted. Empty array when nothing matches (or the query is empty).
 */
export function matchRanges(text: string, query: string, options: { person?: boolean } = {}): MatchRange[] {
  const q = normaliseQuery(query);
  if (q === null) return [];
  const tokens = tokensFor(text, options.person ?? false);
  const literal = scan(tokens, (i) => literalEnd(tokens, i, q));
  return literal.length > 0 ? literal : scan(tokens, (i) => pinyinEnd(tokens, i, q));
}

/**
 * The meaningful tokens of a text, kept: a list highlights the same names again on every keystroke,
 * and reading a name's pinyin (pinyin-pro) costs more than matching it. Texts only, never queries,
 * and a bounded number of them (the cache starts again when full); the arrays are only read.
 */
const TOKEN_CACHE_SIZE = 5_000;
const tokenCache = new Map<string, readonly Token[]>();
function tokensFor(text: string, person: boolean): readonly Token[] {
  const key = `${person ? 'p' : 'n'}${text}`;
  let tokens = tokenCache.get(key);
  if (tokens === undefined) {
    if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear();
    tokens = meaningful(tokensOf(text, person));
    tokenCache.set(key, tokens);
  }
  return tokens;
}

/** Tries a match at each token; after a match, continues after it. */
function scan(tokens: readonly Token[], endFrom: (start: number) => number): MatchRange[] {
  const ranges: MatchRange[] = [];
  for (let i = 0; i < tokens.length;) {
    const end = endFrom(i);
    if (end > i) {
      ranges.push({ start: tokens[i]!.start, end: tokens[end - 1]!.end });
      i = end;
    } else i++;
  }
  return ranges;
}

/** End token (exclusive) of the folded query written out from token `i`, or -1. */
function literalEnd(tokens: readonly Token[], i: number, q: string): number {
  let at = 0;
  for (let j = i; j < tokens.length; j++) {
    const text = tokens[j]!.text;
    if (!q.startsWith(text, at)) return -1;
    at += text.length;
    if (at === q.length) return j + 1;
  }
  return -1;
}

/**
 * End token (exclusive) of a pinyin reading of the query from token `i`, or -1. A character may be
 * typed as itself, its full syllable or its initial, so there is a choice at each character (hang vs
 * h…): a memoised search over (token, query position) keeps it linear in practice.
 */
function pinyinEnd(tokens: readonly Token[], i: number, q: string): number {
  const memo = new Map<number, number>();
  const walk = (t: number, at: number): number => {
    if (at === q.length) return t;
    if (t === tokens.length) return -1;
    const key = t * (q.length + 1) + at;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const token = tokens[t]!;
    let end = -1;
    for (const part of new Set([token.text, token.syllable, initialOf(token)])) {
      if (q.startsWith(part, at)) end = walk(t + 1, at + part.length);
      if (end !== -1) break;
    }
    // The query may stop inside the last character's syllable: 'hangtianc' → 航天材.
    if (end === -1 && token.syllable.startsWith(q.slice(at))) end = t + 1;
    memo.set(key, end);
    return end;
  };
  return walk(i, 0);
}
