import { describe, expect, it } from 'vitest';
import { applyOverride, planRegrade, type ProposedGrade, type RegradeEntry } from '../../../../src-renderer/core/grading';

const proposed = (customerId: string, grade: ProposedGrade['grade']): ProposedGrade => ({ customerId, grade, reasons: [`${grade}：…`] });

describe('planRegrade', () => {
  const plan = planRegrade(
    [
      { customerId: 'up', grade: 'AA' },
      { customerId: 'down', grade: 'AAA' },
      { customerId: 'same', grade: 'A' },
      { customerId: 'ungraded', grade: null },
      { customerId: 'gone', grade: 'B' },
    ],
    [proposed('up', 'AAA'), proposed('down', 'B'), proposed('same', 'A'), proposed('ungraded', 'AA'), proposed('brand-new', 'A')],
  );

  it('marks each proposal up, down, new or same against the current grade', () => {
    expect(plan.entries.map((e) => [e.customerId, e.previousGrade, e.finalGrade, e.change])).toEqual([
      ['up', 'AA', 'AAA', 'up'],
      ['down', 'AAA', 'B', 'down'],
      ['same', 'A', 'A', 'same'],
      ['ungraded', null, 'AA', 'new'],
      ['brand-new', null, 'A', 'new'],
    ]);
    expect(plan.entries[0]!.reasons).toEqual(['AAA：…']);
  });

  it('summarises the draft and names graded customers it did not cover', () => {
    expect(plan.summary).toEqual({ up: 1, down: 1, new: 2, same: 1, overridden: 0, total: 5 });
    expect(plan.notRegradedCustomerIds).toEqual(['gone']);
  });

  it('refuses a customer proposed twice', () => {
    expect(() => planRegrade([], [proposed('x', 'A'), proposed('x', 'B')])).toThrow(RangeError);
  });
});

describe('applyOverride', () => {
  const entry: RegradeEntry = planRegrade([{ customerId: 'c', grade: 'AA' }], [proposed('c', 'B')]).entries[0]!;

  it('needs a reason: empty or blank is refused with a code', () => {
    expect(applyOverride(entry, 'AA', '')).toEqual({ ok: false, error: 'override-reason-required' });
    expect(applyOverride(entry, 'AA', ' \n\t ')).toEqual({ ok: false, error: 'override-reason-required' });
    expect(applyOverride(entry, 'AA', '长'.repeat(501))).toEqual({ ok: false, error: 'override-reason-too-long' });
  });

  it('sets the final grade and the change from the override, and leaves the original entry alone', () => {
    const result = applyOverride(entry, 'AA', '  欠款已于 3 月结清，\n财务确认  ');
    expect(result).toEqual({
      ok: true,
      entry: { ...entry, override: { grade: 'AA', reason: '欠款已于 3 月结清， 财务确认' }, finalGrade: 'AA', change: 'same' },
    });
    expect(entry).toMatchObject({ override: null, finalGrade: 'B', change: 'down' });
    const up = applyOverride(entry, 'AAA', '集团重点型号配套');
    expect(up.ok && up.entry.change).toBe('up');
  });

  it('overriding back to the proposed grade removes the override (no reason needed)', () => {
    const overridden = applyOverride(entry, 'A', '理由');
    if (!overridden.ok) throw new Error('expected ok');
    expect(applyOverride(overridden.entry, 'B', '')).toEqual({ ok: true, entry });
  });
});
