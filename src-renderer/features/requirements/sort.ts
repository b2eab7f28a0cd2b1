import { isRequirementOverdue } from '../../core/customers';
import type { OpenRequirement } from '../../data/customers';

/**
 * Overdue first (the ones the customer is already waiting on), then the rest; within each, the
 * earliest due date first, so the top of the list is always what to do next.
 */
export function sortOverdueFirst(rows: readonly OpenRequirement[], today: string): OpenRequirement[] {
  const late = (r: OpenRequirement) => (isRequirementOverdue(r, today) ? 0 : 1);
  return rows.toSorted((a, b) => late(a) - late(b) || a.dueDate.localeCompare(b.dueDate));
}
