import type { Envelope } from '../../../../src-renderer/core/envelope';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import type { WriteContext } from '../../../../src-renderer/data/write-context';
import type { Dept } from './world';

/**
 * How a step turns its random numbers into things of the database as it is at that moment: the
 * n-th row (modulo) of a table in id order, the n-th value of a list. Steps carry plain numbers, so
 * fast-check shrinks them towards the first row and the first value.
 */
export type Row = Envelope & Record<string, unknown>;

/** A step's four numbers. */
export type Params = [number, number, number, number];

/** The same numbers in another order, for a second input built from one step. */
export const rotate = ([a, b, c, d]: Params): Params => [b, c, d, a];

export function nth<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

export async function rowOf(db: AirgapDb, table: string, n: number, keep: (row: Row) => boolean = () => true): Promise<Row | undefined> {
  const rows = ((await db.table(table).toArray()) as Row[]).filter(keep);
  return rows.length === 0 ? undefined : nth(rows, n);
}

export const live = (row: Row) => row.deletedAt === null;
export const deleted = (row: Row) => row.deletedAt !== null;

/** A step that applies a repository `action` to the n-th row of `table` that `keep` admits (nothing when none does). */
export function rowStep(table: string, keep: (row: Row) => boolean, action: (db: AirgapDb, id: string, ctx: WriteContext) => Promise<unknown>) {
  return async (d: Dept, [p0]: Params) => {
    const row = await rowOf(d.db, table, p0, keep);
    return row && action(d.db, row.id, d.ctx);
  };
}

/**
 * Texts of a field with at most `max` characters: empty (refused where required), short, with the
 * spaces and full-width characters the schemas normalise, and exactly at the limit — the longest a
 * form accepts must also be what a backup accepts back.
 */
export function text(max: number, n: number): string {
  return nth(['', '航天材料', '  中国　航天 科技 ', 'ＡＢＣ 研究所', '甲'.repeat(max), `${'乙'.repeat(max - 1)} `, '多行\r\n文本\n'], n);
}

/** Multi-line text up to `max` (notes, summaries): the same, and line breaks kept. */
export function notes(max: number, n: number): string {
  return nth(['', '年度走访\n已签约', '注'.repeat(max), ' 前后空格 '], n);
}

/** An ISO day `days` after the world's day (negative: before). */
export function dayFrom(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
