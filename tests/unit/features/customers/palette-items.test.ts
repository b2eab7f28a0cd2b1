// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../src-renderer/i18n';
import { paletteItems } from '../../../../src-renderer/features/customers/palette/palette-items';
import { SECTIONS as ALL_SECTIONS } from '../../../../src-renderer/app/routes';
import { can, canWriteRecord } from '../../../../src-renderer/core/accounts';
import { testActor } from '../../../shared/actors';

const t = createTranslator('zh-CN');
/** What the shell hands the palette: the sections a business user (客户经理, 部门负责人, 投诉处理人) may open. */
const BUSINESS = testActor('张伟', ['account-manager', 'department-head', 'complaint-handler']);
const SECTIONS = ALL_SECTIONS.filter((s) => s.permissions.some((p) => can(BUSINESS, p)));
const MAY_CREATE = { createCustomer: canWriteRecord(BUSINESS, 'customers', 'create') };

describe('command palette items', () => {
  it('with nothing typed, offers creating a customer and every section', () => {
    const items = paletteItems('', null, SECTIONS, t, MAY_CREATE);
    expect(items.map((i) => i.label)).toEqual([
      '新建客户',
      '工作台',
      '客户档案',
      '导入表格',
      '客户需求',
      '客户分级',
      '投诉反馈',
      '统计分析',
      '数据交换',
      '报表',
      '回收站',
      '系统设置',
    ]);
  });

  it('finds commands by their words or pinyin initials', () => {
    expect(paletteItems('xj', [], SECTIONS, t, MAY_CREATE).map((i) => i.path)).toEqual(['/customers/new']);
    expect(paletteItems('系统', [], SECTIONS, t, MAY_CREATE).map((i) => i.path)).toEqual(['/settings']);
    expect(paletteItems('huishou', [], SECTIONS, t, MAY_CREATE).map((i) => i.path)).toEqual(['/recycle-bin']);
  });

  it('查阅 (read only) is offered no 新建客户: the repository would refuse it (issue 15.3)', () => {
    const reader = testActor('查阅用户', ['reader']);
    const sections = ALL_SECTIONS.filter((s) => s.permissions.some((p) => can(reader, p)));
    const items = paletteItems('', null, sections, t, { createCustomer: canWriteRecord(reader, 'customers', 'create') });
    expect(items.map((i) => i.kind)).not.toContain('action');
    expect(items.map((i) => i.label)).not.toContain('新建客户');
    expect(paletteItems('xj', [], sections, t, { createCustomer: false })).toEqual([]);
  });
});
