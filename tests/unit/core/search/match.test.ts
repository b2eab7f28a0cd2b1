import { describe, expect, it } from 'vitest';
import { matchRanges } from '../../../../src-renderer/core/search/index';

/** The highlighted parts, as text, for readable expectations. */
const marked = (text: string, query: string, person = false) => matchRanges(text, query, { person }).map((r) => text.slice(r.start, r.end));

const NAME = '航天材料及工艺研究所';

describe('matchRanges', () => {
  it.each([
    ['htcl', ['航天材料']],
    ['HTCL', ['航天材料']],
    ['ｈｔｃｌ', ['航天材料']],
    ['hangtian', ['航天']],
    ['hang tian', ['航天']],
    ['hangtianc', ['航天材']],
    ['tian', ['天']],
    ['材料', ['材料']],
    ['cl', ['材料']],
    ['cailiao', ['材料']],
    ['gy', ['工艺']],
    ['yjs', ['研究所']],
    ['航tian', ['航天']],
    ['xyz', []],
    ['', []],
    ['  ', []],
  ])('%j highlights %j', (query, expected) => {
    expect(marked(NAME, query)).toEqual(expected);
  });

  it('gives UTF-16 offsets the UI can slice', () => {
    expect(matchRanges(NAME, 'htcl')).toEqual([{ start: 0, end: 4 }]);
    expect(matchRanges(NAME, 'yjs')).toEqual([{ start: 7, end: 10 }]);
    // A character outside the BMP takes two code units; offsets stay right after it.
    expect(matchRanges('𠀀航天', 'ht')).toEqual([{ start: 2, end: 4 }]);
  });

  it('highlights every occurrence, left to right, without overlap', () => {
    expect(marked('航天航天', 'ht')).toEqual(['航天', '航天']);
    expect(marked('材料材料所', '材料')).toEqual(['材料', '材料']);
  });

  it('prefers the characters as written over a pinyin reading', () => {
    // 'a' is written in the name, so the pinyin reading of 安 (an) is not highlighted.
    expect(marked('ABC安全公司', 'a')).toEqual(['A']);
  });

  it('skips punctuation and full-width letters inside a match', () => {
    expect(marked('航天（北京）材料所', 'bjcl')).toEqual(['北京）材料']);
    expect(marked('ＡＢＣ精密机械', 'abcjm')).toEqual(['ＡＢＣ精密']);
  });

  it('matches digits in a unit number', () => {
    expect(marked('中国人民解放军63601部队', '63601')).toEqual(['63601']);
    expect(marked('中国人民解放军63601部队', 'jfj')).toEqual(['解放军']);
  });

  it('reads a person name with surname readings', () => {
    expect(marked('曾伟华', 'zeng', true)).toEqual(['曾']);
    expect(marked('单田芳', 'shan', true)).toEqual(['单']);
  });
});

describe('matchRanges on a text seen before (its tokens are kept)', () => {
  it('gives the same ranges the second time, for every query and for a person name read apart', () => {
    const texts = ['航天材料研究院', '长安汽车', '重庆长安', '曾晓明', '单立新', '中国电子科技集团（北京）'];
    const queries = ['h', 'ht', 'htcl', 'hangtian', '材料', 'changan', 'ca', 'zh', 'zeng', 'shan', 'dan', 'bj', '北京'];
    const first = texts.map((t) => queries.map((q) => [matchRanges(t, q), matchRanges(t, q, { person: true })]));
    const again = texts.map((t) => queries.map((q) => [matchRanges(t, q), matchRanges(t, q, { person: true })]));
    expect(again).toEqual(first);
    // A person name reads its first character as a surname: 曾 zeng, not ceng (the cache keeps the two apart).
    expect(marked('曾晓明', 'zeng', true)).toEqual(['曾']);
    expect(marked('曾晓明', 'ceng')).toEqual(['曾']);
    expect(marked('曾晓明', 'ceng', true)).toEqual([]);
  });
});
