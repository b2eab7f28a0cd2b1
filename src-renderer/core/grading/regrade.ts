import { compareGrades, type Grade } from './types';

export const REGRADE_CHANGES = ['up', 'down', 'new', 'same'] as const;
/** up/down: the grade got better/worse; new: the customer had no grade; same: unchanged. */
export type RegradeChange = (typeof REGRADE_CHANGES)[number];

export interface CurrentGrade {
  customerId: string;
  grade: Grade | null;
}

export interface ProposedGrade {
  customerId: string;
  grade: Grade;
  /** The Chinese reasons of `gradeCustomer`. */
  reasons: string[];
}

export interface GradeOverride {
  grade: Grade;
  /** Why the manager departs from the computed grade; required. */
  reason: string;
}

export interface RegradeEntry {
  customerId: string;
  previousGrade: Grade | null;
  /** What the criteria give. */
  proposedGrade: Grade;
  reasons: string[];
  override: GradeOverride | null;
  /** The grade the draft will write when approved: the override's, else the proposed one. */
  finalGrade: Grade;
  /** Of `finalGrade` against `previousGrade`. */
  change: RegradeChange;
}

export type RegradeSummary = Record<RegradeChange, number> & { overridden: number; total: number };

export interface RegradePlan {
  entries: RegradeEntry[];
  summary: RegradeSummary;
  /** Customers with a current grade but no proposal (e.g. deleted since): left as they are. */
  notRegradedCustomerIds: string[];
}

export function changeOf(previous: Grade | null, next: Grade): RegradeChange {
  if (previous === null) return 'new';
  const order = compareGrades(next, previous);
  return order < 0 ? 'up' : order > 0 ? 'down' : 'same';
}

export function summariseRegrade(entries: readonly RegradeEntry[]): RegradeSummary {
  const summary: RegradeSummary = { up: 0, down: 0, new: 0, same: 0, overridden: 0, total: entries.length };
  for (const e of entries) {
    summary[e.change]++;
    if (e.override) summary.overridden++;
  }
  return summary;
}

/**
 * The draft of a batch re-grading: each proposal against the customer's current grade, in the
 * order of `proposed`. Linear (one map of the current grades). A customer proposed twice is a
 * caller bug and throws.
 */
export function planRegrade(current: readonly CurrentGrade[], proposed: readonly ProposedGrade[]): RegradePlan {
  const before = new Map<string, Grade | null>();
  for (const c of current) before.set(c.customerId, c.grade);
  const seen = new Set<string>();
  const entries: RegradeEntry[] = [];
  for (const p of proposed) {
    if (seen.has(p.customerId)) throw new RangeError(`customer ${p.customerId} is proposed twice`);
    seen.add(p.customerId);
    const previousGrade = before.get(p.customerId) ?? null;
    entries.push({
      customerId: p.customerId,
      previousGrade,
      proposedGrade: p.grade,
      reasons: p.reasons,
      override: null,
      finalGrade: p.grade,
      change: changeOf(previousGrade, p.grade),
    });
  }
  const notRegradedCustomerIds = current.filter((c) => c.grade !== null && !seen.has(c.customerId)).map((c) => c.customerId);
  return { entries, summary: summariseRegrade(entries), notRegradedCustomerIds };
}

export const OVERRIDE_REASON_MAX = 500;
export type OverrideError = 'override-reason-required' | 'override-reason-too-long';
export type OverrideResult = { ok: true; entry: RegradeEntry } | { ok: false; error: OverrideError };

/**
 * The entry with the manager's grade instead of the computed one. The reason is required (trimmed,
 * at most 500 characters): a refusal is returned, not thrown, because it is the user's input.
 * Overriding to the proposed grade itself removes the override (there is nothing to justify).
 * Returns a new entry; the old one is untouched.
 */
export function applyOverride(entry: RegradeEntry, grade: Grade, reason: string): OverrideResult {
  if (grade === entry.proposedGrade) return { ok: true, entry: clearOverride(entry) };
  const text = reason.replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: false, error: 'override-reason-required' };
  if (text.length > OVERRIDE_REASON_MAX) return { ok: false, error: 'override-reason-too-long' };
  return { ok: true, entry: { ...entry, override: { grade, reason: text }, finalGrade: grade, change: changeOf(entry.previousGrade, grade) } };
}

export function clearOverride(entry: RegradeEntry): RegradeEntry {
  return { ...entry, override: null, finalGrade: entry.proposedGrade, change: changeOf(entry.previousGrade, entry.proposedGrade) };
}
