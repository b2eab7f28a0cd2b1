import { CONTROL_CHARS, TEXT_LIMITS } from '../validation';
import type { IsoDateTime } from '../iso-dates';
import type { ComplaintCategory, ComplaintStatus } from './enums';
import { zeroingStatus, type Zeroing, type ZeroingItemId } from './zeroing';

/**
 * The complaint workflow of PRODUCT.md §3 as a pure state machine. `transition` never throws for
 * something a user can do wrong: it returns a typed refusal whose `code` is an i18n key, so the
 * screen shows it and the repository refuses the same thing with the same words.
 *
 *   registered → accepted → analysing → corrective_action → answered → verified → closed
 *   reject (reason): from registered, accepted, analysing, reopened → rejected
 *   reopen (reason): from answered, verified, closed, rejected → reopened
 *   verify not accepted (reason): answered → reopened
 *   reopened → analysing (the same handler analyses again)
 *
 * Why those sources (docs/complaints.md): a rejection says "the complaint is unfounded", which is
 * decided at intake or from the analysis; once corrective action has started we have admitted the
 * problem, so it is answered, not rejected. A reopen brings back a complaint that was dealt with;
 * an open one has nothing to reopen.
 */
export const COMPLAINT_ACTIONS = ['accept', 'analyse', 'start_corrective_action', 'answer', 'verify', 'close', 'reject', 'reopen'] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/** Where each action may start, and where it leads (verify: when the customer accepts; see VERIFY_NOT_ACCEPTED_TARGET). */
export const TRANSITIONS: Readonly<Record<ComplaintAction, { from: readonly ComplaintStatus[]; to: ComplaintStatus }>> = {
  accept: { from: ['registered'], to: 'accepted' },
  analyse: { from: ['accepted', 'reopened'], to: 'analysing' },
  start_corrective_action: { from: ['analysing'], to: 'corrective_action' },
  answer: { from: ['corrective_action'], to: 'answered' },
  verify: { from: ['answered'], to: 'verified' },
  close: { from: ['verified'], to: 'closed' },
  reject: { from: ['registered', 'accepted', 'analysing', 'reopened'], to: 'rejected' },
  reopen: { from: ['answered', 'verified', 'closed', 'rejected'], to: 'reopened' },
};
export const VERIFY_NOT_ACCEPTED_TARGET: ComplaintStatus = 'reopened';

/** Actions that need a reason (and verify when the customer does not accept). */
export const REASON_ACTIONS: readonly ComplaintAction[] = ['reject', 'reopen'];
export const SATISFACTION_MIN = 1;
export const SATISFACTION_MAX = 5;

/** What the workflow needs to know of a complaint. */
export interface WorkflowComplaint {
  status: ComplaintStatus;
  category: ComplaintCategory;
  zeroing?: Zeroing | null;
}

/** The customer's verification of our answer. */
export interface Verification {
  accepted: boolean;
  /** 1–5, 5 = very satisfied. */
  satisfaction: number;
}

export interface TransitionInput {
  by: string;
  at: IsoDateTime;
  comment?: string;
  reason?: string;
  /** Required for 'verify'. */
  verification?: Verification;
}

/** One line of a complaint's history: who did what, when, and why. */
export interface ComplaintHistoryEntry {
  action: ComplaintAction;
  from: ComplaintStatus;
  to: ComplaintStatus;
  by: string;
  at: IsoDateTime;
  /** '' when none was given. */
  comment: string;
  reason?: string;
  verification?: Verification;
}

export type TransitionRefusalCode =
  | 'complaints.refusal.notAllowed'
  | 'complaints.refusal.zeroingIncomplete'
  | 'validation.complaints.reasonRequired'
  | 'validation.complaints.verificationRequired'
  | 'validation.complaints.satisfaction'
  | 'validation.complaints.byRequired'
  | 'validation.complaints.instant'
  | 'validation.tooLong'
  | 'validation.controlChars';

export interface TransitionRefusal {
  code: TransitionRefusalCode;
  action: ComplaintAction;
  status: ComplaintStatus;
  /** zeroingIncomplete: the items still to confirm. */
  missing?: ZeroingItemId[];
}

export type TransitionResult = { ok: true; status: ComplaintStatus; entry: ComplaintHistoryEntry } | { ok: false; refusal: TransitionRefusal };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function textProblem(text: string, max: number): TransitionRefusalCode | null {
  if (text.length > max) return 'validation.tooLong';
  if (CONTROL_CHARS.test(text)) return 'validation.controlChars';
  return null;
}

/** The refusal code for `input` to `action`, or null when the input is complete (state rules are checked apart). */
function inputProblem(action: ComplaintAction, input: TransitionInput): TransitionRefusalCode | null {
  if (!input.by || input.by.trim() === '') return 'validation.complaints.byRequired';
  if (!ISO_INSTANT.test(input.at) || Number.isNaN(Date.parse(input.at))) return 'validation.complaints.instant';
  const comment = input.comment ?? '';
  const commentProblem = textProblem(comment, TEXT_LIMITS.long);
  if (commentProblem) return commentProblem;
  const reason = (input.reason ?? '').trim();
  if (action === 'verify') {
    const v = input.verification;
    if (!v || typeof v.accepted !== 'boolean') return 'validation.complaints.verificationRequired';
    if (!Number.isInteger(v.satisfaction) || v.satisfaction < SATISFACTION_MIN || v.satisfaction > SATISFACTION_MAX)
      return 'validation.complaints.satisfaction';
    // "Not accepted" reopens the complaint, so it needs a reason like any reopen.
    if (!v.accepted && reason === '') return 'validation.complaints.reasonRequired';
  }
  if (REASON_ACTIONS.includes(action) && reason === '') return 'validation.complaints.reasonRequired';
  return reason === '' ? null : textProblem(reason, TEXT_LIMITS.long);
}

function targetOf(action: ComplaintAction, verification: Verification | undefined): ComplaintStatus {
  if (action === 'verify' && verification && !verification.accepted) return VERIFY_NOT_ACCEPTED_TARGET;
  return TRANSITIONS[action].to;
}

/** Whether `action` may start from the complaint's state (ignoring the input); the quality gate included. */
function stateRefusal(complaint: WorkflowComplaint, action: ComplaintAction): TransitionRefusal | null {
  if (!TRANSITIONS[action].from.includes(complaint.status)) return { code: 'complaints.refusal.notAllowed', action, status: complaint.status };
  if (action === 'close' && complaint.category === 'quality') {
    const zeroing = zeroingStatus(complaint.zeroing);
    if (!zeroing.complete) return { code: 'complaints.refusal.zeroingIncomplete', action, status: complaint.status, missing: zeroing.missing };
  }
  return null;
}

export function transition(complaint: WorkflowComplaint, action: ComplaintAction, input: TransitionInput): TransitionResult {
  const refusal = stateRefusal(complaint, action);
  if (refusal) return { ok: false, refusal };
  const problem = inputProblem(action, input);
  if (problem) return { ok: false, refusal: { code: problem, action, status: complaint.status } };
  const to = targetOf(action, input.verification);
  const entry: ComplaintHistoryEntry = { action, from: complaint.status, to, by: input.by.trim(), at: input.at, comment: (input.comment ?? '').trim() };
  const reason = (input.reason ?? '').trim();
  if (reason !== '') entry.reason = reason;
  if (action === 'verify' && input.verification) entry.verification = { accepted: input.verification.accepted, satisfaction: input.verification.satisfaction };
  return { ok: true, status: to, entry };
}

/**
 * The actions the UI offers for this complaint: legal from its state. `close` of a quality complaint
 * is listed only once its zeroing is complete (`blockedActions` says what holds it back).
 */
export function allowedActions(complaint: WorkflowComplaint): ComplaintAction[] {
  return COMPLAINT_ACTIONS.filter((action) => stateRefusal(complaint, action) === null);
}

/** Actions legal from the state but held back by a gate (today only the zeroing gate of `close`). */
export function blockedActions(complaint: WorkflowComplaint): TransitionRefusal[] {
  return COMPLAINT_ACTIONS.map((action) => stateRefusal(complaint, action)).filter(
    (r): r is TransitionRefusal => r !== null && r.code !== 'complaints.refusal.notAllowed',
  );
}

export const INITIAL_COMPLAINT_STATUS: ComplaintStatus = 'registered';

export type ReplayResult = { ok: true; status: ComplaintStatus } | { ok: false; index: number };

/**
 * Replays a history from 'registered': every entry must start where the previous one ended, be
 * legal from there and lead where its action (and verification) leads. Gates that depend on other
 * data (the zeroing checklist at the time) were checked when the step was taken and are not
 * re-checked. `index` is the first entry that does not fit.
 */
export function replayHistory(history: readonly ComplaintHistoryEntry[]): ReplayResult {
  let status = INITIAL_COMPLAINT_STATUS;
  for (let i = 0; i < history.length; i++) {
    const entry = history[i]!;
    const rule = TRANSITIONS[entry.action];
    if (!rule || entry.from !== status || !rule.from.includes(status) || entry.to !== targetOf(entry.action, entry.verification))
      return { ok: false, index: i };
    status = entry.to;
  }
  return { ok: true, status };
}
