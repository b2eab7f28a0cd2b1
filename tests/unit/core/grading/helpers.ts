import type { GradeFacts } from '../../../../src-renderer/core/grading';

/** Facts that satisfy no condition at all: grade A, and a base that one change moves across one boundary. */
export const NOTHING: GradeFacts = {
  annualBenefitWan: 0,
  cooperationYears: 0,
  paymentStability: 'unstable',
  communicationDifficult: false,
  subjectiveScore: 30,
};

/** Facts that meet every AAA and AA condition. */
export const EXCELLENT: GradeFacts = {
  annualBenefitWan: 260,
  cooperationYears: 5,
  paymentStability: 'stable',
  communicationDifficult: false,
  subjectiveScore: 90,
};

export const facts = (patch: Partial<GradeFacts>, base: GradeFacts = NOTHING): GradeFacts => ({ ...base, ...patch });
