/**
 * Complaints (投诉反馈, PRODUCT.md §3), the pure domain and its public contract: import from this
 * file, not from `complaints/*`. No storage, UI or clock (the caller passes `now`). Documented in
 * docs/complaints.md.
 *
 * - workflow: `transition`, `allowedActions`, `blockedActions`, `replayHistory`;
 * - quality zeroing (质量问题归零): the checklist, `confirmZeroingItem`, `zeroingStatus`;
 * - deadlines: `deadlinesFor`, `overdueStatus`, the config and its schema;
 * - numbering: `nextComplaintNumber`, `parseComplaintNumber`, `formatComplaintNumber`;
 * - satisfaction: questionnaire templates, `scoreSurvey`, `satisfactionTrend`;
 * - statistics: `complaintStatistics`, `milestonesOf`;
 * - intake and settings schemas (`complaintIntakeSchema`; `complaintEntrySchema(now)` adds "not received in the future"),
 *   `complaintSettingsSchema`, the stored row (`storedComplaintSchema`, without that rule).
 */
export {
  COMPLAINT_ACTIONS,
  INITIAL_COMPLAINT_STATUS,
  REASON_ACTIONS,
  SATISFACTION_MAX,
  SATISFACTION_MIN,
  TRANSITIONS,
  VERIFY_NOT_ACCEPTED_TARGET,
  allowedActions,
  blockedActions,
  replayHistory,
  transition,
  type ComplaintAction,
  type ComplaintHistoryEntry,
  type ReplayResult,
  type TransitionInput,
  type TransitionRefusal,
  type TransitionRefusalCode,
  type TransitionResult,
  type Verification,
  type WorkflowComplaint,
} from './complaints/workflow';
export {
  MANAGEMENT_ZEROING_ITEMS,
  TECHNICAL_ZEROING_ITEMS,
  ZEROING_ITEMS,
  confirmZeroingItem,
  hasZeroing,
  isItemConfirmed,
  zeroingConfirmationSchema,
  zeroingSchema,
  zeroingStatus,
  type ConfirmZeroingResult,
  type Zeroing,
  type ZeroingConfirmation,
  type ZeroingItemId,
  type ZeroingStatus,
} from './complaints/zeroing';
export {
  DAY_COUNTS,
  DEADLINE_STAGES,
  DEFAULT_DEADLINE_CONFIG,
  addDeadlineDays,
  chinaDayNumber,
  chinaDayOf,
  chinaInstant,
  chinaTimeOf,
  complaintDeadlineConfigSchema,
  deadlinesFor,
  nextDeadlineOf,
  openStages,
  overdueStatus,
  workingDayTest,
  type ComplaintDeadlineConfig,
  type ComplaintDeadlines,
  type DayCount,
  type DeadlineComplaint,
  type DeadlineStage,
  type OverdueStage,
  type OverdueStatus,
} from './complaints/deadlines';
export {
  DEPARTMENT_CODE,
  formatComplaintNumber,
  isDepartmentCode,
  nextComplaintNumber,
  parseComplaintNumber,
  type ComplaintNumber,
} from './complaints/numbering';
export {
  DEFAULT_QUESTIONNAIRE,
  periodOf,
  questionnaireTemplateSchema,
  satisfactionTrend,
  scoreSurvey,
  surveyScoresSchema,
  type QuestionnaireTemplate,
  type SatisfactionDimension,
  type SurveyScore,
  type SurveyScores,
  type TrendPeriod,
  type TrendPoint,
} from './complaints/satisfaction';
export {
  complaintStatistics,
  milestonesOf,
  type ComplaintMilestones,
  type ComplaintStatistics,
  type ComplaintStatsRow,
  type StatsFilter,
} from './complaints/statistics';
export {
  complaintAnswerTextSchema,
  complaintEntrySchema,
  complaintIntakeSchema,
  complaintSettingsSchema,
  DEFAULT_COMPLAINT_SETTINGS,
  RECEIPT_CLOCK_TOLERANCE_MS,
  type ComplaintIntake,
  type ComplaintSettings,
} from './complaints/intake';
export { storedComplaintSchema } from './complaints/stored';
