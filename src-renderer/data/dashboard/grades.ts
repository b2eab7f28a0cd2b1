import { GRADES, type GradeDistribution } from '../../core/grading';
import type { AirgapDb } from '../db';
import { gradeCounts } from '../grading';
import { isWholeArchive, type ReadScope } from '../scope';

/**
 * 客户等级分布 as 工作台 shows it: the same figures as `gradeCounts` (data/grading/analysis.ts), with the whole
 * archive's six index reads — the deleted customers, the table's count and one count per grade — sent at once
 * instead of one after another (issue 20: each waited for the one before; at 10,000 customers each count walks
 * its range). A narrower data scope reads as gradeCounts does.
 */
export async function gradeDistribution(db: AirgapDb, scope?: ReadScope): Promise<GradeDistribution> {
  if (scope && !isWholeArchive(scope)) return gradeCounts(db, scope);
  const t = db.customers;
  const [deleted, all, ...perGrade] = await Promise.all([
    t.where('deletedAt').above('').toArray(),
    t.count(),
    ...GRADES.map((grade) => t.where('grade').equals(grade).count()),
  ]);
  const deletedBy = (grade: string | null) => deleted.filter((c) => (c.grade ?? null) === grade).length;
  const total = all - deleted.length;
  const counts = { AAA: 0, AA: 0, A: 0, B: 0, ungraded: 0, total };
  GRADES.forEach((grade, i) => (counts[grade] = perGrade[i]! - deletedBy(grade)));
  counts.ungraded = total - GRADES.reduce((n, g) => n + counts[g], 0);
  return counts;
}
