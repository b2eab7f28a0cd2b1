import { sortKeyOf } from './keys';
import { foldText } from './text';

/**
 * Legal-form endings that do not tell two units apart: 中国船舶集团有限公司, 中国船舶集团公司 and
 * 中国船舶集团 are the same customer written three ways. Only these, and only at the end: 研究所 vs 所
 * or a leading 中国 can change meaning (中国科学院… vs …科学院), so they are left alone. Longest first.
 */
const LEGAL_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '公司'] as const;
/** The same endings as they appear in a sort key with the spaces removed. */
const LEGAL_FORMS_PINYIN = ['gufenyouxiangongsi', 'youxianzerengongsi', 'youxiangongsi', 'gongsi'] as const;

function stripEnding(text: string, endings: readonly string[]): string {
  for (const ending of endings) {
    if (text.length > ending.length && text.endsWith(ending)) return text.slice(0, -ending.length);
  }
  return text;
}

/**
 * The name as compared for "same name": folded (full-width → half-width, lowercase, without spaces,
 * punctuation or symbols, so 航天材料所（北京） = 航天材料所(北京) = 航天材料所 北京) and without one
 * legal-form ending. A name that is nothing but an ending keeps it.
 */
export function normalisedName(name: string): string {
  return stripEnding(foldText(name), LEGAL_FORMS);
}

/**
 * "Sounds the same" key from a stored sort key (no pinyin work: lists hold sort keys already):
 * toneless syllables without spaces, legal-form ending removed. 航天材料所 and 航天材料锁 share it.
 */
export function duplicateKeyOfSortKey(sortKey: string): string {
  return stripEnding(sortKey.replace(/\s+/g, ''), LEGAL_FORMS_PINYIN);
}

/** Same-sounding key of a name; equals `duplicateKeyOfSortKey(sortKeyOf(name))` by construction. */
export function duplicateKey(name: string): string {
  return duplicateKeyOfSortKey(sortKeyOf(name));
}
