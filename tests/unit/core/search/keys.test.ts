import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactSearchKeys, customerSearchKeys, MAX_SEARCH_KEYS, normaliseQuery, phoneKeys, sortKeyOf } from '../../../../src-renderer/core/search/index';

/** What the data layer does: `where('searchKeys').startsWith(query)`. */
const finds = (keys: readonly string[], query: string) => keys.some((k) => k.startsWith(normaliseQuery(query)!));

describe('sortKeyOf', () => {
  it.each([
    ['航天材料及工艺研究所', false, 'hang tian cai liao ji gong yi yan jiu suo'],
    ['重庆长安工业公司', false, 'chong qing chang an gong ye gong si'],
    ['中国人民解放军63601部队', false, 'zhong guo ren min jie fang jun 63601 bu dui'],
    ['航天材料所（北京）', false, 'hang tian cai liao suo bei jing'],
    ['ＡＢＣ精密机械', false, 'abc jing mi ji xie'],
    ['曾伟', true, 'zeng wei'],
    ['单田芳', true, 'shan tian fang'],
    ['吕娜', true, 'lv na'],
  ])('%s → %s', (name, person, expected) => {
    expect(sortKeyOf(name, person)).toBe(expected);
  });

  it('sorts 安 before 昂 as a Chinese dictionary does', () => {
    expect(sortKeyOf('安顺所') < sortKeyOf('昂立所')).toBe(true);
  });
});

describe('customerSearchKeys', () => {
  const keys = customerSearchKeys({ name: '航天材料及工艺研究所', shortName: '航天材料所' });

  it.each([
    '航天',
    '航天材料所',
    '材料',
    '天材',
    '工艺',
    'htcl',
    'HTCL',
    'ｈｔｃｌ',
    'hangtian',
    'hang tian',
    'cl',
    'cailiao',
    'gy',
    'gongyi',
    'htcls',
    '材料所',
  ])('finds it by the prefix %j', (query) => expect(finds(keys, query)).toBe(true));

  // 研究所 / yjs: no key starts inside a generic ending, such a query would list every 研究所.
  it.each(['xyz', 'tcx', '研究院', 'hangtianx', '所材', '研究所', 'yjs', 'yanjiusuo'])('does not find it by %j', (query) => {
    expect(finds(keys, query)).toBe(false);
  });

  it('keeps whole-name keys first and never more than the cap', () => {
    expect(keys.slice(0, 6)).toEqual(['航天材料及工艺研究所', 'htcljgyyjs', 'hangtiancailiaojigongyiyanjiusuo', '航天材料所', 'htcls', 'hangtiancailiaosuo']);
    const long = customerSearchKeys({ name: '中国航天科技集团有限公司第一研究院第七〇三研究所材料工艺分所', shortName: '七〇三所' });
    expect(long.length).toBe(MAX_SEARCH_KEYS);
    expect(long).toContain('七〇三所');
  });

  it('treats a run of digits as one word: …63601部队 is found by 63601, not by 3601', () => {
    const army = customerSearchKeys({ name: '中国人民解放军63601部队', shortName: '63601部队' });
    expect(finds(army, '63601')).toBe(true);
    expect(finds(army, 'jfj')).toBe(true);
    expect(finds(army, '3601')).toBe(false);
  });

  it('gives only lowercase keys without spaces or punctuation', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 10 }), (name, shortName) => {
        const result = customerSearchKeys({ name, shortName });
        expect(result.length).toBeLessThanOrEqual(MAX_SEARCH_KEYS);
        for (const key of result) {
          expect(key).toBe(key.toLowerCase());
          expect(key).not.toMatch(/[\s\p{P}]/u);
          expect(key.length).toBeGreaterThan(0);
        }
        expect(new Set(result).size).toBe(result.length);
      }),
    );
  });
});

describe('contactSearchKeys', () => {
  const keys = contactSearchKeys({ name: '曾伟华', phones: ['13812345678', '010-88886666转123'] });
  it.each(['曾伟华', '伟华', 'zwh', 'zengwei', 'wh', 'weihua', '138', '138 1234', '138-1234-5678', '010888', '8888 6666'])('finds %j', (q) => {
    expect(finds(keys, q)).toBe(true);
  });
  it('does not index the extension', () => {
    expect(keys.some((k) => k.includes('123') && !k.startsWith('138'))).toBe(false);
    expect(phoneKeys('010-88886666转123')).toEqual(['01088886666', '88886666']);
  });
});

describe('normaliseQuery', () => {
  it.each([
    ['  HTCL ', 'htcl'],
    ['ｈｔｃｌ', 'htcl'],
    ['hang tian', 'hangtian'],
    ['航天　材料', '航天材料'],
    ['138-1234 5678', '13812345678'],
    ['（北京）', '北京'],
    ['lü', 'lv'],
    ['', null],
    ['   ', null],
    ['（）', null],
  ])('%j → %j', (query, expected) => {
    expect(normaliseQuery(query)).toBe(expected);
  });
});
