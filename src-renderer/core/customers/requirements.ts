import type { IsoDate } from '../iso-dates';
import type { RequirementStatus } from './enums';
import type { RequirementFields } from './types';

/** Statuses in which we still owe the customer an answer. */
export const OPEN_REQUIREMENT_STATUSES: readonly RequirementStatus[] = ['open', 'in_progress'];

export function isRequirementOpen(req: Pick<RequirementFields, 'status'>): boolean {
  return OPEN_REQUIREMENT_STATUSES.includes(req.status);
}

/**
 * Still unanswered and past its due date. Due "on" a day means answered by the end of that day, so
 * a requirement due today is not yet overdue. Dates compare as 'YYYY-MM-DD' strings.
 */
export function isRequirementOverdue(req: Pick<RequirementFields, 'status' | 'dueDate'>, today: IsoDate): boolean {
  return isRequirementOpen(req) && req.dueDate < today;
}
