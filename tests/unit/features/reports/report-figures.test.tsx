// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cooperationYears, decideGrade, describeCondition, scoreText, yearsText } from '../../../../src-renderer/core/grading';
import { groupRoster, type RosterRow } from '../../../../src-renderer/core/reports';
import { reportFormat } from '../../../../src-renderer/features/reports/report-format';
import { RosterReport } from '../../../../src-renderer/features/reports/roster/RosterReport';
import { PrintSheet } from '../../../../src-renderer/ui/print/PrintSheet';

/**
 * Issue 12 (10): one figure, one rounding, one mark. The roster prints cooperation years and the
 * subjective score exactly as the grading screens write them (core `yearsText` / `scoreText`: years
 * cut, never rounded up), and its title block carries the mark of the sheet — the page header's.
 */
afterEach(cleanup);

function row(id: string, cooperation: number, score: number | null): RosterRow {
  return {
    customerId: id,
    name: id,
    sortKey: id,
    type: 'research_institute',
    managerId: 'm1',
    managerName: '王佳',
    classification: 'internal',
    grade: 'AAA',
    benefitWan: 260,
    benefitYear: 2025,
    cooperationYears: cooperation,
    paymentStability: 'stable',
    subjectiveScore: score,
    evaluationDate: '2026-06-30',
  };
}

const SETUP = {
  orientation: 'landscape' as const,
  mark: '秘密★10年',
  copyNumber: '份号：未登记',
  organisation: '航天材料及工艺研究所',
  printedLine: '打印人：张伟',
  pageTemplate: '第 {page} 页 共 {pages} 页',
};

describe('the roster’s figures are the grading screens’ figures', () => {
  it('cooperation years are cut like the batch screen’s reasons (7.56 → 7.5, not 7.6); scores keep their two decimals', () => {
    const rows = [row('甲', 7.56, 72.45), row('乙', 6.29, null), row('丙', 8.75, 80)];
    render(
      <PrintSheet setup={SETUP} footerNote="" label="名册" busy={false}>
        <RosterReport roster={groupRoster(rows)} title="2026 年度客户分级名册" subtitle="" format={reportFormat('zh-CN')} />
      </PrintSheet>,
    );
    const table = screen.getByTestId('roster-AAA');
    const cells = (name: string) => within(table).getByText(name).closest('tr')!.querySelectorAll('td');
    // Columns: 序号 客户 类型 客户经理 效益 合作年限 回款 主观评分 评定日期.
    expect(cells('甲')[5]!.textContent).toBe('7.5');
    expect(cells('乙')[5]!.textContent).toBe('6.2');
    expect(cells('丙')[5]!.textContent).toBe('8.7');
    expect(cells('甲')[7]!.textContent).toBe('72.45');
    expect(cells('乙')[7]!.textContent).toBe('—');
    // The same text the grading screens' reasons print for the same figure.
    const decision = decideGrade({
      annualBenefitWan: 260,
      cooperationYears: 7.56,
      paymentStability: 'stable',
      communicationDifficult: false,
      subjectiveScore: 72.45,
    });
    const cooperation = decision.checked.find((c) => c.code === 'aaa_cooperation')!;
    expect(describeCondition(cooperation)).toBe('合作 7.5 年 ≥ 2 年');
  });

  it('the title block carries the sheet’s mark, the one in the page header', () => {
    render(
      <PrintSheet setup={SETUP} footerNote="" label="名册" busy={false}>
        <RosterReport roster={groupRoster([])} title="2026 年度客户分级名册" subtitle="" format={reportFormat('zh-CN')} />
      </PrintSheet>,
    );
    expect(screen.getByTestId('sheet-mark').textContent).toBe('秘密★10年');
    expect(screen.getByTestId('title-mark').textContent).toBe('密级：秘密★10年');
  });
});

describe('reportFormat writes grading figures with core’s functions', () => {
  it('for any years and score, the same text as yearsText / scoreText (no second rounding)', () => {
    const f = reportFormat('zh-CN');
    for (let hundredths = 0; hundredths <= 3000; hundredths += 7) {
      const years = hundredths / 100;
      expect(f.years(years)).toBe(yearsText(years));
      expect(f.score(years)).toBe(scoreText(years));
    }
    // A real figure: 2019-03-05 → 2026-11-26 is 7.72… years, printed 7.7 both ways.
    const real = cooperationYears('2019-03-05', '2026-11-26');
    expect(f.years(real)).toBe(yearsText(real));
    expect(f.years(null)).toBe('—');
  });

  it('a mean as core computed it (2 decimals) prints as the complaint-statistics screen writes it, not rounded again', () => {
    expect(reportFormat('zh-CN').number(3.25)).toBe('3.25');
    expect(reportFormat('zh-CN').number(12)).toBe('12');
    expect(reportFormat('en-US').number(1234.5)).toBe('1234.5');
  });
});
