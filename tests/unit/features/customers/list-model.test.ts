// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sortKeyOf } from '../../../../src-renderer/core/search';
import { generateInstitute, type SyntheticCustomer } from '../../../../src-renderer/core/synthetic';
import {
  activeFilterCount,
  applyFilters,
  emptyFilters,
  facetsOf,
  matchesFilters,
  nextSort,
  NO_MANAGER,
  sortRows,
  UNGRADED,
  type ListCustomer,
} from '../../../../src-renderer/features/customers/list/list-model';

let n = 0;
function customer(name: string, extra: Partial<ListCustomer> = {}): ListCustomer {
  n += 1;
  return {
    id: `id-${String(n).padStart(4, '0')}`,
    name,
    sortKey: sortKeyOf(name),
    level: 3,
    type: 'defence_group',
    status: 'active',
    region: '',
    managerId: null,
    managerName: '',
    fields: [],
    tags: [],
    cooperationStart: null,
    ...extra,
  };
}
const rows = (cs: ListCustomer[]) => cs.map((c) => ({ customer: c }));
const names = (rs: { customer: ListCustomer }[]) => rs.map((r) => r.customer.name);

describe('customer list filters', () => {
  const a = customer('航天材料及工艺研究所', {
    region: '北京',
    managerId: 'm1',
    managerName: '张伟',
    fields: ['复合材料', '热防护'],
    tags: ['重点'],
    status: 'active',
  });
  const b = customer('西安航天动力研究所', {
    region: '西安',
    managerId: 'm2',
    managerName: '李娜',
    fields: ['动力'],
    type: 'research_institute',
    status: 'dormant',
  });
  const c = customer('某民营企业', { type: 'private', status: 'lost' });

  it('an empty filter keeps everything; within a kind any value matches, across kinds all must', () => {
    const all = rows([a, b, c]);
    expect(applyFilters(all, emptyFilters())).toHaveLength(3);
    expect(names(applyFilters(all, { ...emptyFilters(), statuses: ['active', 'dormant'] }))).toEqual([a.name, b.name]);
    expect(names(applyFilters(all, { ...emptyFilters(), statuses: ['active', 'dormant'], regions: ['西安'] }))).toEqual([b.name]);
    expect(names(applyFilters(all, { ...emptyFilters(), fields: ['热防护', '动力'] }))).toEqual([a.name, b.name]);
    expect(names(applyFilters(all, { ...emptyFilters(), tags: ['重点'] }))).toEqual([a.name]);
    expect(names(applyFilters(all, { ...emptyFilters(), types: ['private'] }))).toEqual([c.name]);
  });

  it('finds the customers nobody is responsible for', () => {
    expect(matchesFilters(c, { ...emptyFilters(), managers: [NO_MANAGER] })).toBe(true);
    expect(matchesFilters(a, { ...emptyFilters(), managers: [NO_MANAGER] })).toBe(false);
    expect(matchesFilters(a, { ...emptyFilters(), managers: ['m1', NO_MANAGER] })).toBe(true);
  });

  it('counts the kinds in use', () => {
    expect(activeFilterCount(emptyFilters())).toBe(0);
    expect(activeFilterCount({ ...emptyFilters(), regions: ['北京', '西安'], tags: ['重点'] })).toBe(2);
  });

  it('offers the values present, in pinyin order, with the unassigned choice last', () => {
    const f = facetsOf([a, b, c]);
    expect(f.regions).toEqual(['北京', '西安']);
    expect(f.fields).toEqual(['动力', '复合材料', '热防护']);
    expect(f.managers).toEqual([
      { value: 'm2', label: '李娜' },
      { value: 'm1', label: '张伟' },
      { value: NO_MANAGER, label: '' },
    ]);
  });
});

describe('the grade', () => {
  const aaa = customer('甲所', { grade: 'AAA' });
  const b = customer('乙所', { grade: 'B' });
  const aa = customer('丙所', { grade: 'AA' });
  const never = customer('丁所');
  const cleared = customer('戊所', { grade: null });
  const all = rows([aaa, b, aa, never, cleared]);

  it('filters by grade, 未定级 selecting the customers never graded, together with other filters', () => {
    expect(names(applyFilters(all, { ...emptyFilters(), grades: ['AAA', 'AA'] }))).toEqual(['甲所', '丙所']);
    expect(names(applyFilters(all, { ...emptyFilters(), grades: [UNGRADED] }))).toEqual(['丁所', '戊所']);
    expect(names(applyFilters(all, { ...emptyFilters(), grades: ['B', UNGRADED] }))).toEqual(['乙所', '丁所', '戊所']);
    expect(applyFilters(all, { ...emptyFilters(), grades: ['A'] })).toEqual([]);
    expect(matchesFilters(aaa, { ...emptyFilters(), grades: ['AAA'], statuses: ['lost'] })).toBe(false);
    expect(activeFilterCount({ ...emptyFilters(), grades: ['AAA'] })).toBe(1);
  });

  it('sorts AAA first ascending, B first descending, the ungraded last either way', () => {
    expect(names(sortRows(all, { column: 'grade', direction: 'asc' }))).toEqual(['甲所', '丙所', '乙所', '丁所', '戊所']);
    expect(names(sortRows(all, { column: 'grade', direction: 'desc' }))).toEqual(['乙所', '丙所', '甲所', '丁所', '戊所']);
  });
});

describe('customer list sorting', () => {
  // Code-point order would put 重 (U+91CD) after 西 (U+897F) and 北 (U+5317) before 长 (U+957F)…
  const list = ['重庆长安工业公司', '北京航空材料研究院', '西安航天动力研究所', '长沙某厂', '安徽某所'].map((name) => customer(name));

  it('sorts names by pinyin (as a Chinese dictionary), never by code point', () => {
    expect(names(sortRows(rows(list), { column: 'name', direction: 'asc' }))).toEqual([
      '安徽某所',
      '北京航空材料研究院',
      '长沙某厂',
      '重庆长安工业公司',
      '西安航天动力研究所',
    ]);
    expect(names(sortRows(rows(list), { column: 'name', direction: 'desc' }))[0]).toBe('西安航天动力研究所');
  });

  it('keeps empty cells last in both directions and breaks ties by name', () => {
    const withRegions = [
      customer('乙所', { region: '西安' }),
      customer('甲所', { region: '' }),
      customer('丙所', { region: '北京' }),
      customer('丁所', { region: '北京' }),
    ];
    expect(names(sortRows(rows(withRegions), { column: 'region', direction: 'asc' }))).toEqual(['丙所', '丁所', '乙所', '甲所']);
    expect(names(sortRows(rows(withRegions), { column: 'region', direction: 'desc' }))).toEqual(['乙所', '丙所', '丁所', '甲所']);
  });

  it('sorts dates and levels', () => {
    const cs = [
      customer('甲', { cooperationStart: '2020-05-01', level: 2 }),
      customer('乙', { cooperationStart: null, level: 1 }),
      customer('丙', { cooperationStart: '2018-01-09', level: 3 }),
    ];
    expect(names(sortRows(rows(cs), { column: 'cooperationStart', direction: 'asc' }))).toEqual(['丙', '甲', '乙']);
    expect(names(sortRows(rows(cs), { column: 'level', direction: 'asc' }))).toEqual(['乙', '甲', '丙']);
  });

  it('a header click flips the same column and starts another ascending', () => {
    expect(nextSort({ column: 'name', direction: 'asc' }, 'name')).toEqual({ column: 'name', direction: 'desc' });
    expect(nextSort({ column: 'name', direction: 'desc' }, 'region')).toEqual({ column: 'region', direction: 'asc' });
  });
});

describe('at 10,000 customers', () => {
  const customers: SyntheticCustomer[] = [];
  for (const batch of generateInstitute({ customers: 10_000, contacts: 0, interactions: 0, complaints: 0 }, 7)) {
    if (batch.table === 'customers') customers.push(...batch.records);
  }

  // How fast: `npm run bench` (archive.list.filter-sort), not a timed unit test.
  it('filters and sorts the whole institute (the list re-derives its rows on every change)', () => {
    const all = rows(customers);
    const facets = facetsOf(customers);
    const filtered = applyFilters(all, { ...emptyFilters(), statuses: ['active'], regions: facets.regions.slice(0, 3) });
    const byRegion = sortRows(all, { column: 'region', direction: 'desc' });
    const byName = sortRows(filtered, { column: 'name', direction: 'asc' });
    expect(customers).toHaveLength(10_000);
    expect(byRegion).toHaveLength(10_000);
    expect(filtered.length).toBeGreaterThan(0);
    for (let i = 1; i < byName.length; i++) expect(byName[i - 1]!.customer.sortKey <= byName[i]!.customer.sortKey).toBe(true);
  });
});
