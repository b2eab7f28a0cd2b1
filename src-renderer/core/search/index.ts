/** Pure search: pinyin sort keys, prefix-search keys, query folding, highlighting, name comparison. */
export { contactSearchKeys, customerSearchKeys, MAX_SEARCH_KEYS, normaliseQuery, phoneKeys, searchKeysOf, sortKeyOf } from './keys';
export { withKeyPrefix } from './filter';
export { matchRanges, type MatchRange } from './match';
export { duplicateKey, duplicateKeyOfSortKey, normalisedName } from './names';
export { foldText, tokensOf, type Token } from './text';
