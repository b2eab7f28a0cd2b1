// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPLAINT_SETTINGS, type ComplaintSettings } from '../../../../src-renderer/core/complaints';
import { describeSettingsChange } from '../../../../src-renderer/features/complaints/settings-change';
import { createTranslator } from '../../../../src-renderer/i18n';

const zh = createTranslator('zh-CN');
const en = createTranslator('en-US');
const d = DEFAULT_COMPLAINT_SETTINGS.deadlines;

describe('a complaint settings save in words', () => {
  it('names the department code, each changed day count and the added and removed days', () => {
    const after: ComplaintSettings = {
      departmentCode: 'KF3',
      deadlines: {
        ...d,
        acknowledgeDays: { ...d.acknowledgeDays, AAA: { ...d.acknowledgeDays.AAA, minor: 3 } },
        closeAfterAnswerDays: { ...d.closeAfterAnswerDays, critical: 25 },
        dayCount: 'calendar',
        holidays: ['2027-02-11', '2027-02-12'],
      },
    };
    expect(describeSettingsChange(undefined, after, zh, 'zh-CN')).toEqual([
      '投诉编号部门代码：无 → KF3',
      '受理期限 AAA 一般：2 → 3 天',
      '答复期限后关闭（严重）：20 → 25 天',
      '计日方式：工作日 → 自然日',
      '新增节假日 2027年2月11日、2027年2月12日',
    ]);
    const later: ComplaintSettings = { departmentCode: null, deadlines: { ...after.deadlines, holidays: ['2027-02-12'], makeUpWorkdays: ['2027-02-07'] } };
    expect(describeSettingsChange(after, later, en, 'en-US')).toEqual([
      'Department code of complaint numbers: KF3 → none',
      'Holidays removed: February 11, 2027',
      'Make-up working days added: February 7, 2027',
    ]);
  });

  it('says so when a save changed nothing', () => {
    expect(describeSettingsChange(DEFAULT_COMPLAINT_SETTINGS, DEFAULT_COMPLAINT_SETTINGS, zh, 'zh-CN')).toEqual(['保存，内容无变化']);
  });
});
