import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { GradeDistribution, ParetoAnalysis } from '../../../core/grading';
import type { AirgapDb } from '../../../data/db';
import { benefitYears, gradeCounts, latestBenefitYear, paretoCustomers, paretoRanking, type ParetoCustomer } from '../../../data/grading';
import type { ReadScope } from '../../../data/scope';
import { useReadScope } from '../../../state/read-scope';
import { useSession } from '../../../state/session';
import { afterPaint } from '../../../ui/after-paint';

/**
 * Customers named in the first read: the chart's bars and more than a screenful of the table. The
 * names of the rest (up to 10,000 customer records, one read of the table, ≈ 0.2–0.4 s) follow in a
 * second read, started once the page has painted; rows scrolled to before it answers show a
 * placeholder for a moment.
 */
export const NAMED_FIRST = 80;

export interface ParetoData {
  /** Years with business figures, newest first. */
  years: number[];
  /** The year analysed: the one picked, else the latest; null when no year has figures. */
  year: number | null;
  analysis: ParetoAnalysis | null;
  /** The head's names (NAMED_FIRST); `usePareto` adds the rest when read. */
  customers: ReadonlyMap<string, ParetoCustomer>;
  distribution: GradeDistribution;
}

/** The chosen year's ranking and the names of its head. */
async function rankingOf(db: AirgapDb, year: number | null, scope: ReadScope): Promise<Pick<ParetoData, 'year' | 'analysis' | 'customers'>> {
  const analysis = year === null ? null : await paretoRanking(db, year, scope);
  const customers = analysis
    ? await paretoCustomers(
        db,
        analysis.rows.slice(0, NAMED_FIRST).map((r) => r.customerId),
      )
    : new Map<string, ParetoCustomer>();
  return { year, analysis, customers };
}

/**
 * The page's first read: years, grade counts, and the ranking of the year picked (else the latest,
 * found from one index key), all three at once rather than one after another. Counts and ranking
 * cover the customers within the reader's data `scope` (issue 15.3).
 */
export async function loadPareto(db: AirgapDb, picked: number | null, scope: ReadScope): Promise<ParetoData> {
  const [years, distribution, ranking] = await Promise.all([
    benefitYears(db),
    gradeCounts(db, scope),
    latestBenefitYear(db).then((latest) => rankingOf(db, picked ?? latest, scope)),
  ]);
  // A year picked that no longer has figures (deleted meanwhile) falls back to the latest.
  const shown = ranking.year === null || years.includes(ranking.year) ? ranking : await rankingOf(db, years[0] ?? null, scope);
  return { years, distribution, ...shown };
}

/**
 * The page's data, live (a benefit figure or a grade saved elsewhere shows here), whether it answers
 * `picked` yet, and — once read — the names of every ranked customer.
 */
export function usePareto(picked: number | null): { data: ParetoData | undefined; stale: boolean } {
  const { db } = useSession();
  const scope = useReadScope();
  const result = useLiveQuery(async () => ({ picked, data: await loadPareto(db, picked, scope) }), [db, picked, scope]);
  const head = result?.data;
  const [rest, setRest] = useState<{ of: ParetoAnalysis; customers: Map<string, ParetoCustomer> } | null>(null);
  useEffect(() => {
    const analysis = head?.analysis;
    if (!analysis || analysis.rows.length <= NAMED_FIRST) return;
    let cancelled = false;
    // Once the page has painted: this effect runs as the page is committed, and the read (thousands
    // of records, deserialized on this thread) would otherwise hold back the frame that shows it.
    void afterPaint()
      .then(() =>
        cancelled
          ? null
          : paretoCustomers(
              db,
              analysis.rows.slice(NAMED_FIRST).map((r) => r.customerId),
            ),
      )
      .then(
        (customers) => customers && !cancelled && setRest({ of: analysis, customers }),
        (error: unknown) => console.error(error),
      );
    return () => {
      cancelled = true;
    };
  }, [db, head?.analysis]);
  const data = useMemo(() => {
    if (!head || !rest || rest.of !== head.analysis) return head;
    return { ...head, customers: new Map([...head.customers, ...rest.customers]) };
  }, [head, rest]);
  return { data, stale: result !== undefined && result.picked !== picked };
}
