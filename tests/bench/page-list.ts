import { generateInstitute, type SyntheticCustomer } from '../../src-renderer/core/synthetic/index';
import { applyFilters, emptyFilters, facetsOf, sortRows, type ListCustomer } from '../../src-renderer/features/customers/list/list-model';
import { median } from './page-timing';

/** The customer list's scale: the institute the issue names, whatever the bench's --scale (it is all in memory). */
const CUSTOMERS = 10_000;

/**
 * archive.list.filter-sort: what 客户档案 re-derives on a filter or sort change over 10,000 customers —
 * the facets, a status + region filter, the whole list by region descending and the filtered rows
 * by name — against a floor on the same rows: one filter with plain Set lookups and one sort by a
 * precomputed key (no pinyin, no empty-cells-last, no tie-break). `runs` times each, medians.
 */
export function measureListFilterSort(seed: number, runs = 9): { app: number; floor: number; samples: number[]; rows: number; filtered: number } {
  const customers: SyntheticCustomer[] = [];
  for (const batch of generateInstitute({ customers: CUSTOMERS, contacts: 0, interactions: 0, complaints: 0 }, seed)) {
    if (batch.table === 'customers') customers.push(...batch.records);
  }
  const list: ListCustomer[] = customers;
  const all = list.map((customer) => ({ customer }));
  // The page computes the facets once per archive, which warms the pinyin cache of regions and managers.
  const regions = facetsOf(list).regions.slice(0, 3);

  const samples: number[] = [];
  const floors: number[] = [];
  let filtered = 0;
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    facetsOf(list);
    const rows = applyFilters(all, { ...emptyFilters(), statuses: ['active'], regions });
    sortRows(all, { column: 'region', direction: 'desc' });
    sortRows(rows, { column: 'name', direction: 'asc' });
    samples.push(performance.now() - started);
    filtered = rows.length;

    started = performance.now();
    const wanted = new Set(regions);
    const floorRows = all.filter((r) => r.customer.status === 'active' && wanted.has(r.customer.region));
    [...all].sort((a, b) => (a.customer.region < b.customer.region ? 1 : a.customer.region > b.customer.region ? -1 : 0));
    floorRows.sort((a, b) => (a.customer.sortKey < b.customer.sortKey ? -1 : a.customer.sortKey > b.customer.sortKey ? 1 : 0));
    floors.push(performance.now() - started);
  }
  return { app: median(samples), floor: median(floors), samples: samples.map((s) => Math.round(s * 10) / 10), rows: list.length, filtered };
}
