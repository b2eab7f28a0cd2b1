import type { IsoDate } from '../iso-dates';
import type { GradeCriteria } from './criteria';
import { decideGrade, type GradeDecision } from './decide';
import { explainDecision } from './explain';
import { annualBenefitFor, benefitYearFor, gradingFacts, type BenefitYearLike } from './facts';
import type { PaymentAssessment } from './payment';
import type { ScoringTemplate } from './template';
import type { SubjectiveEntries } from './template-schema';
import { scoreTemplate, type TemplateScore } from './template-score';
import type { GradeFacts, SettlementLike } from './types';

/** What the archive holds of one customer for a grading. */
export interface CustomerRecordsForGrading<S extends SettlementLike = SettlementLike, B extends BenefitYearLike = BenefitYearLike> {
  cooperationStart: IsoDate | null;
  /** The customer's business-figure rows (any years; the grading reads `benefitYearFor`). */
  benefits: readonly B[];
  settlements: readonly S[];
  /** The manager's subjective scores and 沟通困难 mark for the year, if entered. */
  assessment: { entries: SubjectiveEntries; communicationDifficult: boolean } | null;
}

/** One customer graded: the facts, the scoring table, the decision and its Chinese reasons. */
export interface CustomerEvaluation {
  benefitYear: number;
  facts: GradeFacts;
  payment: PaymentAssessment;
  score: TemplateScore;
  decision: GradeDecision;
  reasons: string[];
}

/**
 * The whole grading of one customer on `evaluationDate`: objective facts from the archive, the
 * template's item scores, the subjective score (the sum of the subjective items, null until every
 * one is scored) and the grade by the criteria. Pure and linear in the customer's records.
 */
export function evaluateCustomer(
  records: CustomerRecordsForGrading,
  evaluationDate: IsoDate,
  template: ScoringTemplate,
  criteria: GradeCriteria,
): CustomerEvaluation {
  const benefitYear = benefitYearFor(evaluationDate);
  const entries = records.assessment?.entries ?? {};
  const { facts: objective, payment } = gradingFacts(
    {
      cooperationStart: records.cooperationStart,
      annualBenefitWan: annualBenefitFor(records.benefits, benefitYear),
      settlements: records.settlements,
      communicationDifficult: records.assessment?.communicationDifficult ?? false,
      subjectiveScore: null,
    },
    evaluationDate,
    criteria,
  );
  const score = scoreTemplate(template, objective, entries);
  const facts: GradeFacts = { ...objective, subjectiveScore: score.subjectiveScore };
  const decision = decideGrade(facts, criteria);
  return { benefitYear, facts, payment, score, decision, reasons: explainDecision(decision) };
}
