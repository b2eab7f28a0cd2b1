import type { AirgapDb } from '../db';

export type {
  AssessmentRecord,
  ConfigBodies,
  ConfigKind,
  CurrentConfig,
  FollowUpRecord,
  FollowUpState,
  GradeRunRecord,
  GradingConfigRecord,
  GradingRecord,
  RunStatus,
} from '../rows/grading';

/** The grading tables under the names the grading repositories use (the database declares them all). */
export function gradingTables(db: AirgapDb) {
  return { configs: db.gradingConfigs, assessments: db.assessments, runs: db.gradeRuns, gradings: db.gradings, followUps: db.followUps };
}
