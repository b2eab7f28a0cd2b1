import { normaliseNumberQuery, type RegisterRow } from '../../core/output';
import type { AirgapDb } from '../db';

export interface RegisterPage {
  entries: RegisterRow[];
  total: number;
}

/**
 * One page of the output register, newest first (the `at` index, read backwards): numbered lines
 * and the print-log lines written before 15.6 alike. With a query, the lines whose 份号 starts with
 * it (the `number` index: a typed prefix such as `FH-KF3-2026-0001` finds its ten neighbours).
 */
export async function registerPage(db: AirgapDb, page: number, pageSize: number, query = ''): Promise<RegisterPage> {
  const table = db.printLog;
  const prefix = normaliseNumberQuery(query);
  if (prefix !== '') {
    const matching = table.where('number').startsWith(prefix);
    const [entries, total] = await Promise.all([
      matching
        .clone()
        .reverse()
        .offset(page * pageSize)
        .limit(pageSize)
        .toArray(),
      matching.count(),
    ]);
    return { entries, total };
  }
  const [entries, total] = await Promise.all([
    table
      .orderBy('at')
      .reverse()
      .offset(page * pageSize)
      .limit(pageSize)
      .toArray(),
    table.count(),
  ]);
  return { entries, total };
}
