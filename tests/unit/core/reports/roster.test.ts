import { describe, expect, it } from 'vitest';
import { groupRoster, type RosterRow } from '../../../../src-renderer/core/reports';

function row(id: string, grade: RosterRow['grade'], benefitWan: number | null, extra: Partial<RosterRow> = {}): RosterRow {
  return {
    customerId: id,
    name: id,
    sortKey: id,
    type: 'research_institute',
    managerId: 'm1',
    managerName: '王佳',
    classification: 'internal',
    grade,
    benefitWan,
    benefitYear: 2025,
    cooperationYears: 3,
    paymentStability: 'stable',
    subjectiveScore: null,
    evaluationDate: '2026-06-30',
    ...extra,
  };
}

describe('groupRoster', () => {
  const rows = [
    row('c', 'AA', 30),
    row('a', 'AAA', 260),
    row('b', 'AAA', 300),
    row('d', 'B', null),
    row('e', 'AAA', 260, { type: 'private', managerId: null, managerName: '' }),
  ];

  it('groups AAA → B (every grade, empty ones too), largest benefit first, then pinyin order', () => {
    const roster = groupRoster(rows);
    expect(roster.groups.map((g) => [g.grade, g.rows.map((r) => r.customerId)])).toEqual([
      ['AAA', ['b', 'a', 'e']],
      ['AA', ['c']],
      ['A', []],
      ['B', ['d']],
    ]);
    expect(roster.total).toBe(5);
    expect(roster.groups[0]!.benefitWan).toBe(820);
    expect(roster.benefitWan).toBe(850);
  });

  it('filters by manager (or "no manager") and by customer type', () => {
    expect(groupRoster(rows, { managerId: '' }).total).toBe(1);
    expect(groupRoster(rows, { managerId: 'm1' }).total).toBe(4);
    expect(groupRoster(rows, { type: 'private' }).groups[0]!.rows.map((r) => r.customerId)).toEqual(['e']);
    expect(groupRoster(rows, { type: 'armed_forces' }).total).toBe(0);
  });

  it('sums in whole yuan: 0.1 + 0.2 prints as 0.3', () => {
    expect(groupRoster([row('x', 'A', 0.1), row('y', 'A', 0.2)]).benefitWan).toBe(0.3);
  });
});
