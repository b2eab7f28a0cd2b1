import { describe, expect, it } from 'vitest';
import { CLASSIFICATION_LEVELS } from '../../../src-renderer/core/classification';
import { ZEROING_ITEMS } from '../../../src-renderer/core/complaints';
import { GRADE_RUN_STATUSES, PAYMENT_STABILITIES, SIGN_OFF_ROLES } from '../../../src-renderer/core/grading';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  CUSTOMER_LEVELS,
  CUSTOMER_STATUSES,
  CUSTOMER_TYPES,
  INTERACTION_KINDS,
  OUR_DEPARTMENTS,
  REQUIREMENT_STATUSES,
} from '../../../src-renderer/core/model';
import { RECORD_KINDS } from '../../../src-renderer/core/record-kinds';
import { SURVEY_SOURCES } from '../../../src-renderer/core/satisfaction-records';
import { createTranslator, type MessageKey } from '../../../src-renderer/i18n';
import * as labels from '../../../src-renderer/i18n/enum-labels';
import { zhCN } from '../../../src-renderer/i18n/zh-CN';

/** Every enum the user sees, with its values and its one label map. */
const ENUMS: [string, readonly (string | number)[], (value: never) => MessageKey][] = [
  ['customer level', CUSTOMER_LEVELS, labels.customerLevelLabel],
  ['customer type', CUSTOMER_TYPES, labels.customerTypeLabel],
  ['customer status', CUSTOMER_STATUSES, labels.customerStatusLabel],
  ['interaction kind', INTERACTION_KINDS, labels.interactionKindLabel],
  ['department', OUR_DEPARTMENTS, labels.departmentLabel],
  ['requirement status', REQUIREMENT_STATUSES, labels.requirementStatusLabel],
  ['classification', CLASSIFICATION_LEVELS, labels.classificationLabel],
  ['complaint channel', COMPLAINT_CHANNELS, labels.complaintChannelLabel],
  ['complaint category', COMPLAINT_CATEGORIES, labels.complaintCategoryLabel],
  ['complaint severity', COMPLAINT_SEVERITIES, labels.complaintSeverityLabel],
  ['complaint status', COMPLAINT_STATUSES, labels.complaintStatusLabel],
  ['zeroing item', ZEROING_ITEMS, labels.zeroingItemLabel],
  ['survey source', SURVEY_SOURCES, labels.surveySourceLabel],
  ['payment stability', PAYMENT_STABILITIES, labels.paymentStabilityLabel],
  ['grade run status', GRADE_RUN_STATUSES, labels.gradeRunStatusLabel],
  ['sign-off role', SIGN_OFF_ROLES, labels.signOffRoleLabel],
  ['record kind', RECORD_KINDS, labels.recordKindLabel],
];

/**
 * Families that name enum values but are not labels: the grade decision's clauses (回款较稳定, 结算回款拖欠一年以上 —
 * "payment relatively stable") are phrases of its one renderer, core/grading/explain.ts, not a second word for 较稳定.
 */
const CLAUSES = new Set(['gradingDecision.payment']);

const zh = createTranslator('zh-CN');
const en = createTranslator('en-US');

describe('one label map per enum', () => {
  it('names every value in both locales', () => {
    for (const [name, values, label] of ENUMS) {
      for (const value of values) {
        const key = label(value as never);
        expect(key in zhCN, `${name} ${value}`).toBe(true);
        expect(zh(key), `${name} ${value}`).not.toBe(key);
        expect(en(key), `${name} ${value}`).not.toBe(key);
      }
    }
  });

  it('no second family of catalog keys labels the same values (the drift 交付 / 交付问题 came from one)', () => {
    const keys = Object.keys(zhCN);
    for (const [name, values, label] of ENUMS) {
      if (values.length < 3) continue;
      const own = label(values[0] as never).replace(/\.[^.]+$/, '');
      const families = new Set(keys.map((k) => k.replace(/\.[^.]+$/, '')).filter((p) => !CLAUSES.has(p) && values.every((v) => `${p}.${v}` in zhCN)));
      expect([...families], name).toEqual([own]);
    }
  });

  it('says the institute’s words for complaint categories, on every screen alike', () => {
    expect(COMPLAINT_CATEGORIES.map((c) => zh(labels.complaintCategoryLabel(c)))).toEqual(['质量问题', '交付', '技术服务', '技术资料', '价格', '其他']);
  });
});
