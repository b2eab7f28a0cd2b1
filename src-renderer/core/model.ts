import type { ComplaintDeadlines } from './complaints/deadlines';
import type { ComplaintHistoryEntry } from './complaints/workflow';
import type { Zeroing } from './complaints/zeroing';
import type { Grade } from './grading/types';
import type {
  BenefitYearValues,
  ContactValues,
  CustomerValues,
  HandoverValues,
  InteractionValues,
  ManagerValues,
  RequirementValues,
  SettlementValues,
} from './archive-domain/schemas';

/**
 * The fields of the customer-archive records, without the envelope (id, rev, origin, updatedBy,
 * deletedAt — see envelope.ts). A stored row is `CustomerFields & Envelope`.
 * The enums live here; the archive record types are inferred from the zod schemas of
 * core/archive-domain (one source of truth), plus the derived keys a row stores.
 *
 * Conventions: dates are local calendar days 'YYYY-MM-DD' (string order = date order, so they
 * index well); instants are ISO 8601 strings; money is in 万元 (10,000 CNY) as the institute reports it.
 */
export type IsoDate = string;
export type IsoDateTime = string;

/** 1 = group (集团), 2 = second level (二级院/公司), 3 = third level (三级所/厂). */
export const CUSTOMER_LEVELS = [1, 2, 3] as const;
export type CustomerLevel = (typeof CUSTOMER_LEVELS)[number];
export const CUSTOMER_TYPES = ['defence_group', 'armed_forces', 'private', 'research_institute', 'other'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];
export const CUSTOMER_STATUSES = ['active', 'dormant', 'lost'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/**
 * A customer unit (see archive-domain/customer.ts for every field's rule). Derived on save:
 * `sortKey`, the pinyin of the name, lowercase, syllables separated by spaces (lists sort by it:
 * IndexedDB sorts by code point), and `searchKeys`, the prefix-search keys (core/search/keys.ts).
 */
export type CustomerFields = CustomerValues & { sortKey: string; searchKeys: string[] };

/** A person at the customer; `searchKeys` (name, pinyin, phone digits) are derived on save. */
export type ContactFields = ContactValues & { searchKeys: string[] };

export const INTERACTION_KINDS = ['visit', 'call', 'meeting', 'tech_exchange', 'delivery', 'after_sales', 'other'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];
/** Our own departments, whose scattered contact with the customer an interaction consolidates. */
export const OUR_DEPARTMENTS = ['design', 'process', 'procurement', 'scheduling', 'quality', 'marketing', 'production', 'other'] as const;
export type OurDepartment = (typeof OUR_DEPARTMENTS)[number];

/** 往来记录: one contact between us and the customer. */
export type InteractionFields = InteractionValues;

/** 需求 workflow: received → being worked on → answered to the customer → closed. */
export const REQUIREMENT_STATUSES = ['open', 'in_progress', 'answered', 'closed'] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];
export type RequirementFields = RequirementValues;

/** Business figures of one customer in one year (grading reads the latest year). */
export type BenefitYearFields = BenefitYearValues;
/** One receivable; payment stability is derived from how late these were paid. */
export type SettlementFields = SettlementValues;
/** 交接 of a customer from one account manager to another. */
export type HandoverFields = HandoverValues;
/** One of our account managers (客户经理). */
export type ManagerFields = ManagerValues;

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
