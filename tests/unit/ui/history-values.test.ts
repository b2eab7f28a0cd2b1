import { describe, expect, it } from 'vitest';
import { fieldLabel, formatChangeValue, isShownField } from '../../../src-renderer/ui/history-values';
import { createTranslator } from '../../../src-renderer/i18n';

const t = createTranslator('zh-CN');
const ctx = { t, locale: 'zh-CN' as const };

describe('修改记录 values', () => {
  it('names fields in Chinese, per table where one name means two things', () => {
    expect(fieldLabel('customers', 'shortName', t)).toBe('简称');
    expect(fieldLabel('contacts', 'title', t)).toBe('职务');
    expect(fieldLabel('requirements', 'title', t)).toBe('需求名称');
    expect(fieldLabel('requirements', 'department', t)).toBe('承办部门');
    // A grading approval writes the customer's grade and its day: both named, never the stored field name.
    expect(fieldLabel('customers', 'grade', t)).toBe('等级');
    expect(fieldLabel('customers', 'gradedOn', t)).toBe('定级日期');
    expect(fieldLabel('customers', 'somethingNew', t)).toBe('somethingNew');
  });

  it('shows enum labels, marks, money and days instead of stored codes', () => {
    expect(formatChangeValue('customers', 'status', 'dormant', ctx)).toBe('休眠');
    expect(formatChangeValue('customers', 'level', 2, ctx)).toBe('二级单位');
    expect(formatChangeValue('customers', 'classification', 'secret', ctx)).toBe('秘密★10年');
    expect(formatChangeValue('interactions', 'departments', ['design', 'quality'], ctx)).toBe('设计、质量');
    expect(formatChangeValue('requirements', 'status', 'in_progress', ctx)).toBe('处理中');
    expect(formatChangeValue('benefits', 'benefitWan', 1234.5, ctx)).toBe('1,234.50 万元');
    expect(formatChangeValue('requirements', 'dueDate', '2026-11-26', ctx)).toBe('2026年11月26日');
    expect(formatChangeValue('contacts', 'primary', true, ctx)).toBe('是');
  });

  it('shows emptiness as a dash and ids as the names they point to', () => {
    expect(formatChangeValue('customers', 'shortName', '', ctx)).toBe('—');
    expect(formatChangeValue('customers', 'tags', [], ctx)).toBe('—');
    expect(formatChangeValue('customers', 'cooperationStart', null, ctx)).toBe('—');
    const names = new Map([['0190a3c2-0000-7000-8000-000000000001', '航天科技集团']]);
    expect(formatChangeValue('customers', 'parentId', '0190a3c2-0000-7000-8000-000000000001', { ...ctx, names })).toBe('航天科技集团');
  });

  it('hides derived keys whose change follows from another field', () => {
    expect(isShownField('sortKey')).toBe(false);
    expect(isShownField('searchKeys')).toBe(false);
    expect(isShownField('deletedAt')).toBe(false);
    expect(isShownField('managerName')).toBe(true);
  });
});
