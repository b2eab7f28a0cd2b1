import type { ClassificationLevel } from './classification';

/**
 * The fields of the customer-archive records, without the envelope (id, rev, origin, updatedBy,
 * deletedAt — see envelope.ts). A stored row is `CustomerFields & Envelope`.
 * Plain types only for now: the archive and complaint issues add zod schemas and refine them.
 *
 * Conventions: dates are local calendar days 'YYYY-MM-DD' (string order = date order, so they
 * index well); instants are ISO 8601 strings; money is in 万元 (10,000 CNY) as the institute reports it.
 */
export type IsoDate = string;
export type IsoDateTime = string;

/** 1 = group (集团), 2 = second level (二级院/公司), 3 = third level (三级所/厂). */
export type CustomerLevel = 1 | 2 | 3;
export const CUSTOMER_TYPES = ['defence_group', 'armed_forces', 'private', 'research_institute', 'other'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];
export const CUSTOMER_STATUSES = ['active', 'dormant', 'lost'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

export interface CustomerFields {
  name: string;
  shortName: string;
  level: CustomerLevel;
  /** The unit one level up (a level-3 所/厂 points to its 二级院), null for a top unit. */
  parentId: string | null;
  type: CustomerType;
  /** 专业领域, free words such as 复合材料, 惯性导航. */
  fields: string[];
  region: string;
  address: string;
  cooperationStart: IsoDate | null;
  status: CustomerStatus;
  tags: string[];
  notes: string;
  /** Classification level of this record (what a printout of it must be marked with at least). */
  classification: ClassificationLevel;
  /** The responsible account manager (客户经理); the name is kept too so lists need no join. */
  managerId: string | null;
  managerName: string;
  /** Pinyin of the name, lowercase, syllables separated by spaces: lists sort by it (IndexedDB sorts by code point). */
  sortKey: string;
  /** Lowercase keys a prefix search matches: name, short name, pinyin initials, full pinyin. */
  searchKeys: string[];
}

export interface ContactFields {
  customerId: string;
  name: string;
  /** 主任, 副所长, 高级工程师… */
  title: string;
  /** The customer's department, e.g. 科研生产部. */
  department: string;
  /** Mobile 1[3-9]x xxxx xxxx or landline 0xx-xxxxxxxx, digits and one hyphen. */
  phones: string[];
  notes: string;
  /** The customer's first point of contact; one per customer. */
  primary: boolean;
  searchKeys: string[];
}

export const INTERACTION_KINDS = ['visit', 'call', 'meeting', 'tech_exchange', 'delivery', 'after_sales', 'other'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];
/** Our own departments, whose scattered contact with the customer an interaction consolidates. */
export const OUR_DEPARTMENTS = ['design', 'process', 'procurement', 'scheduling', 'quality', 'marketing', 'production', 'other'] as const;
export type OurDepartment = (typeof OUR_DEPARTMENTS)[number];

/** 往来记录: one contact between us and the customer. */
export interface InteractionFields {
  customerId: string;
  date: IsoDate;
  kind: InteractionKind;
  departments: OurDepartment[];
  /** Names of the people present (ours and theirs). */
  participants: string[];
  summary: string;
  nextStep: string;
  followUpDate: IsoDate | null;
}

/** Business figures of one customer in one year (grading reads the latest year). */
export interface BenefitYearFields {
  customerId: string;
  year: number;
  /** Contract amount signed that year, 万元. */
  contractWan: number;
  /** 年综合效益, 万元. */
  benefitWan: number;
}

/** One receivable; payment stability is derived from how late these were paid. */
export interface SettlementFields {
  customerId: string;
  receivableWan: number;
  dueDate: IsoDate;
  /** Null while unpaid. */
  paidDate: IsoDate | null;
  amountPaidWan: number | null;
}

export const COMPLAINT_CHANNELS = ['phone', 'letter', 'visit', 'questionnaire', 'follow_up', 'other'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export const COMPLAINT_CATEGORIES = ['quality', 'delivery', 'tech_service', 'documentation', 'price', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];
export const COMPLAINT_SEVERITIES = ['critical', 'major', 'minor'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];
/** The workflow of PRODUCT.md §3; 'rejected' ends it early, a reopen goes back to 'accepted'. */
export const COMPLAINT_STATUSES = ['registered', 'accepted', 'analysing', 'corrective_action', 'answered', 'verified', 'closed', 'rejected'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export interface ComplaintFields {
  customerId: string;
  /** TS-<year>-<sequence in that year>, e.g. TS-2026-0001. */
  number: string;
  channel: ComplaintChannel;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  status: ComplaintStatus;
  receivedAt: IsoDateTime;
  /** Answer due by (severity × customer grade); open complaints past it are overdue. */
  dueDate: IsoDate;
  /** Product or batch concerned. */
  product: string;
  description: string;
}
