// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../../../src-renderer/features/customers/list/list-model';
import {
  COLUMNS_KEY,
  DEFAULT_COLUMNS,
  loadColumns,
  loadSavedFilters,
  normaliseColumns,
  SAVED_FILTERS_KEY,
  saveColumns,
  saveSavedFilters,
  withSavedFilter,
} from '../../../../src-renderer/features/customers/list/list-storage';

function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('column choice', () => {
  it('defaults to every column and is remembered in display order, the name always kept', () => {
    const store = memoryStore();
    expect(loadColumns(store)).toEqual([...DEFAULT_COLUMNS]);
    saveColumns(['tags', 'region'], store);
    expect(JSON.parse(store.data.get(COLUMNS_KEY)!)).toEqual(['name', 'region', 'tags']);
    expect(loadColumns(store)).toEqual(['name', 'region', 'tags']);
  });

  it('drops what it does not know and survives broken storage', () => {
    expect(normaliseColumns(['score', 'status', 42])).toEqual(['name', 'status']);
    expect(normaliseColumns(['status', 'grade'])).toEqual(['name', 'grade', 'status']);
    expect(loadColumns(memoryStore({ [COLUMNS_KEY]: '{not json' }))).toEqual([...DEFAULT_COLUMNS]);
    expect(loadColumns(memoryStore({ [COLUMNS_KEY]: '"name"' }))).toEqual([...DEFAULT_COLUMNS]);
  });
});

describe('saved filters', () => {
  it('saves by name, replaces the same name, keeps the order', () => {
    const store = memoryStore();
    let list = withSavedFilter([], { name: '华北重点', filters: { ...emptyFilters(), regions: ['北京'], tags: ['重点'] } });
    list = withSavedFilter(list, { name: '休眠', filters: { ...emptyFilters(), statuses: ['dormant'] } });
    list = withSavedFilter(list, { name: ' 华北重点 ', filters: { ...emptyFilters(), regions: ['天津'] } });
    saveSavedFilters(list, store);
    const back = loadSavedFilters(store);
    expect(back.map((s) => s.name)).toEqual(['华北重点', '休眠']);
    expect(back[0]!.filters.regions).toEqual(['天津']);
    expect(back[1]!.filters.statuses).toEqual(['dormant']);
  });

  it('keeps the grade choice of a saved filter; a filter saved before grading existed means any grade', () => {
    const store = memoryStore();
    saveSavedFilters(withSavedFilter([], { name: '我的 AAA 客户', filters: { ...emptyFilters(), grades: ['AAA', 'none'], managers: ['m1'] } }), store);
    expect(loadSavedFilters(store)[0]!.filters).toEqual({ ...emptyFilters(), grades: ['AAA', 'none'], managers: ['m1'] });
    const old = memoryStore({ [SAVED_FILTERS_KEY]: JSON.stringify([{ name: '华北', filters: { regions: ['北京'] } }]) });
    expect(loadSavedFilters(old)[0]!.filters).toEqual({ ...emptyFilters(), regions: ['北京'] });
  });

  it('checks what it reads back: unknown enum values and malformed entries are dropped', () => {
    const store = memoryStore({
      [SAVED_FILTERS_KEY]: JSON.stringify([
        { name: '旧版', filters: { statuses: ['active', 'archived'], types: ['private', 7], grades: ['AAA', 'C', 'none'], regions: '北京' } },
        { name: '', filters: {} },
        'garbage',
      ]),
    });
    expect(loadSavedFilters(store)).toEqual([
      { name: '旧版', filters: { ...emptyFilters(), statuses: ['active'], types: ['private'], grades: ['AAA', 'none'] } },
    ]);
    expect(loadSavedFilters(memoryStore({ [SAVED_FILTERS_KEY]: 'nope' }))).toEqual([]);
  });
});
