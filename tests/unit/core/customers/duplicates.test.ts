import { describe, expect, it } from 'vitest';
import { findDuplicateCandidates, findRenameCandidates, renamedNames } from '../../../../src-renderer/core/customers/index';
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

describe('duplicates on rename', () => {
  const was = { name: '北京雷达研究所', shortName: '雷达所' };

  it('checks a name or short name only when it changed after normalisation', () => {
    expect(renamedNames(was, was)).toEqual([]);
    expect(renamedNames(was, { name: ' 北京雷达研究所（） ', shortName: '雷达所' })).toEqual([]);
    expect(renamedNames(was, { name: '航天材料所', shortName: '雷达所' })).toEqual(['航天材料所']);
    expect(renamedNames(was, { name: '北京雷达研究所', shortName: '航天材料锁' })).toEqual(['航天材料锁']);
    expect(renamedNames(was, { name: '北京雷达研究所', shortName: '' })).toEqual([]);
    expect(renamedNames(was, { name: '航天材料所', shortName: '中国船舶集团' })).toEqual(['航天材料所', '中国船舶集团']);
  });

  it('finds the other customers the new name or short name matches, never the renamed one itself', () => {
    // c3 is 北京雷达研究所 itself: renaming it to a name that still matches itself warns of nothing.
    expect(findRenameCandidates('c3', was, { name: '北京雷达研究所', shortName: '北京雷达研究所' }, existing)).toEqual([]);
    expect(findRenameCandidates('c3', was, { name: '航天材料锁', shortName: '雷达所' }, existing).map((c) => [c.id, c.reason])).toEqual([
      ['c1', 'same_pinyin'],
    ]);
    expect(findRenameCandidates('c3', was, { name: '北京雷达研究所', shortName: '中国船舶集团' }, existing).map((c) => [c.id, c.reason])).toEqual([
      ['c2', 'same_name'],
    ]);
    // One candidate matched by sound through the name and by name through the short name: listed once, as same name, first.
    expect(findRenameCandidates('c3', was, { name: '航天材料锁', shortName: '中国船舶集团' }, existing).map((c) => [c.id, c.reason])).toEqual([
      ['c2', 'same_name'],
      ['c1', 'same_pinyin'],
    ]);
    expect(findRenameCandidates('c3', was, { name: '航天材料锁', shortName: '航天材料所' }, existing).map((c) => [c.id, c.reason])).toEqual([
      ['c1', 'same_name'],
    ]);
  });
});
