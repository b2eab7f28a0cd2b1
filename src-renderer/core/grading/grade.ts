import { DEFAULT_CRITERIA, type GradeCriteria } from './criteria';
import { decideGrade } from './decide';
import { explainDecision } from './explain';
import type { Grade, GradeFacts } from './types';

export interface GradeResult {
  grade: Grade;
  /** In Chinese: the sentence that decided first, then a note per unknown figure (explain.ts). */
  reasons: string[];
}

/** The grade of one customer by PRODUCT.md §2, with the reasons in Chinese. Use `decideGrade` for the structured why. */
export function gradeCustomer(facts: GradeFacts, criteria: GradeCriteria = DEFAULT_CRITERIA): GradeResult {
  const decision = decideGrade(facts, criteria);
  return { grade: decision.grade, reasons: explainDecision(decision) };
}
