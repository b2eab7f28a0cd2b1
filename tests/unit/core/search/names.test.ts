import { describe, expect, it } from 'vitest';
import { duplicateKey, duplicateKeyOfSortKey, normalisedName, sortKeyOf } from '../../../../src-renderer/core/search/index';

describe('normalisedName', () => {
  it.each([
    ['中国船舶集团有限公司', '中国船舶集团'],
    ['中国船舶集团公司', '中国船舶集团'],
    ['中国船舶集团', '中国船舶集团'],
    ['华泰新材料科技股份有限公司', '华泰新材料科技'],
    ['西安某某有限责任公司', '西安某某'],
    ['航天材料所（北京）', '航天材料所北京'],
    ['航天材料所 (北京)', '航天材料所北京'],
    ['ＡＢＣ 精密', 'abc精密'],
    ['公司', '公司'],
    ['航天材料所', '航天材料所'],
    ['航天研究所', '航天研究所'],
  ])('%s → %s', (name, expected) => {
    expect(normalisedName(name)).toBe(expected);
  });
});

describe('duplicateKey', () => {
  it('is the same for names that sound the same', () => {
    expect(duplicateKey('航天材料所')).toBe('hangtiancailiaosuo');
    expect(duplicateKey('航天材料锁')).toBe(duplicateKey('航天材料所'));
    expect(duplicateKey('中国船舶集团有限公司')).toBe(duplicateKey('中国船舶集团'));
  });

  it('differs for names that sound different', () => {
    expect(duplicateKey('航天材料所')).not.toBe(duplicateKey('航空材料所'));
  });

  it('is computed from a stored sort key the same way as from the name', () => {
    for (const name of ['航天材料所', '中国船舶集团有限公司', '华泰新材料科技股份有限公司', '中国人民解放军63601部队']) {
      expect(duplicateKeyOfSortKey(sortKeyOf(name))).toBe(duplicateKey(name));
    }
  });
});
