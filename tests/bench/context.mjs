// The ctx the measurements get (see measurements.mjs): Chromium sessions on persistent bench
// profiles, the dataset each profile holds, and cold starts of the app.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium-args.mjs';

const LAUNCH = {
  headless: true,
  executablePath: '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * @param {{ scale: 'small'|'full', seed: number, fresh: boolean, appUrl: string, benchUrl: string,
 *           profileRoot: string, appBuilt: boolean, log: (line: string) => void }} options
 */
export function createBenchContext({ scale, seed, fresh, appUrl, benchUrl, profileRoot, appBuilt, log }) {
  /** @type {{ profile: string, context: import('@playwright/test').BrowserContext, page: import('@playwright/test').Page, closed: boolean } | null} */
  let session = null;
  const ready = new Set(); // profiles whose dataset was checked (or loaded) in this run
  const wiped = new Set(); // profiles already deleted for --fresh in this run
  const setup = []; // { dataset, ms, counts } of each load this run did

  // One profile per dataset: the institute at each scale, "setup done, no customers", and a scratch
  // profile for measurements that write throwaway databases. Those stay out of the data profiles:
  // an origin's IndexedDB is one LevelDB, and deleted databases linger in it until compaction,
  // which would slow down every later cold start measured there.
  const profileOf = (dataset) => (dataset === 'data' ? scale : dataset);
  const datasetOf = (profile) => (profile === 'empty' || profile === 'scratch' ? profile : scale);
  const dirOf = (profile) => join(profileRoot, `profile-${profile}`);

  async function launch(profile) {
    // The scratch profile starts empty in every run, so garbage of earlier runs cannot skew it.
    if ((fresh || profile === 'scratch') && !wiped.has(profile)) {
      await rm(dirOf(profile), { recursive: true, force: true });
      wiped.add(profile);
    }
    return chromium.launchPersistentContext(dirOf(profile), LAUNCH);
  }

  async function closeSession() {
    if (!session) return;
    const { context } = session;
    session = null;
    await context.close();
  }

  /** Drops the session whatever its state (after a failed measurement): a closed context closes without error. */
  async function resetSession() {
    const current = session;
    session = null;
    if (current) await current.context.close().catch(() => {});
  }

  async function openBench(profile) {
    // A page or browser that closed under the last measurement (load, a crash) is not reused.
    if (session && (session.page.isClosed() || session.closed)) await resetSession();
    if (session?.profile === profile) {
      // The session page may be showing the app (ctx.app); the bench functions live on the bench page.
      if (!(await session.page.evaluate(() => 'bench' in window))) {
        await session.page.goto(benchUrl);
        await session.page.waitForFunction(() => 'bench' in window);
      }
      return session.page;
    }
    await closeSession();
    const context = await launch(profile);
    const opened = { profile, context, page: /** @type {import('@playwright/test').Page} */ (/** @type {unknown} */ (null)), closed: false };
    context.on('close', () => (opened.closed = true));
    try {
      opened.page = context.pages()[0] ?? (await context.newPage());
      const page = opened.page;
      page.on('console', (message) => message.text().startsWith('[bench]') && log(`  ${message.text().slice(8)}`));
      page.on('pageerror', (error) => log(`  page error: ${error.message}`));
      await page.goto(benchUrl);
      await page.waitForFunction(() => 'bench' in window);
    } catch (error) {
      await context.close().catch(() => {});
      throw error;
    }
    session = opened;
    const page = opened.page;
    if (!ready.has(profile) && profile !== 'scratch') await ensureDataset(page, profile);
    return page;
  }

  // Time spent loading institutes (setup, not measured): the runner does not count it against a measurement.
  let setupSpent = 0;
  let setupSince = null;

  /** Reuse the profile's data when it is the same dataset, seed, generator and schema; else (re)load it. */
  async function ensureDataset(page, profile) {
    const dataset = datasetOf(profile);
    const info = await page.evaluate(() => window.bench.datasetInfo());
    const m = info.marker;
    if (m && m.dataset === dataset && m.seed === seed && m.generatorVersion === info.generatorVersion && m.schemaVersion === info.schemaVersion) {
      log(`profile-${profile}: reusing the '${dataset}' data loaded ${m.loadedAt} (--fresh reloads)`);
    } else {
      if (m) log(`profile-${profile}: holds ${JSON.stringify({ ...m, counts: undefined })}, reloading`);
      log(`profile-${profile}: loading the '${dataset}' dataset (setup, not measured)…`);
      setupSince = Date.now();
      let marker;
      try {
        await page.evaluate(() => window.bench.clear());
        marker = await page.evaluate(([d, s]) => window.bench.loadInstitute(d, s), [dataset, seed]);
      } finally {
        setupSpent += Date.now() - setupSince;
        setupSince = null;
      }
      log(`profile-${profile}: loaded in ${(marker.loadMs / 1000).toFixed(1)} s ${JSON.stringify(marker.counts)}`);
      setup.push({ dataset, ms: marker.loadMs, counts: marker.counts });
    }
    // The loader writes the keys in clear; the app would ask for a key passphrase before 登录.
    if (await page.evaluate(() => window.bench.sealBenchKeys())) log(`profile-${profile}: installation keys sealed with the bench's key passphrase`);
    ready.add(profile);
  }

  /** 登录 as the bench's business user (tests/bench/page-load.ts BENCH_SIGN_IN) when the app asks: the shell ready. */
  async function signIn(page, account) {
    await page.waitForFunction(() => ['sign-in', 'ready'].includes(document.documentElement.dataset.appState), null, { timeout: 60_000 });
    if ((await page.evaluate(() => document.documentElement.dataset.appState)) === 'sign-in') {
      await page.getByRole('textbox', { name: '登录名' }).fill(account.username);
      await page.getByLabel('密码', { exact: true }).fill(account.password);
      await page.getByRole('button', { name: '登录', exact: true }).click();
    }
    await page.waitForFunction(() => document.documentElement.dataset.appState === 'ready', null, { timeout: 60_000 });
  }

  /** One cold start: a new browser process on the profile, then navigation → the shell-ready mark. */
  async function coldStartOnce(profile) {
    const context = await launch(profile);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(appUrl, { waitUntil: 'commit' });
      const states = ['ready', 'sign-in', 'setup', 'error'];
      await page.waitForFunction((s) => s.includes(document.documentElement.dataset.appState), states, { timeout: 60_000, polling: 20 });
      const state = await page.evaluate(() => document.documentElement.dataset.appState);
      // Since accounts (issue 15) the first interactive screen is 登录; signing in is auth.sign-in-ready.
      if (state !== 'sign-in') throw new Error(`the app shows '${state}', expected 'sign-in'`);
      // The mark's startTime is measured from the navigation's time origin.
      return await page.evaluate(() => performance.getEntriesByName('airgap:shell-ready')[0]?.startTime ?? null);
    } finally {
      await context.close();
    }
  }

  /**
   * startup.cold-full's floor, once: a new browser process on the profile opens a blank page of the
   * same origin (tests/bench/blank.html) that opens the database and reads one row; ms from the
   * navigation's time origin to that read (its 'bench:floor-ready' mark).
   */
  async function coldFloorOnce(profile) {
    const context = await launch(profile);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${benchUrl.replace(/bench\.html$/, '')}blank.html`, { waitUntil: 'commit' });
      await page.waitForFunction(() => !!document.documentElement.dataset.floor, null, { timeout: 60_000, polling: 20 });
      const state = await page.evaluate(() => document.documentElement.dataset.floor);
      if (state !== 'ready') throw new Error(`the floor page found no customer to read ('${state}')`);
      return await page.evaluate(() => performance.getEntriesByName('bench:floor-ready')[0]?.startTime ?? null);
    } finally {
      await context.close();
    }
  }

  let signedInAs = null;
  return {
    /** The version of the Chromium the bench runs (browser.version() of a throwaway browser: a persistent context has no Browser). */
    async chromiumVersion() {
      const browser = await chromium.launch(LAUNCH);
      try {
        return browser.version();
      } finally {
        await browser.close();
      }
    },
    scale,
    seed,
    log,
    setup,
    /** Milliseconds spent loading profiles' institutes so far, a load under way included (runner.mjs). */
    setupMs: () => setupSpent + (setupSince === null ? 0 : Date.now() - setupSince),
    /** The account `app()` signed in with (name and password), for measurements that sign in again. */
    get account() {
      return signedInAs;
    },
    async bench(dataset, fn, ...args) {
      const page = await openBench(profileOf(dataset));
      const run = () => page.evaluate(([name, list]) => window.bench[name](...list), [fn, args]);
      return process.env.BENCH_CPU_PROFILE ? withCpuProfile(page, `${process.env.BENCH_CPU_PROFILE}/${fn}.cpuprofile`, run) : run();
    },
    /**
     * `bench`, with the page's peak JS heap while it ran: V8's used heap read through the DevTools
     * protocol (Runtime.getHeapUsage) every 100 ms — `performance.memory` is bucketed and cached for
     * minutes without --enable-precise-memory-info. Also forced after a garbage collection at the start,
     * so the figure is what the measured work holds, not what earlier work left.
     */
    async benchWithHeap(dataset, fn, ...args) {
      const page = await openBench(profileOf(dataset));
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        const startBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
        let peakBytes = startBytes;
        let samples = 0;
        let running = true;
        const sampler = (async () => {
          while (running) {
            const usage = await cdp.send('Runtime.getHeapUsage').catch(() => null);
            if (usage) {
              peakBytes = Math.max(peakBytes, usage.usedSize);
              samples++;
            }
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        })();
        try {
          const result = await page.evaluate(([name, list]) => window.bench[name](...list), [fn, args]);
          return { result, heap: { startBytes, peakBytes, samples } };
        } finally {
          running = false;
          await sampler;
        }
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
    /** The app itself, warm, in the session browser on that profile, at `#/` with the shell ready. */
    async app(dataset) {
      if (!appBuilt) throw new Error('the app is not built (out/renderer/index.html missing)');
      const page = await openBench(profileOf(dataset));
      const account = await page.evaluate(() => window.bench.signInAccount());
      await page.goto(`${appUrl}#/`);
      await signIn(page, account);
      signedInAs = account;
      return page;
    },
    /**
     * `runs` cold starts of the app; with `floor`, each followed by a cold start of the floor page
     * (coldFloorOnce), so both see the same machine: { value, samples, baseline?, floorSamples? }.
     */
    async coldStart(dataset, runs = 3, { floor = false } = {}) {
      if (!appBuilt) throw new Error('the app is not built (out/renderer/index.html missing)');
      const profile = profileOf(dataset);
      if (!ready.has(profile)) await openBench(profile);
      await closeSession(); // the profile must be free, and "cold" means no browser running
      const samples = [];
      const floorSamples = [];
      for (let i = 0; i < runs; i++) {
        const ms = await coldStartOnce(profile);
        if (ms === null) throw new Error("the app reached 'ready' without the 'airgap:shell-ready' mark");
        samples.push(Math.round(ms));
        if (!floor) continue;
        const floorMs = await coldFloorOnce(profile);
        if (floorMs === null) throw new Error("the floor page read its row without the 'bench:floor-ready' mark");
        floorSamples.push(Math.round(floorMs));
      }
      return floor ? { value: median(samples), samples, baseline: median(floorSamples), floorSamples } : { value: median(samples), samples };
    },
    close: closeSession,
    /** Closes the browser session whatever state a failed measurement left it in; the next call opens a fresh one. */
    reset: resetSession,
  };
}

/**
 * Runs `run` under the DevTools CPU profiler of `page`'s main thread (not its workers) and writes the
 * profile to `file` (open it in Chromium's DevTools, Performance panel): `BENCH_CPU_PROFILE=<dir>` on
 * `npm run bench` profiles each `ctx.bench` call, for finding where a measurement's time goes.
 */
async function withCpuProfile(page, file, run) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const result = await run();
    const { profile } = await cdp.send('Profiler.stop');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(profile));
    return result;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
