import { describe, expect, it } from 'vitest';
import { contactFieldsSchema, interactionFieldsSchema, requirementFieldsSchema, withContactKeys } from '../../../../src-renderer/core/customers/schemas';
import { ID, errorsOf, type Case } from './helpers';

describe('contact fields', () => {
  const valid = { customerId: ID.a, name: '张伟', title: '主任', department: '科研生产部', phones: ['13812345678'], notes: '', primary: true };
  const cases: Case[] = [
    ['valid', {}, {}],
    ['no customer', { customerId: undefined }, { customerId: 'validation.required' }],
    ['name blank', { name: ' ' }, { name: 'validation.required' }],
    ['name too long', { name: '张'.repeat(51) }, { name: 'validation.tooLong' }],
    ['title too long', { title: '长'.repeat(51) }, { title: 'validation.tooLong' }],
    ['bad phone', { phones: ['13812345678', '12345'] }, { 'phones.1': 'validation.phone' }],
    ['six phones', { phones: ['13812345671', '13812345672', '13812345673', '13812345674', '13812345675', '13812345676'] }, { phones: 'validation.tooMany' }],
    ['primary not a flag', { primary: 'yes' }, { primary: 'validation.choice' }],
  ];
  it.each(cases)('%s', (_label, patch, expected) => expect(errorsOf(contactFieldsSchema, { ...valid, ...patch })).toEqual(expected));

  it('normalises phones, drops blank rows and merges the same number written twice', () => {
    const parsed = contactFieldsSchema.parse({ ...valid, name: ' 欧阳  娜娜 ', phones: ['138 1234 5678', '', '13812345678', '（010）8888-6666'] });
    expect(parsed.name).toBe('欧阳 娜娜');
    expect(parsed.phones).toEqual(['13812345678', '010-88886666']);
    expect(withContactKeys(parsed).searchKeys).toEqual(expect.arrayContaining(['13812345678', '01088886666', '88886666', 'oyn' + 'n']));
  });
});

describe('interaction fields', () => {
  const valid = {
    customerId: ID.a,
    date: '2026-03-02',
    kind: 'visit',
    departments: ['design', 'process'],
    participants: ['王伟', '张伟'],
    summary: '走访科研生产部',
    nextStep: '寄送样件',
    followUpDate: '2026-03-16',
  };
  const cases: Case[] = [
    ['valid', {}, {}],
    ['follow-up the same day', { followUpDate: '2026-03-02' }, {}],
    ['no follow-up', { followUpDate: null }, {}],
    ['date missing', { date: '' }, { date: 'validation.required' }],
    ['date impossible', { date: '2026-02-30' }, { date: 'validation.date' }],
    ['unknown kind', { kind: 'email' }, { kind: 'validation.choice' }],
    ['no department', { departments: [] }, { departments: 'validation.required' }],
    ['not our department', { departments: ['design', 'sales'] }, { 'departments.1': 'validation.choice' }],
    ['summary blank', { summary: '  \n ' }, { summary: 'validation.required' }],
    ['summary too long', { summary: '述'.repeat(2001) }, { summary: 'validation.tooLong' }],
    ['next step too long', { nextStep: '步'.repeat(201) }, { nextStep: 'validation.tooLong' }],
    ['follow-up before the contact', { followUpDate: '2026-03-01' }, { followUpDate: 'validation.followUpBeforeDate' }],
    ['follow-up impossible', { followUpDate: '2026-02-29' }, { followUpDate: 'validation.date' }],
  ];
  it.each(cases)('%s', (_label, patch, expected) => expect(errorsOf(interactionFieldsSchema, { ...valid, ...patch })).toEqual(expected));

  it('merges a department chosen twice', () => {
    expect(interactionFieldsSchema.parse({ ...valid, departments: ['design', 'design'] }).departments).toEqual(['design']);
  });
});

describe('requirement fields (需求)', () => {
  const valid = {
    customerId: ID.a,
    receivedDate: '2026-03-02',
    title: '提供耐高温涂层试验数据',
    detail: '',
    department: 'process',
    dueDate: '2026-03-20',
    status: 'open',
    answer: '',
    answeredDate: null,
    managerId: ID.m1,
    managerName: '王伟',
  };
  const answered = { status: 'answered', answer: '已提供试验报告', answeredDate: '2026-03-10' };
  const cases: Case[] = [
    ['valid open', {}, {}],
    ['valid answered', answered, {}],
    ['valid closed', { ...answered, status: 'closed' }, {}],
    ['title blank', { title: '' }, { title: 'validation.required' }],
    ['unknown department', { department: 'finance' }, { department: 'validation.choice' }],
    ['unknown status', { status: 'done' }, { status: 'validation.choice' }],
    ['due before received', { dueDate: '2026-03-01' }, { dueDate: 'validation.dueBeforeReceived' }],
    ['due impossible', { dueDate: '2026-04-31' }, { dueDate: 'validation.date' }],
    ['answered without an answer', { ...answered, answer: ' ' }, { answer: 'validation.answerRequired' }],
    ['closed without an answer date', { ...answered, status: 'closed', answeredDate: null }, { answeredDate: 'validation.required' }],
    ['answered before received', { ...answered, answeredDate: '2026-03-01' }, { answeredDate: 'validation.answeredBeforeReceived' }],
    ['manager without a name', { managerName: '' }, { managerName: 'validation.required' }],
  ];
  it.each(cases)('%s', (_label, patch, expected) => expect(errorsOf(requirementFieldsSchema, { ...valid, ...patch })).toEqual(expected));
});
