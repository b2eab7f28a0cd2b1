// The bench's named measurements. Later issues add theirs by appending to this list.
//
// Each entry: { name, unit, better: 'lower' | 'higher', budget?, budgetOn?: 'value' | 'ratio',
//               absoluteBudget?, timeoutMs?, optIn?: true (runs only when named with --only), description, run(ctx) }.
// run(ctx) returns a number (the value) or { value, baseline?, ratio?, samples?, detail? }.
// When the result has a ratio and budgetOn is 'ratio', the budget applies to the ratio.
//
// Issue 20: a budget is the ratio of the figure to its floor — the same work done the plainest way
// (raw reads by the same indexes, raw bulkPut of the same rows, …), measured in the same run, same
// browser session — so it means the same on a quiet or a loaded machine and on a faster one.
// `baseline` is the floor, in the figure's unit; `ratio` is figure ÷ floor (times: lower is better;
// throughputs: higher is better). `absoluteBudget` keeps the absolute budget a ratio replaced, for
// the record (the row's detail shows it; it does not decide the result). docs/performance.md says
// what each floor is. A measurement runs on its own (runner.mjs): its failure fails its row only.
//
// ctx (tests/bench/context.mjs):
//   ctx.scale            'small' | 'full'
//   ctx.seed             the generator seed
//   ctx.bench(dataset, fn, ...args)
//                        calls window.bench[fn](...args) in the bench page on the profile holding
//                        `dataset` ('data' = the institute at ctx.scale, 'empty' = setup done, no
//                        customers), loading it first if the profile does not hold it yet;
//                        'scratch' = a profile emptied at every run, for measurements that write
//                        throwaway databases (never write those into 'data' or 'empty')
//   ctx.coldStart(dataset, runs = 3)
//                        launches a new browser on that profile `runs` times, opens the app and
//                        returns { value: median ms to 'airgap:shell-ready', samples }
//   ctx.log(line)        prints a progress line

import { typeQueries } from './keystrokes.mjs';
import { ageCliSeconds } from './age-cli.mjs';
import { firstCustomerIds, plainTablePdf, reportToPdf } from './reports.mjs';
import { statsYearSwitches } from './complaint-stats.mjs';

const round1 = (x) => Math.round(x * 10) / 10;

/** figure ÷ floor to two decimals (the ratio of a time: lower is better). */
const ratioOf = (value, floor) => Math.round((value / floor) * 100) / 100;

/**
 * One import run serves both import measurements (it costs a full export and import). A run that
 * failed is not kept: the next import measurement tries again on its own.
 */
let importResult = null;
const importRun = (ctx) =>
  (importResult ??= ctx.bench('scratch', 'measureImportVsBulkPut', ctx.scale, ctx.seed).catch((error) => {
    importResult = null;
    throw error;
  }));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];

/**
 * In the app page: change the hash, then wait (rAF polling) until `ready()` holds; ms from the
 * change to the first frame where it holds. Runs entirely in the page, so no round trips count.
 */
async function timeNavigation(page, hash, readySource) {
  return page.evaluate(
    ([h, source]) =>
      new Promise((resolve, reject) => {
        const ready = new Function(`return (${source})`)();
        const started = performance.now();
        window.location.hash = h;
        const deadline = started + 20_000;
        const poll = () => {
          if (ready()) resolve(performance.now() - started);
          else if (performance.now() > deadline) reject(new Error(`not ready after 20 s: ${h}`));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    [hash, readySource],
  );
}

/**
 * Median of `runs` navigations in the warm app: leave for `away` (waiting until `awayReady`), then
 * time the navigation to `to` until `ready` holds.
 */
async function medianNavigation(page, { away, awayReady, to, ready, runs = 5 }) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    await timeNavigation(page, away, awayReady);
    samples.push(Math.round(await timeNavigation(page, to, ready)));
  }
  return { value: median(samples), samples };
}

/** A measurement's run: that navigation's median in the warm app on the loaded institute ('data'). */
const warmNavigation = (navigation) => async (ctx) => medianNavigation(await ctx.app('data'), navigation);

const FIRST_ROW = "() => document.querySelectorAll('[role=table] [role=rowgroup]:last-child [role=row]').length > 0";

/** Median navigation from the dashboard (no table) to a list route until its first rows show. */
/** From the settled dashboard (its reads done, so they do not compete) to a list's first rows. */
function firstRowsOf(page, to) {
  return medianNavigation(page, { away: '#/', awayReady: DASHBOARD_SETTLED, to, ready: FIRST_ROW });
}
const DASHBOARD_SETTLED =
  "() => !document.querySelector('[role=table]') && !!document.querySelector('[data-testid=dashboard][aria-busy=false]') && !document.querySelector('[data-testid=overdue-complaints] .mantine-Loader-root')";

/** The list shows rows and has read every customer (its count line no longer says it is reading). */
const LIST_SETTLED =
  "() => document.querySelectorAll('[role=table] [role=rowgroup]:last-child [role=row]').length > 0 && !document.querySelector('[data-testid=customer-count]')?.textContent.includes('正在读取')";

/** The customer page is ready when its tabs and the overview's latest activity (or its empty note) are shown. */
const CUSTOMER_PAGE_READY =
  "() => document.querySelectorAll('[role=tab]').length > 0 && !!document.querySelector('main [data-testid=timeline], main [data-testid=timeline-empty]')";

/** Name, initials and full-pinyin queries, short ones included (they match thousands of customers). */
const SEARCH_QUERIES = ['htcl', 'hangtian', '航天', '材料', 'cl', 'zhong', '中国', 'bj', '北京', 'dianzi', '研究', 'yj', 'xa', '西安', 'jungong'];

/**
 * 登录 → 工作台 (issue 15): sign out through the user menu, type the account's name and password, then
 * time in the page from the submit to the first frame with the dashboard settled (median of `runs`).
 */
async function medianSignIn(page, account, runs = 5) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.getByRole('textbox', { name: '登录名' }).fill(account.username);
    await page.getByLabel('密码', { exact: true }).fill(account.password);
    const ms = await page.evaluate(
      (source) =>
        new Promise((resolve, reject) => {
          const ready = new Function(`return (${source})`)();
          const submit = [...document.querySelectorAll('button[type=submit]')].find((b) => b.textContent?.trim() === '登录');
          if (!submit) return reject(new Error('no 登录 button'));
          const started = performance.now();
          submit.click();
          const poll = () => {
            if (ready()) resolve(performance.now() - started);
            else if (performance.now() - started > 20_000) reject(new Error('not signed in after 20 s'));
            else requestAnimationFrame(poll);
          };
          requestAnimationFrame(poll);
        }),
      DASHBOARD_SETTLED,
    );
    samples.push(Math.round(ms));
  }
  return { value: median(samples), samples };
}

/** Records per measured write: enough for several 10,000-record transactions at full scale. */
const writeCount = (scale) => (scale === 'full' ? 20_000 : 5_000);

export const measurements = [
  {
    name: 'write.vs-bulkput',
    unit: 'records/s',
    better: 'higher',
    budget: 0.5,
    budgetOn: 'ratio',
    description: "the app's write path (createRecords: envelope + change log) against raw Dexie bulkPut, interactions",
    async run(ctx) {
      const r = await ctx.bench('scratch', 'measureWriteVsBulkPut', writeCount(ctx.scale), ctx.seed);
      return { value: r.appPerSec, baseline: r.rawPerSec, ratio: r.ratio, detail: { records: r.n } };
    },
  },
  {
    name: 'startup.cold-empty',
    unit: 'ms',
    better: 'lower',
    description: 'new browser process → app shell interactive, setup done but no customers (median of 3)',
    run: (ctx) => ctx.coldStart('empty'),
  },
  {
    name: 'startup.cold-full',
    unit: 'ms',
    better: 'lower',
    budget: 2,
    budgetOn: 'ratio',
    absoluteBudget: 1500,
    description:
      'new browser process → the app interactive (登录, since accounts), database holding the whole institute (median of 3); floor: a new browser process on the same profile opening a blank page of the origin that opens the database and reads one row (median of 3, alternating)',
    async run(ctx) {
      const r = await ctx.coldStart('data', 3, { floor: true });
      return { value: r.value, baseline: r.baseline, ratio: ratioOf(r.value, r.baseline), samples: r.samples, detail: { floorSamples: r.floorSamples } };
    },
  },
  {
    name: 'archive.list.first-rows',
    unit: 'ms',
    better: 'lower',
    budget: 300,
    description: 'navigation to 客户档案 → first customer rows rendered (warm app, median of 5)',
    run: async (ctx) => firstRowsOf(await ctx.app('data'), '#/customers'),
  },
  {
    name: 'archive.list.filter-sort',
    unit: 'ms',
    better: 'lower',
    // Against the floor of the same run (a plain filter and key sort of the same rows), so a loaded
    // machine moves both: ~6–8× measured here. Twice that leaves room; a pinyin key computed per
    // comparison instead of once per value would be far beyond it.
    budget: 15,
    budgetOn: 'ratio',
    description:
      "客户档案's re-derivation on a filter or sort change at 10,000 customers (facets, status + region filter, sort by region and by name; list-model, in the page), median of 9, over a plain filter and key sort of the same rows",
    async run(ctx) {
      const r = await ctx.bench('scratch', 'measureListFilterSort', ctx.seed);
      return {
        value: round1(r.app),
        baseline: round1(r.floor),
        ratio: Math.round((r.app / r.floor) * 100) / 100,
        samples: r.samples,
        detail: { customers: r.rows, filtered: r.filtered },
      };
    },
  },
  {
    name: 'archive.search.p95',
    unit: 'ms',
    better: 'lower',
    budget: 3,
    budgetOn: 'ratio',
    absoluteBudget: 50,
    description:
      'each keystroke in the list search → the frame showing its results (name and pinyin queries typed letter by letter, timed in the page, p95); floor: the raw searchKeys prefix queries of customers and contacts behind the same keystrokes (first 50 rows each), p95',
    async run(ctx) {
      const page = await ctx.app('data');
      await timeNavigation(page, '#/customers', FIRST_ROW);
      // The list's first paint shows 50 rows; searching in memory needs the whole archive read.
      await page.waitForFunction(() => !document.querySelector('[data-testid=customer-count]')?.textContent.includes('正在读取'), null, { timeout: 30_000 });
      const r = await typeQueries(page, SEARCH_QUERIES);
      const round = (ms) => Math.round(ms * 10) / 10;
      const floor = await ctx.bench('data', 'floorSearch', r.keys);
      const value = Math.round(p95(r.firstPaint));
      return {
        value,
        baseline: round(floor.p95),
        ratio: ratioOf(value, floor.p95),
        samples: r.firstPaint.map(round),
        detail: {
          keystrokes: r.keys.length,
          'complete.p95': Math.round(p95(r.complete)),
          'complete.max': Math.round(Math.max(...r.complete)),
          floorSamples: floor.samples,
        },
      };
    },
  },
  {
    name: 'archive.customer.open',
    unit: 'ms',
    better: 'lower',
    budget: 3,
    budgetOn: 'ratio',
    absoluteBudget: 150,
    description:
      "opening a customer from the list → its page with header, tabs and the overview's timeline rendered (median of 5 customers); floor: a plain navigation timed the same way (rAF poll from its start) — the raw reads of the same customers' header record and newest 5 interactions by [customerId+date], then a header, the tab strip and those rows set as innerHTML, no framework — median; the raw reads alone in the detail",
    async run(ctx) {
      const page = await ctx.app('data');
      await timeNavigation(page, '#/customers', FIRST_ROW);
      const hrefs = await page.evaluate(() =>
        [...document.querySelectorAll('[role=table] a[href*="#/customers/"]')].slice(0, 5).map((a) => a.getAttribute('href')),
      );
      const samples = [];
      for (const href of hrefs) {
        // Back to the list, as the user comes from it, and wait until it has read the whole archive:
        // a click lands on a settled list, not on one still reading 10,000 customers.
        await timeNavigation(page, '#/customers', LIST_SETTLED);
        samples.push(Math.round(await timeNavigation(page, href.slice(href.indexOf('#')), CUSTOMER_PAGE_READY)));
      }
      const ids = hrefs.map((h) => h.slice(h.lastIndexOf('/') + 1));
      const floor = await ctx.bench('data', 'floorCustomerOpen', ids);
      const value = median(samples);
      return {
        value,
        baseline: round1(floor.median),
        ratio: ratioOf(value, floor.median),
        samples,
        // The floor as it was before it was restated (the raw reads alone), kept for the record.
        detail: { floorSamples: floor.samples, 'reads.median': round1(floor.reads.median), readsSamples: floor.reads.samples },
      };
    },
  },
  {
    name: 'archive.customer.history',
    unit: 'ms',
    better: 'lower',
    // Not an issue budget: ours. The tab opens on a click, so it gets the customer page's 150 ms.
    // The read is 40–70 ms p50 and 58–110 ms p95 here, almost all of it one index lookup per record the
    // customer owns (≈0.05 ms each in Chromium): it grows with the customer's records, not with the
    // length of its history. (100 ms was missed by a few ms on a busy machine.)
    budget: 2,
    budgetOn: 'ratio',
    absoluteBudget: 150,
    description:
      "修改记录's read (customerFullHistory, first 100) of a customer with 500 interactions, 200 edits, 50 deletions, in a change log of imports (p95 of 30); floor: the raw recordIds index read of the same customer's change entries (any of its records' ids) and the newest 100 by key, p95 of 30, alternating",
    async run(ctx) {
      const r = await ctx.bench('scratch', 'measureCustomerHistory', ctx.scale === 'full' ? 500_000 : 50_000, ctx.seed);
      return {
        value: round1(r.p95),
        baseline: round1(r.floorP95),
        ratio: ratioOf(r.p95, r.floorP95),
        samples: r.samples,
        detail: { p50: round1(r.p50), entries: r.entries, changeLog: r.changeLog, ownedRecords: r.owned, floorSamples: r.floorSamples },
      };
    },
  },
  {
    name: 'archive.edit.p95',
    unit: 'ms',
    better: 'lower',
    budget: 30,
    description: 'save one customer edit through the repository, with its history entry (p95 of 50)',
    async run(ctx) {
      const r = await ctx.bench('data', 'measureEdits', 50);
      return { value: Math.round(r.p95 * 10) / 10, samples: r.samples };
    },
  },
  {
    name: 'grading.regrade-all',
    unit: 'ms',
    better: 'lower',
    budget: 2,
    budgetOn: 'ratio',
    absoluteBudget: 3000,
    description:
      'batch re-grading draft of every customer: read the figures, compute, write the draft (repository, median of 3); floor: the raw reads of the same tables (customers, the year’s figures by the year index, settlements, assessments), median of 3, alternating',
    async run(ctx) {
      const r = await ctx.bench('data', 'measureRegradeAll', 3);
      const value = median(r.samples);
      const floor = median(r.floorSamples);
      return {
        value,
        baseline: floor,
        ratio: ratioOf(value, floor),
        samples: r.samples,
        detail: { entries: r.entries, floorRows: r.floorRows, floorSamples: r.floorSamples },
      };
    },
  },
  {
    name: 'grading.approve-all',
    unit: 'ms',
    better: 'lower',
    budget: 2,
    budgetOn: 'ratio',
    description:
      "审批 of the yearly grading run: approveRun of a batch draft of every customer, none graded before (every grade set, a follow-up plan per customer, the run approved and audited, one transaction; scratch database with the institute's customers and figures); floor: raw bulkPut of the same changed rows (every record the approval's change-log entries name) in one transaction, median of 3",
    async run(ctx) {
      const r = await ctx.bench('scratch', 'measureApproveAll', ctx.scale, ctx.seed);
      return {
        value: r.approveMs,
        baseline: r.floorMs,
        ratio: ratioOf(r.approveMs, r.floorMs),
        detail: { grades: r.grades, changedRows: r.rows, floorSamples: r.floorSamples },
      };
    },
  },
  {
    name: 'grading.pareto',
    unit: 'ms',
    better: 'lower',
    budget: 2,
    budgetOn: 'ratio',
    absoluteBudget: 500,
    description:
      'navigation to the 80/20 view → chart and table of the latest year rendered (warm app, median of 5); floor: the raw read of the year’s figures (benefits by the year index), median of 5',
    async run(ctx) {
      const r = await warmNavigation({
        away: '#/',
        // The dashboard settled first: its own reads would otherwise compete with the view's.
        awayReady: DASHBOARD_SETTLED,
        to: '#/grading/pareto',
        ready: "() => !!document.querySelector('[data-testid=pareto][aria-busy=false]')",
      })(ctx);
      const floor = await ctx.bench('data', 'floorParetoRead', 5);
      return { ...r, baseline: round1(floor.median), ratio: ratioOf(r.value, floor.median), detail: { figures: floor.rows, floorSamples: floor.samples } };
    },
  },
  {
    name: 'auth.sign-in-ready',
    unit: 'ms',
    better: 'lower',
    budget: 1000,
    description: '登录 submitted → 工作台 settled, the institute loaded (scrypt verification in its worker, the audit entry, the dashboard reads; median of 5)',
    run: async (ctx) => {
      const page = await ctx.app('data');
      return medianSignIn(page, ctx.account);
    },
  },
  {
    name: 'dashboard.ready',
    unit: 'ms',
    better: 'lower',
    budget: 500,
    description: 'navigation to 工作台 → due follow-ups, grade distribution and changes since the last grading rendered (warm app, median of 5)',
    run: warmNavigation({
      away: '#/customers',
      awayReady: FIRST_ROW,
      to: '#/',
      ready: "() => !!document.querySelector('[data-testid=dashboard][aria-busy=false]')",
    }),
  },
  {
    name: 'exchange.export-full',
    unit: 's',
    better: 'lower',
    budget: 1.5,
    budgetOn: 'ratio',
    absoluteBudget: 60,
    description:
      "exportArchive of the whole archive ('data' profile, nothing written) with a passphrase at the production scrypt work factor, progress reported; floor: every exported record read raw (pages of 10,000) and gzip + age (same passphrase and work factor) of the same payload bytes",
    async run(ctx) {
      const r = await ctx.bench('data', 'measureExportFull');
      return {
        value: round1(r.seconds),
        baseline: round1(r.floorSeconds),
        ratio: ratioOf(r.seconds, r.floorSeconds),
        detail: {
          records: r.records,
          fileMB: round1(r.fileBytes / 1e6),
          progressReports: r.progressReports,
          floorRecords: r.floorRecords,
          floorReadSeconds: round1(r.floorReadSeconds),
          payloadMB: round1(r.payloadBytes / 1e6),
        },
      };
    },
  },
  {
    name: 'exchange.import-full',
    unit: 's',
    better: 'lower',
    description: 'previewImport + applyImport of the whole institute (a file exported on the scratch profile) into an empty database, progress reported',
    async run(ctx) {
      const r = await importRun(ctx);
      return {
        value: round1(r.importSeconds),
        detail: {
          records: r.records,
          previewSeconds: round1(r.previewSeconds),
          unlockSeconds: round1(r.unlockSeconds),
          peakHeapMB: Math.round(r.peakHeapBytes / 1e6),
          fileMB: round1(r.fileBytes / 1e6),
          progressReports: r.progressReports,
        },
      };
    },
  },
  {
    name: 'exchange.import-vs-bulkput',
    unit: 'records/s',
    better: 'higher',
    budget: 0.6,
    budgetOn: 'ratio',
    description: 'import throughput (preview + apply, scrypt included) over raw Dexie bulkPut of the same records into another empty database, same run',
    async run(ctx) {
      const r = await importRun(ctx);
      const value = Math.round(r.records / r.importSeconds);
      const baseline = Math.round(r.records / r.bulkPutSeconds);
      return {
        value,
        baseline,
        ratio: Math.round((r.bulkPutSeconds / r.importSeconds) * 100) / 100,
        detail: {
          records: r.records,
          importSeconds: round1(r.importSeconds),
          unlockSeconds: round1(r.unlockSeconds),
          bulkPutSeconds: round1(r.bulkPutSeconds),
        },
      };
    },
  },
  {
    name: 'import.xlsx-10k',
    unit: 'ms',
    better: 'lower',
    // Issue 16 asked for at most 20 s. Its floor alone misses that here: Dexie bulkPut of the same 10,000
    // customers and 20,000 contacts (with the archive's indexes, pinyin keys included) took 14.0 s on a quiet
    // run, the whole import (read 1.6 s, preview 1.0 s, commit through the repositories with validation and
    // change log 21.3 s) 23.9 s. As issue 20 does for every budget, the budget is the ratio to that floor
    // measured in the same run: the import may take at most twice the bulkPut of what it writes.
    budget: 2,
    budgetOn: 'ratio',
    description:
      'spreadsheet import (issue 16.3): 10,000 customers with 20,000 contacts from one .xlsx, read, previewed against the archive and committed in one transaction; ratio to raw Dexie bulkPut of the same records (the floor)',
    async run(ctx) {
      const customers = ctx.scale === 'full' ? 10_000 : 1_000;
      const r = await ctx.bench('scratch', 'measureSpreadsheetImport', customers);
      if (r.customers !== customers || r.contacts !== customers * 2)
        throw new Error(`imported ${r.customers} customers and ${r.contacts} contacts of ${customers}`);
      return {
        value: Math.round(r.seconds * 1000),
        baseline: Math.round(r.floorSeconds * 1000),
        ratio: Math.round((r.seconds / r.floorSeconds) * 100) / 100,
        detail: {
          customers,
          contacts: r.contacts,
          readSeconds: round1(r.readSeconds),
          previewSeconds: round1(r.previewSeconds),
          commitSeconds: round1(r.commitSeconds),
        },
      };
    },
  },
  {
    name: 'exchange.age-vs-cli',
    unit: 'MB/s',
    better: 'higher',
    description:
      "age encryption (X25519 recipient) of the same pseudo-random bytes: the app's library in the page over the Debian `age` binary (recorded, no budget)",
    async run(ctx) {
      const megabytes = ctx.scale === 'full' ? 256 : 32;
      const cli = await ageCliSeconds(megabytes * 1e6, ctx.seed);
      const r = await ctx.bench('scratch', 'measureAgeEncrypt', megabytes * 1e6, ctx.seed, cli.recipient);
      if (r.sha256 !== cli.sha256) throw new Error(`the page and the script encrypted different bytes (${r.sha256} vs ${cli.sha256})`);
      const value = round1(megabytes / r.seconds);
      const baseline = round1(megabytes / cli.seconds);
      return {
        value,
        baseline,
        ratio: Math.round((value / baseline) * 100) / 100,
        detail: { megabytes, pageSeconds: round1(r.seconds), cliSeconds: round1(cli.seconds) },
      };
    },
  },
  {
    name: 'backup.roundtrip-full',
    unit: 's',
    better: 'lower',
    // No budget: recorded, with the floor of the same run (raw read of every backed-up table + raw
    // bulkPut of the same rows into an empty database) as baseline and floor ÷ value as ratio. The
    // measurement FAILS when the restored database differs from the source (counts, SHA-256 per table).
    description:
      'createBackupFile (passphrase, production scrypt) of the whole institute with its change log (graded and approved) + restoreBackupFile into a new database; the restored database compared table by table (counts + SHA-256 of the rows)',
    async run(ctx) {
      const r = await ctx.bench('scratch', 'measureBackupRoundTrip', ctx.scale, ctx.seed);
      const value = round1(r.backupSeconds + r.restoreSeconds);
      return {
        value,
        baseline: round1(r.floorSeconds),
        ratio: Math.round((r.floorSeconds / (r.backupSeconds + r.restoreSeconds)) * 100) / 100,
        detail: {
          records: r.records,
          changeLog: r.changes,
          fileMB: round1(r.fileBytes / 1e6),
          backupSeconds: round1(r.backupSeconds),
          restoreSeconds: round1(r.restoreSeconds),
          equal: true,
        },
      };
    },
  },
  {
    name: 'complaints.list-overdue',
    unit: 'ms',
    better: 'lower',
    budget: 300,
    description:
      'navigation to 投诉反馈 with the overdue filter (#/complaints/overdue) → first complaint rows rendered (warm app, median of 5; 50,000 complaints at full scale)',
    run: async (ctx) => firstRowsOf(await ctx.app('data'), '#/complaints/overdue'),
  },
  {
    name: 'reports.roster-pdf',
    unit: 's',
    better: 'lower',
    budget: 1.5,
    budgetOn: 'ratio',
    absoluteBudget: 15,
    description:
      '客户分级名册 of the graded year, every customer (10,000 at full scale): open the print preview until the report is rendered, then page.pdf (A4 landscape, header and page numbers on every page); floor: Chromium’s PDF (page.pdf) of a plain HTML table of the same rows, same page size and margins, in a new page of the same browser, no app',
    async run(ctx) {
      const page = await ctx.app('data');
      const r = await reportToPdf(page, '#/reports/roster');
      const floor = await plainTablePdf(page);
      return {
        value: round1(r.totalMs / 1000),
        baseline: Math.round(floor.totalMs / 100) / 10,
        ratio: ratioOf(r.totalMs, floor.totalMs),
        detail: {
          openMs: r.openMs,
          pdfMs: r.pdfMs,
          pages: r.pages,
          pdfMB: round1(r.bytes / 1e6),
          floorMs: floor.totalMs,
          floorPages: floor.pages,
          floorRows: floor.rows,
        },
      };
    },
  },
  {
    name: 'reports.dossier-pdf',
    unit: 's',
    better: 'lower',
    budget: 2,
    description: '客户档案 of one customer: open the print preview until the report is rendered, then page.pdf (median of the first 5 customers of the list)',
    async run(ctx) {
      const page = await ctx.app('data');
      const runs = [];
      for (const id of await firstCustomerIds(page, 5)) runs.push(await reportToPdf(page, `#/reports/dossier/${id}`));
      const totals = runs.map((r) => r.totalMs);
      const mid = runs[totals.indexOf(median(totals))];
      return { value: Math.round(median(totals)) / 1000, samples: totals, detail: { openMs: mid.openMs, pdfMs: mid.pdfMs, pages: runs.map((r) => r.pages) } };
    },
  },
  {
    name: 'complaints.stats-year',
    unit: 'ms',
    better: 'lower',
    budget: 2,
    budgetOn: 'ratio',
    absoluteBudget: 500,
    description:
      '投诉统计: choosing a year not shown before → that year’s figures, four charts and tables rendered (50,000 complaints over ten years at full scale; warm app, median of 6 years); floor: the raw read of the same years’ complaints by the receivedAt index, median',
    async run(ctx) {
      const r = await statsYearSwitches(await ctx.app('data'), timeNavigation);
      // The storage read alone, same years, in a fresh connection (the view's reads warmed the browser's caches).
      const read = await ctx.bench('data', 'measureComplaintStatsRead', r.years);
      const floor = await ctx.bench('data', 'floorStatsRead', r.years);
      return {
        value: r.value,
        baseline: round1(floor.median),
        ratio: ratioOf(r.value, floor.median),
        samples: r.samples,
        detail: { years: r.years, readSamples: read.samples, rowsPerYear: read.rows, floorSamples: floor.samples },
      };
    },
  },
  {
    name: 'ui.unlock-longest-task',
    unit: 'ms',
    better: 'lower',
    budget: 100,
    description:
      "the longest main-thread task while a passphrase-locked export of the small institute (production scrypt work factor) is unlocked and read as 导入's 读取并预览 does (previewImport: scrypt, decrypt, verify, stage); Long Tasks API, or the longest gap between animation frames when no task reached 50 ms",
    async run(ctx) {
      const r = await ctx.bench('scratch', 'measureUnlockLongestTask', ctx.seed);
      const longest = r.longTasks.length > 0 ? Math.max(...r.longTasks) : r.maxFrameGap;
      return {
        value: Math.round(longest),
        samples: [...r.longTasks]
          .sort((a, b) => b - a)
          .slice(0, 5)
          .map(Math.round),
        detail: {
          longTasks: r.longTasks.length,
          maxFrameGapMs: Math.round(r.maxFrameGap),
          unlockReadSeconds: round1(r.seconds),
          records: r.records,
          fileMB: round1(r.fileBytes / 1e6),
        },
      };
    },
  },
  {
    name: 'attachments.add-100',
    unit: 's',
    better: 'lower',
    // Issue 18's budget is absolute (10 s); the floor (the same Blobs put raw, no checks, no hashing,
    // no records) is measured beside it for the record, so a slow machine shows as a slow floor.
    budget: 10,
    budgetOn: 'value',
    description: '100 files of 1 MB attached to one customer in one add (checks, SHA-256 in the worker, one transaction); floor: the same Blobs bulkPut raw',
    async run(ctx) {
      const r = await ctx.bench('scratch', 'measureAttachmentsAdd', 100, ctx.seed);
      return { value: round1(r.addMs / 1000), baseline: round1(r.floorMs / 1000), ratio: ratioOf(r.addMs, r.floorMs), detail: { files: r.count } };
    },
  },
  {
    name: 'exchange.export-attachments',
    unit: 'MB',
    better: 'lower',
    // Issue 18's budget is on memory, not time: the whole institute plus 2 GiB of attachments exported
    // through the app's path (prepareExport → saveStream, piece by piece) with the page's JS heap at most
    // 600 MB at its peak, sampled from outside (context.mjs benchWithHeap). The seconds are recorded.
    budget: 600,
    budgetOn: 'value',
    // Putting 2 GiB through SHA-256 twice in JS (the contents' check and the file's digest), base64, gzip and the
    // cipher takes minutes (≈ 2 MB/s on a loaded 2-core machine: 121 s for the small scale's 256 MiB), after the
    // institute is generated and 2 GiB attached (hashed once more): more than the default half hour under load.
    timeoutMs: 90 * 60 * 1000,
    description:
      'prepareExport + saveStream (browser host, pieces folded into a Blob) of the whole institute plus 2 GiB of attachments (128 files of 16 MiB; 256 MiB at small scale); value: peak JS heap of the page in MB',
    async run(ctx) {
      const { result: r, heap } = await ctx.benchWithHeap('scratch', 'measureExportAttachments', ctx.scale, ctx.seed);
      return {
        value: Math.round(heap.peakBytes / 1e6),
        detail: {
          startHeapMB: Math.round(heap.startBytes / 1e6),
          heapSamples: heap.samples,
          seconds: round1(r.seconds),
          fileMB: Math.round(r.fileBytes / 1e6),
          attachmentMB: Math.round(r.attachmentBytes / 1e6),
          files: r.files,
          records: r.records,
        },
      };
    },
  },
  {
    name: 'audit.verify-1m',
    unit: 's',
    better: 'lower',
    // Issue 15.5 asked for at most 20 s. The floor alone misses that here: reading the 1,000,000 rows
    // (no hashing) takes 25–31 s on these 2-core machines, and no way of reading them is faster —
    // measured at 100,000 rows: Dexie toArray or raw getAll, pages of 1,000 / 10,000 / 50,000, two or
    // four key ranges read side by side, one transaction with every request in flight: all 2.4–3.2 s,
    // while the keys alone take 0.2–0.4 s (the cost is the values' transfer from the browser's
    // IndexedDB to the page). So, as issue 20 does for every budget, the budget is the ratio to that
    // floor measured in the same run: the verification (hashing, checkpoint signatures, progress,
    // its worker) may add at most 30 % to the read it cannot avoid. The seconds stay in the table.
    budget: 1.3,
    budgetOn: 'ratio',
    // 1,000,000 entries at every scale (generated first): the full-scale time limit, small scale too.
    timeoutMs: 30 * 60_000,
    description:
      'verifyAuditLog of 1,000,000 hash-chained audit entries with a signed checkpoint every 10,000 (its worker opens the database and reads pages of 10,000), call to result; ratio to reading the same pages with toArray',
    async run(ctx) {
      const r = await ctx.bench('scratch', 'measureAuditVerify', 1_000_000, 10_000);
      return {
        value: round1(r.workerMs / 1000),
        baseline: round1(r.readMs / 1000),
        ratio: Math.round((r.workerMs / r.readMs) * 100) / 100,
        detail: {
          entries: r.entries,
          checkpoints: r.checkpoints,
          progressEvents: r.progressEvents,
          longestMainThreadTaskMs: Math.round(r.longestTaskMs),
          onPageThreadSeconds: round1(r.hereMs / 1000),
          generateSeconds: round1(r.generateMs / 1000),
        },
      };
    },
  },
  {
    name: 'export.roster-xlsx',
    unit: 's',
    better: 'lower',
    // Issue 16.4: the full-scale graded roster (10,000 customers) to .xlsx in at most 5 s. The ratio to SheetJS's
    // own write of the same cells (the floor of the same run) shows what the mark row, neutralisation and widths cost.
    budget: 5,
    description:
      '导出表格 of the graded roster at the scale (every customer graded): the rows as the screen writes them and the .xlsx with mark row, neutralised cells and column widths (tableToXlsx), median of 3; ratio to aoa_to_sheet + write of the same cells',
    async run(ctx) {
      const r = await ctx.bench('scratch', 'measureRosterXlsx', ctx.scale, ctx.seed);
      return {
        value: Math.round(r.app) / 1000,
        baseline: Math.round(r.floor) / 1000,
        ratio: Math.round((r.app / r.floor) * 100) / 100,
        samples: r.samples,
        detail: { rows: r.rows, bytes: r.bytes },
      };
    },
  },
];
