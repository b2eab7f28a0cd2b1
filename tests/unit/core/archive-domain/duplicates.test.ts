// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findDuplicateCandidates } from '../../../../src-renderer/core/archive-domain/index';
import { sortKeyOf } from '../../../../src-renderer/core/search/index';

const existing = ['航天材料及工艺研究所', '航天材料所', '中国船舶集团有限公司', '北京雷达研究所', '航空材料所'].map((name, i) => ({
  id: `c${i}`,
  name,
  sortKey: sortKeyOf(name),
}));

describe('findDuplicateCandidates', () => {
  it.each([
    ['航天材料所', [['c1', 'same_name']]],
    [' 航天材料所 ', [['c1', 'same_name']]],
    ['航天材料锁', [['c1', 'same_pinyin']]],
    ['中国船舶集团', [['c2', 'same_name']]],
    ['中国船舶集团公司', [['c2', 'same_name']]],
    ['北京雷达研究所（）', [['c3', 'same_name']]],
    ['北京雷达研究院', []],
    ['航天材料', []],
    ['', []],
  ])('%j → %j', (name, expected) => {
    expect(findDuplicateCandidates(name, existing).map((c) => [c.id, c.reason])).toEqual(expected);
  });

  it('lists same names before same sounds and leaves out the record being renamed', () => {
    const list = [...existing, { id: 'c9', name: '航天材料锁', sortKey: sortKeyOf('航天材料锁') }];
    expect(findDuplicateCandidates('航天材料锁', list).map((c) => c.id)).toEqual(['c9', 'c1']);
    expect(findDuplicateCandidates('航天材料锁', list, { excludeId: 'c9' }).map((c) => c.id)).toEqual(['c1']);
  });
});
