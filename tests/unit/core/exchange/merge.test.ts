import { describe, expect, it } from 'vitest';
import { compareVersions, decideMerge } from '../../../../src-renderer/core/exchange/merge';
import { hasSeen, joinLineage, lineageOf } from '../../../../src-renderer/core/exchange/lineage';

const A = '0190a000-0000-7000-8000-00000000000a';
const B = '0190a000-0000-7000-8000-00000000000b';
const rev = (ms: number, counter = 0) => `${ms.toString(16).padStart(16, '0')}-${counter.toString(16).padStart(4, '0')}`;
const v = (origin: string, ms: number, counter = 0) => ({ origin, rev: rev(ms, counter) });

describe('decideMerge: one case per outcome', () => {
  it('new: nothing local', () => {
    const d = decideMerge(v(A, 10), undefined, undefined, undefined);
    expect(d).toMatchObject({ outcome: 'new', winner: 'incoming', loser: null, lineage: { [A]: rev(10) } });
  });

  it('unchanged: same rev and origin', () => {
    expect(decideMerge(v(A, 10), undefined, v(A, 10), undefined).outcome).toBe('unchanged');
  });

  it('updated: a later version of the same installation', () => {
    expect(decideMerge(v(A, 20), undefined, v(A, 10), undefined)).toMatchObject({ outcome: 'updated', winner: 'incoming', loser: null });
  });

  it('updated: B edited the version A holds (B has seen it)', () => {
    const d = decideMerge(v(B, 20), { [A]: rev(10) }, v(A, 10), undefined);
    expect(d).toMatchObject({ outcome: 'updated', winner: 'incoming' });
    expect(d.lineage).toEqual({ [A]: rev(10), [B]: rev(20) });
  });

  it('older: the incoming version is in the local past', () => {
    expect(decideMerge(v(A, 10), undefined, v(B, 20), { [A]: rev(10) })).toMatchObject({ outcome: 'older', winner: 'local', loser: null });
    expect(decideMerge(v(A, 10), undefined, v(A, 30), undefined).outcome).toBe('older');
  });

  it('conflict, incoming wins: both changed since they last agreed; the local version is kept', () => {
    const d = decideMerge(v(B, 30), { [A]: rev(10) }, v(A, 20), undefined);
    expect(d).toMatchObject({ outcome: 'conflict', winner: 'incoming', loser: 'local' });
    expect(d.lineage).toEqual({ [A]: rev(20), [B]: rev(30) });
  });

  it('conflict, local wins: the incoming version is kept', () => {
    const d = decideMerge(v(B, 15), { [A]: rev(10) }, v(A, 20), undefined);
    expect(d).toMatchObject({ outcome: 'conflict', winner: 'local', loser: 'incoming' });
  });

  it('ties on rev are broken by origin, the same way on both sides', () => {
    const ab = decideMerge(v(B, 10), undefined, v(A, 10), undefined);
    const ba = decideMerge(v(A, 10), undefined, v(B, 10), undefined);
    expect(ab).toMatchObject({ outcome: 'conflict', winner: 'incoming' });
    expect(ba).toMatchObject({ outcome: 'conflict', winner: 'local' });
    expect(compareVersions(v(B, 10), v(A, 10))).toBeGreaterThan(0);
  });

  it('a version merged after a conflict has seen both sides: the loser arriving again is older', () => {
    const merged = decideMerge(v(B, 30), { [A]: rev(5) }, v(A, 20), undefined);
    expect(decideMerge(v(A, 20), undefined, v(B, 30), merged.lineage).outcome).toBe('older');
  });
});

describe('lineage', () => {
  it('joins pointwise and answers "seen"', () => {
    const l = joinLineage({ [A]: rev(10) }, { [A]: rev(5), [B]: rev(7) });
    expect(l).toEqual({ [A]: rev(10), [B]: rev(7) });
    expect(hasSeen(l, v(A, 9))).toBe(true);
    expect(hasSeen(l, v(B, 8))).toBe(false);
    expect(lineageOf(v(B, 8), l)[B]).toBe(rev(8));
  });
});
