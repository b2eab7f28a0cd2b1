import type { ClassificationLevel } from '../classification';
import { GRADES, type Grade, type PaymentStability } from '../grading/types';
import type { CustomerType } from '../customers/enums';
import type { IsoDate } from '../iso-dates';

/**
 * 客户分级名册: the customers graded in one year, grouped AAA → B, with the figures their grading
 * read (the stored facts, so the roster prints what the decision was made on, not today's data).
 */
export interface RosterRow {
  customerId: string;
  name: string;
  /** Pinyin order inside a group on equal benefit. */
  sortKey: string;
  type: CustomerType;
  managerId: string | null;
  managerName: string;
  classification: ClassificationLevel;
  grade: Grade;
  /** 年综合效益 of the year graded, 万元 (null: no figures). */
  benefitWan: number | null;
  benefitYear: number;
  cooperationYears: number;
  paymentStability: PaymentStability | null;
  subjectiveScore: number | null;
  evaluationDate: IsoDate;
}

export interface RosterFilter {
  /** One manager's customers; '' = customers without a manager; undefined = all. */
  managerId?: string;
  type?: CustomerType;
}

export interface RosterGroup {
  grade: Grade;
  rows: RosterRow[];
  /** Sum of the group's benefit, 万元 (summed in whole yuan: no float drift in a printed total). */
  benefitWan: number;
}

export interface Roster {
  /** Every grade, AAA first, an empty group included (a count of 0 is a figure too). */
  groups: RosterGroup[];
  total: number;
  benefitWan: number;
}

const yuan = (wan: number | null) => Math.round((wan ?? 0) * 10_000);

function byBenefitThenName(a: RosterRow, b: RosterRow): number {
  const diff = (b.benefitWan ?? -1) - (a.benefitWan ?? -1);
  if (diff !== 0) return diff;
  return a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0;
}

export function matchesRosterFilter(row: RosterRow, filter: RosterFilter): boolean {
  if (filter.type !== undefined && row.type !== filter.type) return false;
  if (filter.managerId !== undefined && (row.managerId ?? '') !== filter.managerId) return false;
  return true;
}

/** The filtered rows grouped by grade; inside a group the largest benefit first, then pinyin order. */
export function groupRoster(rows: readonly RosterRow[], filter: RosterFilter = {}): Roster {
  const byGrade = new Map<Grade, RosterRow[]>(GRADES.map((g) => [g, []]));
  for (const row of rows) if (matchesRosterFilter(row, filter)) byGrade.get(row.grade)!.push(row);
  let totalYuan = 0;
  let total = 0;
  const groups = GRADES.map((grade) => {
    const list = byGrade.get(grade)!.sort(byBenefitThenName);
    const groupYuan = list.reduce((sum, r) => sum + yuan(r.benefitWan), 0);
    totalYuan += groupYuan;
    total += list.length;
    return { grade, rows: list, benefitWan: groupYuan / 10_000 };
  });
  return { groups, total, benefitWan: totalYuan / 10_000 };
}
