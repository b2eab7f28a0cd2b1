import { openDatabase, type AirgapDb } from '../../src-renderer/data/db';

/** Shared by the bench page's measurements and floors: the summaries they report, and timing a read per item. */

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))]!;
export const round1 = (x: number) => Math.round(x * 10) / 10;

/** Runs `work` on the bench profile's database, closed afterwards whatever happens. */
export async function withDatabase<T>(work: (db: AirgapDb) => Promise<T>): Promise<T> {
  const db = await openDatabase();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/** Times `read` once per item, in order (milliseconds), and keeps what each returned. */
export async function timeEach<T, R>(items: readonly T[], read: (item: T) => Promise<R>): Promise<{ samples: number[]; results: R[] }> {
  const samples: number[] = [];
  const results: R[] = [];
  for (const item of items) {
    const started = performance.now();
    results.push(await read(item));
    samples.push(performance.now() - started);
  }
  return { samples, results };
}

/**
 * `timeEach` with a database connection of its own per item, opened and closed untimed: the data layer
 * keeps what a connection has read (complaint statistics keep a year), so each item starts cold.
 */
export async function timeEachOnFreshConnection<T, R>(
  items: readonly T[],
  read: (db: AirgapDb, item: T) => Promise<R>,
): Promise<{ samples: number[]; results: R[] }> {
  const samples: number[] = [];
  const results: R[] = [];
  for (const item of items) {
    const timed = await withDatabase((db) => timeEach([item], (one) => read(db, one)));
    samples.push(...timed.samples);
    results.push(...timed.results);
  }
  return { samples, results };
}
