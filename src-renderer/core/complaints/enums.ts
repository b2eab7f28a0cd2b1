/**
 * The closed lists of complaints (投诉): how one came in, what it is about, how bad it is, where its
 * workflow stands. No imports: every complaints module, grading's service policy and core/model.ts
 * may use them without a cycle.
 */
export const COMPLAINT_CHANNELS = ['phone', 'letter', 'visit', 'questionnaire', 'follow_up', 'other'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export const COMPLAINT_CATEGORIES = ['quality', 'delivery', 'tech_service', 'documentation', 'price', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];
export const COMPLAINT_SEVERITIES = ['critical', 'major', 'minor'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];
/**
 * The workflow of PRODUCT.md §3 (rules in core/complaints/workflow.ts, docs/complaints.md): 'rejected'
 * ends it early; 'reopened' (the customer did not accept the answer, or the problem came back) goes
 * on to a new analysis.
 */
export const COMPLAINT_STATUSES = [
  'registered',
  'accepted',
  'analysing',
  'corrective_action',
  'answered',
  'verified',
  'closed',
  'rejected',
  'reopened',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
