import { openDatabase } from '../../src-renderer/data/db';
import { complaintStatsOfYear } from '../../src-renderer/data/complaint-stats';

/**
 * The storage half of complaints.stats-year: `complaintStatsOfYear` alone (the year's rows read by
 * the `receivedAt` index and aggregated), per year asked, in order — so the report can tell reading
 * from drawing. One connection per year: the data layer keeps a year it has read per connection.
 */
export async function measureComplaintStatsRead(years: readonly number[]): Promise<{ samples: number[]; rows: number[] }> {
  const samples: number[] = [];
  const rows: number[] = [];
  for (const year of years) {
    const db = await openDatabase();
    try {
      const started = performance.now();
      const stats = await complaintStatsOfYear(db, year, null, new Date().toISOString());
      samples.push(Math.round(performance.now() - started));
      rows.push(stats.total);
    } finally {
      db.close();
    }
  }
  return { samples, rows };
}
