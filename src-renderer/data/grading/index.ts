/**
 * Grading storage (schema v3): configuration versions, assessments, grading runs and their
 * entries, follow-up tasks, and the reads of the 80/20 view and the dashboard. The rules are in
 * core/grading; this layer reads the archive, calls them, and writes through data/records.
 */
export * from './types';
export { approvalSchema, configHistory, configVersion, currentConfig, DEFAULT_CONFIGS, restoreDefaultConfig, saveConfig, type Approval } from './config';
export { assessmentOf, saveAssessment } from './assessments';
export {
  approveRun,
  assessmentYearOf,
  discardRun,
  draftGrading,
  getRun,
  gradeHistory,
  listRuns,
  overrideGrading,
  previewGrading,
  runEntries,
  runEntriesOf,
} from './runs';
export { openDraftOf } from './customer-draft';
export { dueFollowUps, openFollowUpOf, recordFollowUpContact, type DueFollowUp } from './follow-ups';
export {
  benefitYears,
  gradeCounts,
  gradingDrafts,
  gradingStatus,
  KEYED_READ_MAX,
  latestBenefitYear,
  paretoCustomers,
  paretoOfYear,
  paretoRanking,
  type ParetoCustomer,
} from './analysis';
