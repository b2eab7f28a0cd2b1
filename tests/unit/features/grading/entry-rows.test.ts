// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createBenefitYear, deleteCustomer } from '../../../../src-renderer/data/customers';
import { draftGrading, getRun, overrideGrading } from '../../../../src-renderer/data/grading';
import { filterEntries, replaceGrading, summaryOf, type EntryRow } from '../../../../src-renderer/features/grading/run/entry-rows';
import { loadEntryRows, loadFirstRows } from '../../../../src-renderer/features/grading/run/use-run';
import { archivePerTest } from '../../data/customers/fixtures';
import { readScope, WHOLE_ARCHIVE } from '../../../shared/scopes';

/**
 * A run's table against the real repositories: the rows carry their customers' names in pinyin
 * order, filters and search narrow them in memory, and an override replaces one row.
 */
let rows: EntryRow[];
const w = archivePerTest(async (a) => {
  // The institute: 260 万元 → AAA; the academy: 30 万元 → AA; the group: cooperating since 2015 → AA.
  await createBenefitYear(a.db, a.institute.id, { year: 2025, contractWan: 300, benefitWan: 260 }, a.ctx);
  await createBenefitYear(a.db, a.academy.id, { year: 2025, contractWan: 40, benefitWan: 30 }, a.ctx);
  const run = await draftGrading(a.db, { evaluationDate: '2026-11-26' }, a.ctx);
  rows = await loadEntryRows(a.db, run.id, WHOLE_ARCHIVE);
});

const names = (list: readonly EntryRow[]) => list.map((r) => r.name);

describe('a run’s rows', () => {
  it('list only the customers within the reader’s data scope (issue 15.3), read whole or by id', async () => {
    const runId = rows[0]!.grading.runId;
    for (const readOneByOne of [200, 0]) {
      expect(names(await loadEntryRows(w.db, runId, readScope('own', w.ctx.origin, w.wang.id), readOneByOne))).toEqual(names(rows));
      expect(await loadEntryRows(w.db, runId, readScope('own', w.ctx.origin, w.li.id), readOneByOne)).toEqual([]);
    }
    const run = (await getRun(w.db, runId))!;
    expect(await loadFirstRows(w.db, run, readScope('own', w.ctx.origin, w.li.id), 2)).toEqual([]);
  });

  it('name every customer, in the customer list’s pinyin order', () => {
    // hang·tian < zhong·guo hang… < zhong·guo yun…
    expect(names(rows)).toEqual(['航天材料及工艺研究所', '中国航天科技集团有限公司', '中国运载火箭技术研究院']);
    expect(rows.every((r) => !r.deleted)).toBe(true);
    expect(summaryOf(rows)).toMatchObject({ new: 3, up: 0, overridden: 0, total: 3 });
  });

  it('a grading superseded by a newer approved run keeps its row under 全部 but counts and filters as no change', () => {
    const closed = rows.map((r) => (r.name === '航天材料及工艺研究所' ? { ...r, grading: { ...r.grading, supersededBy: 'a-newer-run' } } : r));
    expect(summaryOf(closed)).toMatchObject({ new: 2, total: 3 });
    expect(names(filterEntries(closed, 'new', ''))).toEqual(['中国航天科技集团有限公司', '中国运载火箭技术研究院']);
    expect(names(filterEntries(closed, null, ''))).toHaveLength(3);
  });

  it('a customer deleted since the draft keeps its row, marked, whether customers are read by id or as the whole list', async () => {
    await deleteCustomer(w.db, w.institute.id, w.ctx);
    for (const readOneByOne of [200, 0]) {
      const again = await loadEntryRows(w.db, rows[0]!.grading.runId, WHOLE_ARCHIVE, readOneByOne);
      expect(names(again), `read one by one up to ${readOneByOne}`).toEqual(names(rows));
      expect(again.filter((r) => r.deleted).map((r) => r.name)).toEqual(['航天材料及工艺研究所']);
    }
  });

  it('the first screenful, read on its own, is the head of the whole table; another draft of the same day is not mixed in', async () => {
    const run = (await getRun(w.db, rows[0]!.grading.runId))!;
    const replacing = await draftGrading(w.db, { evaluationDate: run.evaluationDate }, w.ctx);
    const first = await loadFirstRows(w.db, run, WHOLE_ARCHIVE, 2);
    expect(first.map((r) => r.grading.id)).toEqual(rows.slice(0, 2).map((r) => r.grading.id));
    const ofReplacing = await loadFirstRows(w.db, replacing, WHOLE_ARCHIVE, 2);
    expect(ofReplacing.every((r) => r.grading.runId === replacing.id)).toBe(true);
    expect(names(ofReplacing)).toEqual(names(first));
  });

  it('search folds like the customer list: Chinese, pinyin initials, short name, a later word', () => {
    expect(names(filterEntries(rows, null, '火箭'))).toEqual(['中国运载火箭技术研究院']);
    expect(names(filterEntries(rows, null, 'zgyz'))).toEqual(['中国运载火箭技术研究院']);
    expect(names(filterEntries(rows, null, '703所'))).toEqual(['航天材料及工艺研究所']);
    expect(names(filterEntries(rows, null, 'cailiao'))).toEqual(['航天材料及工艺研究所']);
    expect(filterEntries(rows, null, '  ')).toBe(rows);
    expect(filterEntries(rows, null, '不存在的单位')).toEqual([]);
  });

  it('an override replaces its row; the change filters and the summary follow', async () => {
    const academy = rows.find((r) => r.name === '中国运载火箭技术研究院')!;
    expect(filterEntries(rows, 'overridden', '')).toEqual([]);
    const updated = await overrideGrading(w.db, academy.grading.id, { grade: 'A', reason: '合同明年终止' }, w.ctx);
    const next = replaceGrading(rows, updated);
    expect(names(next)).toEqual(names(rows));
    expect(names(filterEntries(next, 'overridden', ''))).toEqual(['中国运载火箭技术研究院']);
    expect(filterEntries(next, 'overridden', '')[0]!.grading).toMatchObject({ finalGrade: 'A', override: { reason: '合同明年终止' } });
    expect(names(filterEntries(next, 'new', '航天'))).toEqual(['航天材料及工艺研究所', '中国航天科技集团有限公司']);
    expect(filterEntries(next, 'up', '')).toEqual([]);
    expect(summaryOf(next)).toMatchObject({ new: 3, overridden: 1, total: 3 });
  });
});
