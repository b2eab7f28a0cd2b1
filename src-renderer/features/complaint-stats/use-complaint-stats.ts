import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Grade } from '../../core/grading';
import { complaintStatsOfYear, complaintYears, lastChangeSeq, type ComplaintYearStatistics } from '../../data/complaint-stats';
import { useReadScope } from '../../state/read-scope';
import { useSession } from '../../state/session';

export type GradeFilter = readonly (Grade | 'ungraded')[];

export interface ComplaintStatsData {
  years: number[];
  stats: ComplaintYearStatistics;
}

/**
 * The statistics of the year and grades asked for, and whether what is shown still answers an
 * earlier choice (`stale`: the page says aria-busy until the new numbers are in, so tests and the
 * bench time the real change). Live through the change log only: the live query watches its last
 * entry (a write anywhere, complaints answered elsewhere included, moves it) and the year's 5,000
 * records are read outside it — a live query would also copy them into Dexie's query cache.
 */
export function useComplaintStats(year: number, grades: GradeFilter, currentYear: number): { data: ComplaintStatsData | undefined; stale: boolean } {
  const { db } = useSession();
  // Only the complaints of customers within the user's data scope are counted (issue 15.3).
  const scope = useReadScope();
  const key = `${year}|${grades.join(',')}`;
  const seq = useLiveQuery(() => lastChangeSeq(db), [db]);
  const [result, setResult] = useState<{ key: string; data: ComplaintStatsData } | undefined>(undefined);
  useEffect(() => {
    if (seq === undefined) return;
    let cancelled = false;
    const asked = `${year}|${grades.join(',')}`;
    Promise.all([complaintYears(db, currentYear), complaintStatsOfYear(db, year, grades.length > 0 ? grades : null, new Date().toISOString(), scope)]).then(
      ([years, stats]) => !cancelled && setResult({ key: asked, data: { years, stats } }),
      (error: unknown) => console.error(error),
    );
    return () => {
      cancelled = true;
    };
  }, [db, year, grades, seq, currentYear, scope]);
  return { data: result?.data, stale: result !== undefined && result.key !== key };
}
