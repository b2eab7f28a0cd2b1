import { describe, expect, it } from 'vitest';
import { checkChildLevels, checkHierarchy, customerFieldsSchema, customerSchema, withCustomerKeys } from '../../../../src-renderer/core/customers/schemas';
import { ID, errorsOf, type Case } from './helpers';

const TODAY = '2026-06-30';
const valid = {
  name: '航天材料及工艺研究所',
  shortName: '航天材料所',
  level: 3,
  parentId: ID.a,
  type: 'defence_group',
  fields: ['复合材料'],
  region: '北京',
  address: '北京市丰台区',
  cooperationStart: '2019-03-01',
  status: 'active',
  tags: ['重点'],
  notes: '',
  classification: 'internal',
  managerId: ID.m1,
  managerName: '王伟',
};

describe('customer fields', () => {
  it('accepts a valid unit and fills the optional parts', () => {
    expect(errorsOf(customerSchema(TODAY), valid)).toEqual({});
    const minimal = customerSchema(TODAY).parse({ name: '某部队', level: 1, parentId: null, type: 'armed_forces', classification: 'secret', managerId: null });
    expect(minimal).toMatchObject({
      shortName: '',
      fields: [],
      tags: [],
      status: 'active',
      cooperationStart: null,
      notes: '',
      managerName: '',
      mergedInto: null,
    });
  });

  const cases: Case[] = [
    ['name missing', { name: undefined }, { name: 'validation.required' }],
    ['name blank', { name: '   ' }, { name: 'validation.required' }],
    ['name too long', { name: '所'.repeat(101) }, { name: 'validation.tooLong' }],
    ['name control char', { name: '航天\u0001所' }, { name: 'validation.controlChars' }],
    ['name is a pasted spreadsheet row', { name: '中国电子科技集团有限公司\t电科\t025-51821234' }, { name: 'validation.oneLine' }],
    ['name is two pasted lines', { name: '中国电子科技集团有限公司\n电科' }, { name: 'validation.oneLine' }],
    ['short name with a tab', { shortName: '电科\t' + '所' }, { shortName: 'validation.oneLine' }],
    ['region with a line break', { region: '江苏\r\n南京' }, { region: 'validation.oneLine' }],
    ['address with a line separator', { address: '南京市\u2028中山路' }, { address: 'validation.oneLine' }],
    ['short name too long', { shortName: '所'.repeat(51) }, { shortName: 'validation.tooLong' }],
    ['level 4', { level: 4 }, { level: 'validation.choice' }],
    ['level as text', { level: '3' }, { level: 'validation.choice' }],
    ['level 1 with a parent', { level: 1 }, { parentId: 'validation.parentLevel' }],
    ['level 3 without a parent', { parentId: null }, { parentId: 'validation.parentRequired' }],
    ['parent not an id', { parentId: 'abc' }, { parentId: 'validation.invalidId' }],
    ['unknown type', { type: 'company' }, { type: 'validation.choice' }],
    ['unknown status', { status: 'closed' }, { status: 'validation.choice' }],
    ['unknown classification', { classification: 'top_secret' }, { classification: 'validation.choice' }],
    ['21 tags', { tags: Array.from({ length: 21 }, (_, i) => `标签${i}`) }, { tags: 'validation.tooMany' }],
    ['a tag too long', { tags: ['很'.repeat(21)] }, { 'tags.0': 'validation.tooLong' }],
    ['a field too long', { fields: ['很'.repeat(21)] }, { 'fields.0': 'validation.tooLong' }],
    ['region too long', { region: '省'.repeat(51) }, { region: 'validation.tooLong' }],
    ['address too long', { address: '路'.repeat(201) }, { address: 'validation.tooLong' }],
    ['notes too long', { notes: '注'.repeat(2001) }, { notes: 'validation.tooLong' }],
    ['cooperation on a day that does not exist', { cooperationStart: '2026-02-29' }, { cooperationStart: 'validation.date' }],
    ['cooperation in another format', { cooperationStart: '2019/03/01' }, { cooperationStart: 'validation.date' }],
    ['cooperation in the future', { cooperationStart: '2026-07-01' }, { cooperationStart: 'validation.dateInFuture' }],
    ['manager not an id', { managerId: 'wang' }, { managerId: 'validation.invalidId' }],
    ['manager without a name', { managerName: '' }, { managerName: 'validation.required' }],
  ];
  it.each(cases)('%s', (_label, patch, expected) => {
    expect(errorsOf(customerSchema(TODAY), { ...valid, ...patch })).toEqual(expected);
  });

  it('splits tags and fields typed with 、，,; or spaces into words (issue 12.11), stored split whatever the path', () => {
    const parsed = customerSchema(TODAY).parse({ ...valid, tags: ['导弹、飞船', '重点，保密；航天', '火箭 卫星', '导弹'], fields: '复合材料,涂层;陶瓷' });
    expect(parsed.tags).toEqual(['导弹', '飞船', '重点', '保密', '航天', '火箭', '卫星']);
    expect(parsed.fields).toEqual(['复合材料', '涂层', '陶瓷']);
  });

  it('normalises input: spaces, blank and repeated list items, empty selects', () => {
    const parsed = customerSchema(TODAY).parse({
      ...valid,
      name: '  航天材料 及工艺\u3000\u3000 研究所 \r\n',
      tags: ['重点', ' 重点 ', '', '  '],
      fields: ['复合材料'],
      cooperationStart: '',
      managerId: '',
      managerName: '',
      notes: 'a\r\nb  ',
    });
    expect(parsed).toMatchObject({
      name: '航天材料 及工艺 研究所',
      tags: ['重点'],
      fields: ['复合材料'],
      cooperationStart: null,
      managerId: null,
      notes: 'a\nb',
    });
  });

  it('checks the future only when given a day: exchange files use the plain fields schema', () => {
    expect(errorsOf(customerFieldsSchema, { ...valid, cooperationStart: '2099-01-01' })).toEqual({});
    expect(errorsOf(customerSchema('2026-06-30'), { ...valid, cooperationStart: '2026-06-30' })).toEqual({});
  });

  it('derives the sort and search keys on save', () => {
    const fields = withCustomerKeys(customerSchema(TODAY).parse(valid));
    expect(fields.sortKey).toBe('hang tian cai liao ji gong yi yan jiu suo');
    expect(fields.searchKeys).toEqual(expect.arrayContaining(['航天材料及工艺研究所', 'htcl' + 'jgyyjs', '航天材料所', 'cljgyyjs']));
  });
});

describe('checkHierarchy: group → second level → third level', () => {
  const group = { id: ID.a, level: 1 as const, parentId: null };
  const second = { id: ID.b, level: 2 as const, parentId: ID.a };
  it.each([
    ['a group without parent', { level: 1, parentId: null }, null, null],
    ['a group under a group', { level: 1, parentId: ID.a }, group, 'validation.parentLevel'],
    ['second level under a group', { level: 2, parentId: ID.a }, group, null],
    ['second level without parent', { level: 2, parentId: null }, null, 'validation.parentRequired'],
    ['second level whose parent is gone', { level: 2, parentId: ID.a }, null, 'validation.parentMissing'],
    ['second level under a deleted group', { level: 2, parentId: ID.a }, { ...group, deletedAt: '2026-01-01T00:00:00.000Z' }, 'validation.parentMissing'],
    ['third level under second level', { level: 3, parentId: ID.b }, second, null],
    ['third level under a group', { level: 3, parentId: ID.a }, group, 'validation.parentLevel'],
    ['second level under itself', { id: ID.b, level: 2, parentId: ID.b }, second, 'validation.parentLevel'],
  ] as const)('%s', (_label, child, parent, expected) => {
    expect(checkHierarchy(child, parent)).toBe(expected);
  });

  it('refuses a level change that would strand the sub-units', () => {
    expect(checkChildLevels(2, [3, 3])).toBeNull();
    expect(checkChildLevels(1, [3])).toBe('validation.childLevel');
    expect(checkChildLevels(3, [])).toBeNull();
  });
});
