// Running the selected measurements one after another, each on its own: a measurement that throws,
// loses its page (a closed page or browser under load) or runs past its time becomes that row's error,
// the browser session is dropped (the next measurement opens a fresh one) and the run goes on.
import { errorRow, toRow } from './report.mjs';

/**
 * Time a measurement may take before it counts as failed (a measurement may set its own `timeoutMs`).
 * Loading a profile's institute on first use (ctx.setupMs) does not count: it is not measured, and
 * on a loaded machine it alone once took longer than the limit and failed the measurement it served.
 */
export const DEFAULT_TIMEOUT_MS = { small: 5 * 60_000, full: 30 * 60_000 };

/**
 * @param {readonly { name: string, description?: string, timeoutMs?: number, run: (ctx: any) => Promise<unknown> }[]} selected
 * @param {{ reset?: () => Promise<void>, setupMs?: () => number }} ctx the bench context (context.mjs); `reset` drops its browser
 *   session; `setupMs` is the time spent loading profiles so far, the load under way included
 * @param {{ scale: 'small'|'full', log?: (line: string) => void, timeoutMs?: number }} options
 * @returns {Promise<object[]>} one row per measurement, in order (report.mjs toRow / errorRow)
 */
export async function runMeasurements(selected, ctx, { scale, log = () => {}, timeoutMs }) {
  const rows = [];
  for (const m of selected) {
    log(`${m.name}: ${m.description ?? ''}`);
    const started = Date.now();
    const limit = m.timeoutMs ?? timeoutMs ?? DEFAULT_TIMEOUT_MS[scale] ?? DEFAULT_TIMEOUT_MS.full;
    try {
      rows.push(toRow(m, await withTimeout(() => m.run(ctx), limit, m.name, ctx.setupMs), scale));
    } catch (error) {
      rows.push(errorRow(m, error, scale));
      log(`${m.name}: failed: ${String(error?.message ?? error).split('\n')[0]}`);
      // Whatever state the failure left (a page still evaluating, a closed page, a dead browser) is thrown
      // away; the next measurement starts on a fresh browser session.
      try {
        await ctx.reset?.();
      } catch (resetError) {
        log(`${m.name}: closing its browser session failed too: ${String(resetError?.message ?? resetError).split('\n')[0]}`);
      }
    }
    log(`${m.name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return rows;
}

/**
 * `fn()`'s result, or an error once it has run `ms` beyond the profile loading it waited for (`setupMs`);
 * the run itself is ended by the caller's reset.
 */
async function withTimeout(fn, ms, name, setupMs = () => 0) {
  const started = Date.now();
  const setupBefore = setupMs();
  const spent = () => Date.now() - started - (setupMs() - setupBefore);
  let timer;
  const timeout = new Promise((_, reject) => {
    const check = () => {
      const left = ms - spent();
      if (left <= 0) reject(new Error(`${name} did not finish within ${Math.round(ms / 1000)} s`));
      else timer = setTimeout(check, left);
    };
    timer = setTimeout(check, ms);
  });
  try {
    // fn() is called inside the race: a synchronous throw is a rejection like any other.
    return await Promise.race([Promise.resolve().then(fn), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
