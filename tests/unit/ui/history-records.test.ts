import { describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../../../src-renderer/core/change-log';
import type { HistoryRecord } from '../../../src-renderer/data/customers';
import { formatDay, formatWanAmount } from '../../../src-renderer/ui/format';
import { historyAction, kindLabel, recordName, shownChanges } from '../../../src-renderer/ui/history-records';
import { createTranslator } from '../../../src-renderer/i18n';

const t = createTranslator('zh-CN');
const names = {
  t,
  day: (d: string | null | undefined) => formatDay(d, 'zh-CN'),
  wan: (v: number | null | undefined) => `${formatWanAmount(v ?? 0, 'zh-CN')} 万元`,
};

function entry(table: string, op: ChangeEntry['op'], fields: ChangeEntry['fields'] = []): ChangeEntry {
  return { table, op, recordIds: ['r'], rev: '0', origin: 'o', by: '张伟', at: '2026-11-26T08:00:00.000Z', fields };
}

const row = (fields: Record<string, unknown>) => ({ id: 'r', rev: '0', origin: 'o', updatedBy: '张伟', deletedAt: null, ...fields });

describe('修改记录 entries of a customer and its records', () => {
  it('reads a merge’s plain updates as 合并 and 合并转入', () => {
    expect(historyAction(entry('customers', 'update', [{ field: 'mergedInto', before: null, after: 'a' }]))).toBe('merge');
    expect(historyAction(entry('contacts', 'update', [{ field: 'customerId', before: 'b', after: 'a' }]))).toBe('mergeIn');
    expect(historyAction(entry('contacts', 'update', [{ field: 'title', before: '副所长', after: '所长' }]))).toBe('update');
    expect(historyAction(entry('interactions', 'delete'))).toBe('delete');
    expect(t(`customerHistory.action.${historyAction(entry('customers', 'create'))}`)).toBe('新建');
  });

  it('lists field changes without the internal ones, and no deletedAt on a delete or restore', () => {
    const deletion = entry('contacts', 'delete', [{ field: 'deletedAt', before: null, after: '2026-11-26T08:00:00.000Z' }]);
    expect(shownChanges(deletion)).toEqual([]);
    const moved = entry('contacts', 'update', [
      { field: 'customerId', before: 'b', after: 'a' },
      { field: 'primary', before: true, after: false },
    ]);
    expect(shownChanges(moved).map((c) => c.field)).toEqual(['primary']);
  });

  it('names each kind of record as its tab does', () => {
    const named = (table: HistoryRecord['table'], fields: Record<string, unknown>) => recordName({ table, id: 'r', row: row(fields) }, names);
    expect(named('contacts', { name: '王建国' })).toBe('王建国');
    expect(named('interactions', { date: '2026-03-05', kind: 'tech_exchange' })).toBe('2026年3月5日 技术交流');
    expect(named('requirements', { title: '提供试验报告' })).toBe('提供试验报告');
    expect(named('benefits', { year: 2025 })).toBe('2025 年');
    expect(named('settlements', { dueDate: '2026-06-30', receivableWan: 80 })).toBe('2026年6月30日 到期的 80.00 万元');
    expect(named('handovers', { fromManagerName: '', toManagerName: '李娜' })).toBe('未指定 → 李娜');
    expect(recordName({ table: 'contacts', id: 'r', row: undefined }, names)).toBe('');
    expect(kindLabel('interactions', t)).toBe('往来记录');
    expect(kindLabel('complaints', t)).toBe('投诉');
  });
});
