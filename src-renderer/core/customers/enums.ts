/**
 * The closed lists of the customer archive (the zod schemas choose among them, labels name them).
 * No imports: every archive module, and core/model.ts, may use them without a cycle.
 */

/** 1 = group (集团), 2 = second level (二级院/公司), 3 = third level (三级所/厂). */
export const CUSTOMER_LEVELS = [1, 2, 3] as const;
export type CustomerLevel = (typeof CUSTOMER_LEVELS)[number];
export const CUSTOMER_TYPES = ['defence_group', 'armed_forces', 'private', 'research_institute', 'other'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];
export const CUSTOMER_STATUSES = ['active', 'dormant', 'lost'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

export const INTERACTION_KINDS = ['visit', 'call', 'meeting', 'tech_exchange', 'delivery', 'after_sales', 'other'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];
/** Our own departments, whose scattered contact with the customer an interaction consolidates. */
export const OUR_DEPARTMENTS = ['design', 'process', 'procurement', 'scheduling', 'quality', 'marketing', 'production', 'other'] as const;
export type OurDepartment = (typeof OUR_DEPARTMENTS)[number];

/** 需求 workflow: received → being worked on → answered to the customer → closed. */
export const REQUIREMENT_STATUSES = ['open', 'in_progress', 'answered', 'closed'] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];
