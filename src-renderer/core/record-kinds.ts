/**
 * The kinds of enveloped records the archive holds: each is a table of the database and a `kind`
 * in archive files. Order matters for restore and exchange: parents before children.
 */
export const RECORD_KINDS = [
  'profile',
  'managers',
  'customers',
  'contacts',
  'interactions',
  'requirements',
  'benefits',
  'settlements',
  'handovers',
  'complaints',
  'gradingConfigs',
  'assessments',
  'gradeRuns',
  'gradings',
  'followUps',
  'questionnaires',
  'surveys',
  // Issue 18: a file's metadata (its bytes live apart, once per SHA-256: data/attachments).
  'attachments',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
