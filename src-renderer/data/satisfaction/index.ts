/**
 * Satisfaction storage (schema v4, issue 5): questionnaire versions, survey records, their trends,
 * and the 回访 that records a visit and its survey together. Rules in core/complaints (scoring,
 * trend) and core/satisfaction-records.ts (what a row holds); writes go through data/records.ts.
 */
export * from './types';
export { listQuestionnaires, questionnaireHistory, questionnaireVersion, saveQuestionnaire, type QuestionnaireVersion } from './questionnaires';
export { createSurvey, customerTrend, deleteSurvey, latestSurveys, restoreSurvey, surveysBetween, surveysOf, surveyYears } from './surveys';
export { recordFollowUpVisit, type FollowUpVisitInput, type FollowUpVisitKind } from './follow-up-visit';
export {
  customerSatisfaction,
  dimensionMeans,
  satisfactionOverview,
  versionOf,
  versionsByKey,
  withNames,
  type DimensionMean,
  type ListedSurvey,
  type SatisfactionOverview,
} from './overview';
