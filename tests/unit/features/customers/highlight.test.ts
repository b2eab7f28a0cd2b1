// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { nameRanges, phoneHit, splitByRanges } from '../../../../src-renderer/features/customers/shared/highlight';

const marked = (text: string, ranges: { start: number; end: number }[]) =>
  splitByRanges(text, ranges)
    .filter((p) => p.marked)
    .map((p) => p.text);

describe('search highlighting', () => {
  const name = '航天材料及工艺研究所';

  it('marks the characters that pinyin initials, full pinyin or characters matched', () => {
    expect(marked(name, nameRanges(name, 'htcl'))).toEqual(['航天材料']);
    expect(marked(name, nameRanges(name, 'hangtian'))).toEqual(['航天']);
    expect(marked(name, nameRanges(name, '材料'))).toEqual(['材料']);
    expect(nameRanges(name, '  ')).toEqual([]);
  });

  it('splits text into plain and marked parts, losing nothing', () => {
    const parts = splitByRanges(name, [{ start: 2, end: 4 }]);
    expect(parts.map((p) => p.text).join('')).toBe(name);
    expect(parts).toEqual([
      { text: '航天', marked: false },
      { text: '材料', marked: true },
      { text: '及工艺研究所', marked: false },
    ]);
  });

  it('finds the phone a digit query matched, from the start or after the area code', () => {
    expect(phoneHit(['13812345678'], '1381234')).toEqual({ phone: '13812345678', ranges: [{ start: 0, end: 7 }] });
    expect(phoneHit(['13912340000', '010-88886666转123'], '8888')).toEqual({ phone: '010-88886666转123', ranges: [{ start: 4, end: 8 }] });
    expect(phoneHit(['010-88886666'], '010888')).toEqual({ phone: '010-88886666', ranges: [{ start: 0, end: 7 }] });
    expect(phoneHit(['13812345678'], '王强')).toBeNull();
    expect(phoneHit(['13812345678'], '5678')).toBeNull();
  });
});
