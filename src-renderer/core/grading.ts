/**
 * Customer grading (PRODUCT.md §2), the public contract: every export other modules may use is
 * here; import from this file, not from `grading/*`. Pure (no storage, UI or clock): the caller
 * passes the evaluation date. Documented in docs/grading.md.
 *
 * - rules: `gradeCustomer` (grade + Chinese reasons), `decideGrade` (the same as data), criteria and
 *   their schema;
 * - facts: `paymentStabilityFromSettlements` / `assessPayment`, `cooperationYears`, `gradingFacts`;
 * - scoring template (打分表): `DEFAULT_TEMPLATE`, `scoringTemplateSchema`, `scoreTemplate`;
 * - 80/20: `paretoAnalysis`, `gradeDistribution`;
 * - batch re-grading drafts: `planRegrade`, `applyOverride`;
 * - service policy and follow-ups (回访计划): `DEFAULT_SERVICE_POLICY`, `planFollowUps`.
 */
export { compareGrades, GRADES, isGrade, PAYMENT_STABILITIES, type Grade, type GradeFacts, type PaymentStability, type SettlementLike } from './grading/types';
export {
  DEFAULT_CRITERIA,
  DEFAULT_PAYMENT_THRESHOLDS,
  gradeCriteriaSchema,
  paymentThresholdsSchema,
  type GradeCriteria,
  type GradeCriteriaValues,
  type PaymentThresholds,
} from './grading/criteria';
export {
  decideGrade,
  GRADE_CONDITION_CODES,
  roundScore,
  roundWan,
  type GradeCondition,
  type GradeConditionCode,
  type GradeDecision,
  type MissingFact,
} from './grading/decide';
export { decisionSentence, describeCondition, explainDecision, missingNotes, paymentClause, shownReasons, type DecisionWords } from './grading/explain';
export { scoreText, truncateYears, wanText, yearsText } from './grading/figures';
export { gradeCustomer, type GradeResult } from './grading/grade';
export { assessPayment, paymentStabilityFromSettlements, stabilityOf, type PaymentAssessment } from './grading/payment';
export { cooperationYears } from './grading/cooperation';
export { annualBenefitFor, benefitYearFor, gradingFacts, type BenefitYearLike, type CustomerFigures } from './grading/facts';
export {
  DEFAULT_TEMPLATE,
  SUBJECTIVE_TOTAL,
  type BandedItem,
  type ObjectiveItem,
  type ObjectiveSource,
  type PaymentItem,
  type ScoringBand,
  type ScoringItem,
  type ScoringTemplate,
  type SubjectiveItem,
} from './grading/template';
export { scoringTemplateSchema, subjectiveEntriesSchema, type SubjectiveEntries } from './grading/template-schema';
export { scoreTemplate, type ItemScore, type TemplateScore } from './grading/template-score';
export { gradeDistribution, paretoAnalysis, type GradeDistribution, type ParetoAnalysis, type ParetoInput, type ParetoRow } from './grading/pareto';
export {
  applyOverride,
  changeOf,
  clearOverride,
  OVERRIDE_REASON_MAX,
  planRegrade,
  REGRADE_CHANGES,
  summariseRegrade,
  type CurrentGrade,
  type GradeOverride,
  type OverrideError,
  type OverrideResult,
  type ProposedGrade,
  type RegradeChange,
  type RegradeEntry,
  type RegradePlan,
  type RegradeSummary,
} from './grading/regrade';
export {
  COMPLAINT_SEVERITIES,
  complaintDeadlineDays,
  DEFAULT_SERVICE_POLICY,
  servicePolicySchema,
  SIGN_OFF_ROLES,
  UNGRADED_POLICY_GRADE,
  type ComplaintSeverity,
  type GradeServicePolicy,
  type ServicePolicy,
  type SignOffRole,
} from './grading/service-policy';
export {
  FOLLOW_UP_DUE_SOON_DAYS,
  FOLLOW_UP_INTERACTION_KINDS,
  followUpStatus,
  nextFollowUp,
  planFollowUps,
  type FollowUpCustomer,
  type FollowUpPlan,
  type FollowUpStatus,
  type FollowUpTask,
} from './grading/follow-ups';
export { evaluateCustomer, type CustomerEvaluation, type CustomerRecordsForGrading } from './grading/evaluate';
export {
  customerGradeFieldsShape,
  GRADE_RUN_STATUSES,
  storedAssessmentSchema,
  storedFollowUpSchema,
  storedGradeRunSchema,
  storedGradingConfigSchema,
  storedGradingSchema,
  type GradeRunStatus,
} from './grading/stored';
