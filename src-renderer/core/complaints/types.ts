import type { Grade } from '../grading/types';
import type { IsoDate, IsoDateTime } from '../iso-dates';
import type { ComplaintDeadlines } from './deadlines';
import type { ComplaintChannel, ComplaintCategory, ComplaintSeverity, ComplaintStatus } from './enums';
import type { ComplaintHistoryEntry } from './workflow';
import type { Zeroing } from './zeroing';

/** Our answer to the customer (答复). */
export interface ComplaintAnswer {
  text: string;
  by: string;
  at: IsoDateTime;
}

/** The customer's verification of our answer (the latest one; every one is also in `history`). */
export interface ComplaintVerification {
  accepted: boolean;
  /** 1–5, 5 = very satisfied. */
  satisfaction: number;
  comment: string;
  by: string;
  at: IsoDateTime;
}

/**
 * 投诉 (PRODUCT.md §3, issue 5; rules in core/complaints, docs/complaints.md). The workflow's own
 * data (status, history, zeroing) lives on the record, so a complaint travels and restores whole.
 * Derived on every write by the repository (never typed by a user): `deadlines`, `dueDate`,
 * `nextDeadline` and the four milestones, so the list and the statistics read rows, not histories.
 */
export interface ComplaintFields {
  customerId: string;
  /** TS-<year>-<sequence in that year>, e.g. TS-2026-0001 (TS-<code>-<year>-… with a department code). */
  number: string;
  channel: ComplaintChannel;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  status: ComplaintStatus;
  receivedAt: IsoDateTime;
  /** The customer's contact who raised it; null when not recorded. */
  contactId: string | null;
  /** Product or batch concerned. */
  product: string;
  description: string;
  /** 诉求: what the customer asks for. */
  request: string;
  /** The dedicated handler (经办人), one of our managers (`managers` id); null until assigned. */
  handlerId: string | null;
  /** 责任部门: the responsible internal department, as the institute names it. */
  department: string;
  /** The customer's grade when received (or last reopened): it fixes the deadlines. null: not graded. */
  grade: Grade | null;
  /** acknowledge / answer / close days (core `deadlinesFor`), set at intake and again on reopen. */
  deadlines: ComplaintDeadlines;
  /** = deadlines.answer (kept under its old name: exchange files of schema 3 carry it). */
  dueDate: IsoDate;
  /**
   * The earliest deadline the status has not met yet; null once none is left (closed, rejected).
   * Indexed: IndexedDB leaves null out, so `nextDeadline < today` is exactly the overdue list.
   */
  nextDeadline: IsoDate | null;
  /** Every step taken, oldest first (core `ComplaintHistoryEntry`); replays to `status`. */
  history: ComplaintHistoryEntry[];
  /** 质量问题归零 checklist (quality complaints close only when complete). */
  zeroing: Zeroing;
  answer: ComplaintAnswer | null;
  verification: ComplaintVerification | null;
  /** Milestones of `history` (core `milestonesOf`). */
  acknowledgedAt: IsoDateTime | null;
  answeredAt: IsoDateTime | null;
  closedAt: IsoDateTime | null;
  reopenedAt: IsoDateTime | null;
}
