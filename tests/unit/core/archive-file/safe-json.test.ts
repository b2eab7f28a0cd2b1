import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exceedsDepth, findJsonProblem, lineProblem, MAX_DEPTH, parseJsonSafely } from '../../../../src-renderer/core/archive-file/safe-json';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('nesting depth is checked before parsing', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a bracket bomb is refused without JSON.parse building it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const bomb = nested(7_000_000);
    expect(parseJsonSafely(bomb)).toEqual({ ok: false, reason: 'too-deep' });
    expect(lineProblem(bomb)).toEqual({ reason: 'too-deep' });
    expect(parse).not.toHaveBeenCalled();
  });

  it('the limit is exact: MAX_DEPTH levels pass, one more is refused', () => {
    expect(parseJsonSafely(nested(MAX_DEPTH)).ok).toBe(true);
    expect(parseJsonSafely(nested(MAX_DEPTH + 1))).toEqual({ ok: false, reason: 'too-deep' });
    expect(parseJsonSafely(`{"a":${nested(MAX_DEPTH - 1)}}`).ok).toBe(true);
    expect(parseJsonSafely(`{"a":${nested(MAX_DEPTH)}}`)).toEqual({ ok: false, reason: 'too-deep' });
  });

  it('brackets inside strings, escaped quotes included, do not count', () => {
    const text = JSON.stringify({ note: `\\"${'['.repeat(500)}"{{{`, list: [['"]"']] });
    expect(exceedsDepth(text)).toBe(false);
    expect(parseJsonSafely(text).ok).toBe(true);
  });

  it('the pre-scan agrees with the walk of the parsed value on any JSON', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', maxDepth: 80 },
        fc.string({ unit: 'binary' }),
        fc.integer(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    const deepChain = fc.integer({ min: 1, max: 90 }).map((depth) => JSON.parse(nested(depth)) as unknown);
    fc.assert(
      fc.property(fc.oneof(json, deepChain), (value) => {
        const text = JSON.stringify(value);
        expect(exceedsDepth(text)).toBe(findJsonProblem(value)?.reason === 'too-deep');
      }),
      { numRuns: 300 },
    );
  });
});
