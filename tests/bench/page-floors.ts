import Dexie from 'dexie';
import { normaliseQuery } from '../../src-renderer/core/search/index';
import { median, p95, round1, timeEach, timeEachOnFreshConnection, withDatabase } from './page-timing';

/**
 * Floors of issue 20: the work of a measurement done the plainest way — raw Dexie reads by the same
 * indexes, no app code between the database and the rows — in the same run, same browser session, so
 * a loaded machine moves the figure and its floor alike and their ratio means the same everywhere.
 */

/** Rows a search keystroke shows first: the list's first page. */
const SEARCH_PAGE = 50;

/**
 * archive.search.p95's floor: for each keystroke typed (same texts, same order), the two raw index
 * prefix queries behind it — customers and contacts by their multiEntry `searchKeys` — each reading
 * the first page of matching rows; p95 over the keystrokes.
 */
export function floorSearch(keys: readonly string[]): Promise<{ p95: number; samples: number[] }> {
  const queries = keys.map(normaliseQuery).filter((q): q is string => q !== null);
  return withDatabase(async (db) => {
    const { samples } = await timeEach(queries, (q) =>
      Promise.all([
        db.table('customers').where('searchKeys').startsWith(q).distinct().limit(SEARCH_PAGE).toArray(),
        db.table('contacts').where('searchKeys').startsWith(q).distinct().limit(SEARCH_PAGE).toArray(),
      ]),
    );
    return { p95: p95(samples), samples: samples.map(round1) };
  });
}

/** What the overview shows of the timeline at first (OverviewTab's latest activity). */
const TIMELINE_FIRST = 5;

/**
 * archive.customer.open's floor: per customer opened (same ids), its header record by primary key and
 * its first timeline page — its newest interactions by the `[customerId+date]` index; median.
 */
export function floorCustomerOpen(ids: readonly string[]): Promise<{ median: number; samples: number[] }> {
  return withDatabase(async (db) => {
    const { samples } = await timeEach(ids, (id) =>
      Promise.all([
        db.table('customers').get(id),
        db.table('interactions').where('[customerId+date]').between([id, Dexie.minKey], [id, Dexie.maxKey]).reverse().limit(TIMELINE_FIRST).toArray(),
      ]),
    );
    return { median: median(samples), samples: samples.map(round1) };
  });
}

/** grading.pareto's floor: the newest year's benefit figures read by the `year` index; median of `runs`. */
export function floorParetoRead(runs = 5): Promise<{ median: number; samples: number[]; rows: number }> {
  return withDatabase(async (db) => {
    const [year] = (await db.table('benefits').orderBy('year').reverse().limit(1).keys()) as number[];
    const { samples, results } = await timeEach(Array.from({ length: runs }), () => db.table('benefits').where('year').equals(year!).toArray());
    return { median: median(samples), samples: samples.map(round1), rows: results.at(-1)?.length ?? 0 };
  });
}

/**
 * complaints.stats-year's floor: per year shown (same years), that year's complaints read by the
 * `receivedAt` index (the same day-wider range the data layer reads); median.
 */
export async function floorStatsRead(years: readonly number[]): Promise<{ median: number; samples: number[]; rows: number[] }> {
  const { samples, results } = await timeEachOnFreshConnection(years, (db, year) =>
    db
      .table('complaints')
      .where('receivedAt')
      .between(`${year - 1}-12-31`, `${year + 1}-01-02`)
      .toArray(),
  );
  return { median: median(samples), samples: samples.map(round1), rows: results.map((found) => found.length) };
}
