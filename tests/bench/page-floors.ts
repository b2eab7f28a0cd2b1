import Dexie from 'dexie';
import { normaliseQuery } from '../../src-renderer/core/search/index';
import { median, p95, round1, timeEach, timeEachOnFreshConnection, withDatabase } from './page-timing';
import type { AirgapDb } from '../../src-renderer/data/db';
import type { InteractionKind } from '../../src-renderer/core/model';
import { createTranslator, type MessageKey, type Translate } from '../../src-renderer/i18n';
import { interactionKindLabel } from '../../src-renderer/i18n/enum-labels';

/**
 * Floors of issue 20: the work of a measurement done the plainest way — raw Dexie reads by the same
 * indexes, no app code between the database and the rows — in the same run, same browser session, so
 * a loaded machine moves the figure and its floor alike and their ratio means the same everywhere.
 */

/** Rows a search keystroke shows first: the list's first page. */
const SEARCH_PAGE = 50;

/**
 * archive.search.p95's floor: for each keystroke typed (same texts, same order), the two raw index
 * prefix queries behind it — customers and contacts by their multiEntry `searchKeys` — each reading
 * the first page of matching rows; p95 over the keystrokes.
 */
export function floorSearch(keys: readonly string[]): Promise<{ p95: number; samples: number[] }> {
  const queries = keys.map(normaliseQuery).filter((q): q is string => q !== null);
  return withDatabase(async (db) => {
    const { samples } = await timeEach(queries, (q) =>
      Promise.all([
        db.table('customers').where('searchKeys').startsWith(q).distinct().limit(SEARCH_PAGE).toArray(),
        db.table('contacts').where('searchKeys').startsWith(q).distinct().limit(SEARCH_PAGE).toArray(),
      ]),
    );
    return { p95: p95(samples), samples: samples.map(round1) };
  });
}

/** What the overview shows of the timeline at first (OverviewTab's latest activity). */
const TIMELINE_FIRST = 5;

/** The customer page's tabs (app/customer-tabs.tsx), in order: the floor's tab strip shows the same labels. */
const CUSTOMER_TAB_LABELS: readonly MessageKey[] = [
  'detail.tab.overview',
  'detail.tab.contacts',
  'detail.tab.interactions',
  'detail.tab.requirements',
  'complaints.customerTab',
  'detail.tab.business',
  'gradingCustomer.tab',
  'satisfaction.tab',
  'attachments.tab',
  'detail.tab.timeline',
  'detail.tab.handovers',
  'detail.tab.history',
];

interface CustomerRow {
  name: string;
  shortName: string;
  managerName: string;
}
interface InteractionRow {
  id: string;
  kind: InteractionKind;
  date: string;
  summary: string;
}

/** The two keyed reads that show a customer: its header record and its newest interactions. */
function readCustomerOpen(db: AirgapDb, id: string): Promise<[CustomerRow | undefined, InteractionRow[]]> {
  return Promise.all([
    db.table('customers').get(id) as Promise<CustomerRow | undefined>,
    db.table('interactions').where('[customerId+date]').between([id, Dexie.minKey], [id, Dexie.maxKey]).reverse().limit(TIMELINE_FIRST).toArray() as Promise<
      InteractionRow[]
    >,
  ]);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The customer page at its plainest: a header, the tab strip and the newest interactions as one HTML string. */
function plainCustomerPage(customer: CustomerRow | undefined, items: readonly InteractionRow[], t: Translate): string {
  const header = customer
    ? `<header><h2>${escapeHtml(customer.name)}</h2><p>${escapeHtml(customer.shortName)}</p><p>${escapeHtml(customer.managerName)}</p></header>`
    : '<header></header>';
  const tabs = `<div role="tablist">${CUSTOMER_TAB_LABELS.map((label) => `<button role="tab">${escapeHtml(t(label))}</button>`).join('')}</div>`;
  const rows = items
    .map((i) => `<li><b>${escapeHtml(t(interactionKindLabel(i.kind)))}</b> <time>${escapeHtml(i.date)}</time><p>${escapeHtml(i.summary)}</p></li>`)
    .join('');
  return `${header}${tabs}<ul data-floor="timeline">${rows}</ul>`;
}

/** Resolves on the next animation frame (the page has drawn what came before). */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * ms from `start()` to the first animation frame where `ready()` holds, polled with
 * requestAnimationFrame — the way measurements.mjs `timeNavigation` times the app's navigations.
 */
function timeUntilFrame(start: () => void, ready: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    start();
    const poll = () => (ready() ? resolve(performance.now() - started) : requestAnimationFrame(poll));
    requestAnimationFrame(poll);
  });
}

/**
 * archive.customer.open's floor: per customer opened (same ids), a plain navigation timed the way the
 * app's is — from its start, by a requestAnimationFrame poll, until the page shows it — doing the least
 * a customer page can: its header record by primary key and its newest interactions by the
 * `[customerId+date]` index read, then a header, the tab strip and those rows set as one innerHTML
 * into a container of this page (no framework). A figure polled by frames cannot go below one frame,
 * and neither can this floor: both carry the same clock and quantisation. `reads` keeps the two raw
 * reads alone (timed by `performance.now()`), for the record.
 */
export function floorCustomerOpen(ids: readonly string[]): Promise<{ median: number; samples: number[]; reads: { median: number; samples: number[] } }> {
  const t = createTranslator('zh-CN');
  return withDatabase(async (db) => {
    const reads = await timeEach(ids, (id) => readCustomerOpen(db, id));
    const container = document.createElement('main');
    document.body.append(container);
    const samples: number[] = [];
    try {
      for (const id of ids) {
        container.replaceChildren();
        await nextFrame();
        samples.push(
          await timeUntilFrame(
            () => void readCustomerOpen(db, id).then(([customer, items]) => (container.innerHTML = plainCustomerPage(customer, items, t))),
            () => container.querySelector('[data-floor=timeline]') !== null,
          ),
        );
      }
    } finally {
      container.remove();
    }
    return { median: median(samples), samples: samples.map(round1), reads: { median: median(reads.samples), samples: reads.samples.map(round1) } };
  });
}

/** grading.pareto's floor: the newest year's benefit figures read by the `year` index; median of `runs`. */
export function floorParetoRead(runs = 5): Promise<{ median: number; samples: number[]; rows: number }> {
  return withDatabase(async (db) => {
    const [year] = (await db.table('benefits').orderBy('year').reverse().limit(1).keys()) as number[];
    const { samples, results } = await timeEach(Array.from({ length: runs }), () => db.table('benefits').where('year').equals(year!).toArray());
    return { median: median(samples), samples: samples.map(round1), rows: results.at(-1)?.length ?? 0 };
  });
}

/**
 * complaints.stats-year's floor: per year shown (same years), that year's complaints read by the
 * `receivedAt` index (the same day-wider range the data layer reads); median.
 */
export async function floorStatsRead(years: readonly number[]): Promise<{ median: number; samples: number[]; rows: number[] }> {
  const { samples, results } = await timeEachOnFreshConnection(years, (db, year) =>
    db
      .table('complaints')
      .where('receivedAt')
      .between(`${year - 1}-12-31`, `${year + 1}-01-02`)
      .toArray(),
  );
  return { median: median(samples), samples: samples.map(round1), rows: results.map((found) => found.length) };
}
