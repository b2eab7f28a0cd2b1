import { z } from 'zod';
import type { IsoDate, IsoDateTime } from '../iso-dates';
import type { ComplaintCategory } from './enums';
import { requiredText } from '../validation';
import { TEXT_LIMITS } from '../validation';
import { chinaDayOf } from './deadlines';

/**
 * 质量问题归零 (quality-problem zeroing): the "double five" checklist of the defence industry. A
 * quality complaint closes only when every item of both halves is confirmed (see workflow.ts).
 * Item ids are stable English codes; the Chinese names are i18n keys `complaints.zeroing.<id>`.
 */
export const TECHNICAL_ZEROING_ITEMS = [
  'located', // 定位准确
  'mechanism_clear', // 机理清楚
  'reproduced', // 问题复现
  'measures_effective', // 措施有效
  'lessons_applied', // 举一反三
] as const;
export const MANAGEMENT_ZEROING_ITEMS = [
  'process_clear', // 过程清楚
  'responsibility_clear', // 责任明确
  'measures_implemented', // 措施落实
  'dealt_with_seriously', // 严肃处理
  'rules_improved', // 完善规章
] as const;
export const ZEROING_ITEMS = [...TECHNICAL_ZEROING_ITEMS, ...MANAGEMENT_ZEROING_ITEMS] as const;

/**
 * Whether a complaint of this category is zeroed (and so has a 质量问题归零报告): quality complaints
 * only. A delivery, price or documentation complaint is answered, not zeroed; the complaint page,
 * the report's route and the print function all ask this.
 */
export function hasZeroing(category: ComplaintCategory): boolean {
  return category === 'quality';
}
export type ZeroingItemId = (typeof ZEROING_ITEMS)[number];

/** One confirmed item: what proves it, who confirmed it and when. */
export interface ZeroingConfirmation {
  evidence: string;
  confirmedBy: string;
  confirmedAt: IsoDateTime;
}

/** The checklist of one complaint: the items confirmed so far (an absent item is not confirmed). */
export type Zeroing = Partial<Record<ZeroingItemId, ZeroingConfirmation>>;

export const zeroingConfirmationSchema = z.object({
  evidence: requiredText(TEXT_LIMITS.long),
  confirmedBy: requiredText(TEXT_LIMITS.short),
  confirmedAt: z.iso.datetime({ offset: true, error: 'validation.complaints.instant' }),
});

export const zeroingSchema = z.partialRecord(z.enum(ZEROING_ITEMS), zeroingConfirmationSchema);

const filled = (s: string | undefined) => typeof s === 'string' && s.trim() !== '';

/** An item counts only with all three facts: evidence, who and when (an empty form field is not a confirmation). */
export function isItemConfirmed(item: ZeroingConfirmation | undefined): boolean {
  return !!item && filled(item.evidence) && filled(item.confirmedBy) && filled(item.confirmedAt);
}

export interface ZeroingStatus {
  technicalComplete: boolean;
  managementComplete: boolean;
  complete: boolean;
  /** Items still to confirm, in checklist order. */
  missing: ZeroingItemId[];
}

export function zeroingStatus(zeroing: Zeroing | null | undefined): ZeroingStatus {
  const missing = ZEROING_ITEMS.filter((id) => !isItemConfirmed(zeroing?.[id]));
  const technicalComplete = !missing.some((id) => (TECHNICAL_ZEROING_ITEMS as readonly string[]).includes(id));
  const managementComplete = !missing.some((id) => (MANAGEMENT_ZEROING_ITEMS as readonly string[]).includes(id));
  return { technicalComplete, managementComplete, complete: missing.length === 0, missing };
}

export type ConfirmZeroingResult = { ok: true; zeroing: Zeroing } | { ok: false; issues: { path: string; message: string }[] };

/**
 * Confirm (or re-confirm) one item; bad input changes nothing and names the i18n keys of the problems.
 * The confirmation has happened: its office day (China time) cannot be later than `today`, the
 * caller's office day (the form stores noon of the chosen day, so the day is compared, not the time).
 */
export function confirmZeroingItem(zeroing: Zeroing | null | undefined, id: ZeroingItemId, input: unknown, today: IsoDate): ConfirmZeroingResult {
  const parsed = zeroingConfirmationSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
  }
  if (chinaDayOf(parsed.data.confirmedAt) > today) return { ok: false, issues: [{ path: 'confirmedAt', message: 'validation.dateInFuture' }] };
  return { ok: true, zeroing: { ...zeroing, [id]: parsed.data } };
}
