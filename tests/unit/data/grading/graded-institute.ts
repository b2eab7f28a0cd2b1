import { createSettlement, createBenefitYear } from '../../../../src-renderer/data/customers';
import { approveRun, draftGrading } from '../../../../src-renderer/data/grading';
import type { Archive } from '../customers/fixtures';

/**
 * Grades the fixture archive as approved on 2026-11-27: the institute AAA (its figures: 260 万元 in
 * 2025, paid on time), the academy and the group AA — so each has an open follow-up (回访计划):
 * the AAA one due 2026-12-27, the AA ones 2027-01-26.
 */
export async function gradeArchive(w: Archive): Promise<void> {
  await instituteFigures(w);
  const run = await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx);
  await approveRun(w.db, run.id, {}, w.ctx, '2026-11-27');
}

/** The institute's figures: 260 万元 in 2025, contract 300, a receivable paid on time → AAA. */
export async function instituteFigures(w: Archive): Promise<void> {
  await createBenefitYear(w.db, w.institute.id, { year: 2025, contractWan: 300, benefitWan: 260 }, w.ctx);
  await createSettlement(w.db, w.institute.id, { receivableWan: 100, dueDate: '2026-03-01', paidDate: '2026-03-10', amountPaidWan: 100 }, w.ctx);
}

/** The institute's figures (→ AAA) and the academy's: 30 万元 in 2025, nothing else (→ AA). */
export async function instituteAndAcademyFigures(w: Archive): Promise<void> {
  await instituteFigures(w);
  await createBenefitYear(w.db, w.academy.id, { year: 2025, contractWan: 40, benefitWan: 30 }, w.ctx);
}
