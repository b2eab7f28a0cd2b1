import { complaintStatsOfYear } from '../../src-renderer/data/complaint-stats';
import { timeEachOnFreshConnection } from './page-timing';

/**
 * The storage half of complaints.stats-year: `complaintStatsOfYear` alone (the year's rows read by
 * the `receivedAt` index and aggregated), per year asked, in order — so the report can tell reading
 * from drawing. One connection per year: the data layer keeps a year it has read per connection.
 */
export async function measureComplaintStatsRead(years: readonly number[]): Promise<{ samples: number[]; rows: number[] }> {
  const now = new Date().toISOString();
  const { samples, results } = await timeEachOnFreshConnection(years, (db, year) => complaintStatsOfYear(db, year, null, now));
  return { samples: samples.map(Math.round), rows: results.map((stats) => stats.total) };
}
