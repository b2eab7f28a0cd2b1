import { pinyin } from 'pinyin-pro';

/**
 * The one text model behind sort keys, search keys, highlighting and duplicate detection, so that
 * what the index finds is exactly what the list highlights.
 *
 * Folding: NFKC (full-width ｈｔｃｌ/０１０ → half-width, ideographic space → space, compatibility
 * ideographs → unified), lowercase, and whitespace, punctuation and symbols removed. Removing
 * punctuation on both sides lets '138-1234 5678' find 13812345678 and '航天(北京' find 航天（北京）….
 */
const NOISE = /[\s\p{P}\p{S}]/gu;

export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOISE, '').replace(/ü/g, 'v');
}

/** One code point of a displayed text, with where it sits and how it reads. */
export interface Token {
  /** UTF-16 offsets in the original text (end exclusive), for highlighting. */
  start: number;
  end: number;
  /** The folded character ('' for punctuation and spaces, which never match). */
  text: string;
  /** Toneless pinyin ('hang') for a Chinese character; the folded text otherwise. */
  syllable: string;
  zh: boolean;
}

const PINYIN = { toneType: 'none', type: 'array', nonZh: 'spaced', v: true } as const;
const SYLLABLE = /^[a-z]+$/;

/**
 * Tokens of `text`. One pinyin-pro call over the whole text, so readings come from context
 * (重庆 chong qing, 长安 chang an); `person` reads the first character as a surname (曾 zeng, 单 shan).
 */
export function tokensOf(text: string, person = false): Token[] {
  const chars = Array.from(text);
  let readings = pinyin(text, { ...PINYIN, surname: person ? 'head' : 'off' });
  // 'spaced' gives one element per code point; fall back to per-character readings if it ever does not.
  if (readings.length !== chars.length) readings = chars.map((c) => pinyin(c, PINYIN)[0] ?? c);
  const tokens: Token[] = [];
  let offset = 0;
  chars.forEach((char, i) => {
    const folded = foldText(char);
    const reading = readings[i] ?? char;
    const zh = reading !== char && SYLLABLE.test(reading);
    tokens.push({ start: offset, end: offset + char.length, text: folded, syllable: zh ? reading : folded, zh });
    offset += char.length;
  });
  return tokens;
}

/** The tokens that can match (punctuation and spaces dropped). */
export function meaningful(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.text !== '');
}

export const initialOf = (t: Token): string => (t.zh ? t.syllable[0]! : t.text);
