import { describe, expect, it } from 'vitest';
import {
  handoverEntrySchema,
  handoverFieldsSchema,
  interactionEntrySchema,
  interactionFieldsSchema,
  planBulkHandover,
  requirementEntrySchema,
  requirementFieldsSchema,
  settlementEntrySchema,
  settlementFieldsSchema,
} from '../../../../src-renderer/core/customers/index';
import { complaintEntrySchema, complaintIntakeSchema, confirmZeroingItem } from '../../../../src-renderer/core/complaints';
import { DEFAULT_QUESTIONNAIRE_ID, surveyEntrySchema, surveyInputSchema } from '../../../../src-renderer/core/satisfaction-records';
import { errorsOf, ID } from './helpers';

/**
 * Issue 12.4: days that say something happened cannot be later than the day they are entered on
 * ("不能晚于今天"); planned days (due, follow-up) may. The rule is in the entry schemas only: the
 * field schemas — what backups and exchange files are checked with — never carry it.
 */
const TODAY = '2026-12-06';
const FUTURE = 'validation.dateInFuture';

const interaction = {
  customerId: ID.a,
  date: TODAY,
  kind: 'visit',
  departments: ['marketing'],
  participants: [],
  summary: '回访',
  nextStep: '',
  followUpDate: '2027-03-01',
};
const requirement = {
  customerId: ID.a,
  receivedDate: TODAY,
  title: '技术资料',
  detail: '',
  department: 'design',
  dueDate: '2027-01-15',
  status: 'answered',
  answer: '已寄送',
  answeredDate: TODAY,
  managerId: null,
  managerName: '',
};
const settlement = { customerId: ID.a, receivableWan: 10, dueDate: '2027-06-30', paidDate: TODAY, amountPaidWan: 10 };
const handover = {
  customerId: ID.a,
  fromManagerId: null,
  fromManagerName: '',
  toManagerId: ID.m1,
  toManagerName: '王伟',
  date: TODAY,
  reason: '岗位调整',
  notes: '',
  acknowledgedAt: null,
  acknowledgedBy: '',
};
const survey = {
  customerId: ID.a,
  date: TODAY,
  source: 'visit',
  questionnaireId: DEFAULT_QUESTIONNAIRE_ID,
  questionnaireVersion: 1,
  scores: { delivery: 4 },
  respondentId: null,
  respondentName: '',
  comment: '',
  interactionId: null,
};

describe('happened days as entered', () => {
  const cases = [
    ['interaction date', interactionEntrySchema, interactionFieldsSchema, interaction, 'date'],
    [
      'requirement received',
      requirementEntrySchema,
      requirementFieldsSchema,
      { ...requirement, status: 'open', answer: '', answeredDate: null },
      'receivedDate',
    ],
    ['requirement answered', requirementEntrySchema, requirementFieldsSchema, requirement, 'answeredDate'],
    ['settlement paid', settlementEntrySchema, settlementFieldsSchema, settlement, 'paidDate'],
    ['handover', handoverEntrySchema, handoverFieldsSchema, handover, 'date'],
    ['survey', surveyEntrySchema, surveyInputSchema, survey, 'date'],
  ] as const;

  it.each(cases)('%s: today and the past pass, tomorrow is refused at its field; the field schema keeps no such rule', (_label, entry, fields, base, field) => {
    expect(errorsOf(entry(TODAY), base)).toEqual({});
    expect(errorsOf(entry(TODAY), { ...base, [field]: '2020-01-01', receivedDate: '2020-01-01' })).toEqual({});
    expect(errorsOf(entry(TODAY), { ...base, [field]: '2026-12-07' })).toEqual({ [field]: FUTURE });
    expect(errorsOf(entry(TODAY), { ...base, [field]: '2027-01-15' })).toEqual({ [field]: FUTURE });
    expect(errorsOf(fields, { ...base, [field]: '2027-01-15' })).toEqual({});
  });

  it('planned days may be in the future: a follow-up, a due date', () => {
    expect(errorsOf(interactionEntrySchema(TODAY), { ...interaction, followUpDate: '2030-01-01' })).toEqual({});
    expect(errorsOf(requirementEntrySchema(TODAY), { ...requirement, dueDate: '2030-01-01' })).toEqual({});
    expect(errorsOf(settlementEntrySchema(TODAY), { ...settlement, paidDate: null, amountPaidWan: null, dueDate: '2030-01-01' })).toEqual({});
  });

  it('a bulk handover dated tomorrow is refused before any record is planned', () => {
    const input = {
      customers: [{ id: ID.a, managerId: ID.m1 }],
      from: { id: ID.m1, name: '王伟' },
      to: { id: ID.m2, name: '李娜', active: true },
      reason: '调岗',
      today: TODAY,
    };
    expect(planBulkHandover({ ...input, date: '2026-12-07' })).toEqual({ ok: false, errors: { date: FUTURE } });
    expect(planBulkHandover({ ...input, date: TODAY }).ok).toBe(true);
  });
});

describe('complaint receipt as entered', () => {
  // 2026-12-06 19:00 in Beijing.
  const now = '2026-12-06T11:00:00.000Z';
  const intake = {
    customerId: ID.a,
    receivedAt: '2026-12-06T02:00:00.000Z',
    channel: 'phone',
    category: 'quality',
    severity: 'major',
    contactId: null,
    product: '密封件',
    description: '开裂',
    request: '',
    handlerId: null,
    department: '',
  };

  it('refuses the issue’s case (2027-01-15 on 2026-12-06) as a later day, and a later time today as later than now', () => {
    expect(errorsOf(complaintEntrySchema(now), { ...intake, receivedAt: '2027-01-15T01:00:00.000Z' })).toEqual({ receivedAt: FUTURE });
    // 2026-12-07 00:30 in Beijing is tomorrow there, though still 2026-12-06 in UTC.
    expect(errorsOf(complaintEntrySchema(now), { ...intake, receivedAt: '2026-12-06T16:30:00.000Z' })).toEqual({ receivedAt: FUTURE });
    expect(errorsOf(complaintEntrySchema(now), { ...intake, receivedAt: '2026-12-06T12:00:00.000Z' })).toEqual({
      receivedAt: 'validation.complaints.timeInFuture',
    });
    expect(errorsOf(complaintIntakeSchema, { ...intake, receivedAt: '2027-01-15T01:00:00.000Z' })).toEqual({});
  });

  it('accepts now, the past, and a time up to five minutes ahead of the PC (a phone or wall clock running ahead)', () => {
    for (const receivedAt of [now, '2026-12-06T02:00:00.000Z', '2025-12-31T16:00:00.000Z', '2026-12-06T11:05:00.000Z']) {
      expect(errorsOf(complaintEntrySchema(now), { ...intake, receivedAt }), receivedAt).toEqual({});
    }
    expect(errorsOf(complaintEntrySchema(now), { ...intake, receivedAt: '2026-12-06T11:05:01.000Z' })).toEqual({
      receivedAt: 'validation.complaints.timeInFuture',
    });
  });

  it('a zeroing item cannot be confirmed on a later office day', () => {
    const item = { evidence: '失效分析报告', confirmedBy: '赵工' };
    expect(confirmZeroingItem({}, 'located', { ...item, confirmedAt: '2026-12-07T04:00:00+08:00' }, TODAY)).toEqual({
      ok: false,
      issues: [{ path: 'confirmedAt', message: FUTURE }],
    });
    // Noon of today (how the form stores a day) passes even in the morning.
    expect(confirmZeroingItem({}, 'located', { ...item, confirmedAt: '2026-12-06T12:00:00+08:00' }, TODAY).ok).toBe(true);
  });
});
