import { useLiveQuery } from 'dexie-react-hooks';
import type { Grade } from '../../core/grading';
import { complaintStatsOfYear, complaintYears, type ComplaintYearStatistics } from '../../data/complaint-stats';
import { useSession } from '../../state/session';

export type GradeFilter = readonly (Grade | 'ungraded')[];

export interface ComplaintStatsData {
  years: number[];
  stats: ComplaintYearStatistics;
}

/**
 * The statistics of the year and grades asked for, live (a complaint answered elsewhere moves the
 * numbers), and whether what is shown still answers an earlier choice (`stale`: the page says
 * aria-busy until the new numbers are in, so tests and the bench time the real change).
 */
export function useComplaintStats(year: number, grades: GradeFilter, currentYear: number): { data: ComplaintStatsData | undefined; stale: boolean } {
  const { db } = useSession();
  const key = `${year}|${grades.join(',')}`;
  const result = useLiveQuery(async () => {
    const [years, stats] = await Promise.all([complaintYears(db, currentYear), complaintStatsOfYear(db, year, grades.length > 0 ? grades : null, new Date().toISOString())]);
    return { key, data: { years, stats } };
  }, [db, key, currentYear]);
  return { data: result?.data, stale: result !== undefined && result.key !== key };
}
