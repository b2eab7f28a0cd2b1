import Dexie from 'dexie';
import { normaliseQuery } from '../../src-renderer/core/search/index';
import { openDatabase } from '../../src-renderer/data/db';

/**
 * Floors of issue 20: the work of a measurement done the plainest way — raw Dexie reads by the same
 * indexes, no app code between the database and the rows — in the same run, same browser session, so
 * a loaded machine moves the figure and its floor alike and their ratio means the same everywhere.
 */

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))]!;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Rows a search keystroke shows first: the list's first page. */
const SEARCH_PAGE = 50;

/**
 * archive.search.p95's floor: for each keystroke typed (same texts, same order), the two raw index
 * prefix queries behind it — customers and contacts by their multiEntry `searchKeys` — each reading
 * the first page of matching rows; p95 over the keystrokes.
 */
export async function floorSearch(keys: readonly string[]): Promise<{ p95: number; samples: number[] }> {
  const db = await openDatabase();
  try {
    const samples: number[] = [];
    for (const key of keys) {
      const q = normaliseQuery(key);
      if (q === null) continue;
      const started = performance.now();
      await Promise.all([
        db.table('customers').where('searchKeys').startsWith(q).distinct().limit(SEARCH_PAGE).toArray(),
        db.table('contacts').where('searchKeys').startsWith(q).distinct().limit(SEARCH_PAGE).toArray(),
      ]);
      samples.push(performance.now() - started);
    }
    return { p95: p95(samples), samples: samples.map(round1) };
  } finally {
    db.close();
  }
}

/** What the overview shows of the timeline at first (OverviewTab's latest activity). */
const TIMELINE_FIRST = 5;

/**
 * archive.customer.open's floor: per customer opened (same ids), its header record by primary key and
 * its first timeline page — its newest interactions by the `[customerId+date]` index; median.
 */
export async function floorCustomerOpen(ids: readonly string[]): Promise<{ median: number; samples: number[] }> {
  const db = await openDatabase();
  try {
    const samples: number[] = [];
    for (const id of ids) {
      const started = performance.now();
      await Promise.all([
        db.table('customers').get(id),
        db.table('interactions').where('[customerId+date]').between([id, Dexie.minKey], [id, Dexie.maxKey]).reverse().limit(TIMELINE_FIRST).toArray(),
      ]);
      samples.push(performance.now() - started);
    }
    return { median: median(samples), samples: samples.map(round1) };
  } finally {
    db.close();
  }
}

/** grading.pareto's floor: the newest year's benefit figures read by the `year` index; median of `runs`. */
export async function floorParetoRead(runs = 5): Promise<{ median: number; samples: number[]; rows: number }> {
  const db = await openDatabase();
  try {
    const [year] = (await db.table('benefits').orderBy('year').reverse().limit(1).keys()) as number[];
    const samples: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      rows = (await db.table('benefits').where('year').equals(year!).toArray()).length;
      samples.push(performance.now() - started);
    }
    return { median: median(samples), samples: samples.map(round1), rows };
  } finally {
    db.close();
  }
}

/**
 * complaints.stats-year's floor: per year shown (same years), that year's complaints read by the
 * `receivedAt` index (the same day-wider range the data layer reads); median.
 */
export async function floorStatsRead(years: readonly number[]): Promise<{ median: number; samples: number[]; rows: number[] }> {
  const samples: number[] = [];
  const rows: number[] = [];
  for (const year of years) {
    const db = await openDatabase();
    try {
      const started = performance.now();
      const found = await db
        .table('complaints')
        .where('receivedAt')
        .between(`${year - 1}-12-31`, `${year + 1}-01-02`)
        .toArray();
      samples.push(performance.now() - started);
      rows.push(found.length);
    } finally {
      db.close();
    }
  }
  return { median: median(samples), samples: samples.map(round1), rows };
}
