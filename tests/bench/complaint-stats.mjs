// complaints.stats-year: the 投诉统计 view answering a change of year, timed in the app page.

/** The view shows the numbers of the year its select says (not busy, figures and charts drawn). */
const STATS_READY = (year) => `() => {
  const root = document.querySelector('[data-testid=complaint-stats][aria-busy=false]');
  return !!root && root.querySelector('input')?.value.startsWith('${year}')
    && (!!root.querySelector('[data-testid=figure-total]') || !!root.querySelector('[data-testid=complaint-stats-empty]'));
}`;

/**
 * In the page: open the year select, then click `year`'s option — ms from that click to the first
 * frame showing that year's figures, charts and tables. All in the page: no round trip counts.
 */
async function timeYearChoice(page, year) {
  return page.evaluate(
    ([y, readySource]) =>
      new Promise((resolve, reject) => {
        const ready = new Function(`return (${readySource})`)();
        document.querySelector('[data-testid=complaint-stats] input').click();
        const pick = () => {
          const option = [...document.querySelectorAll('[role=option]')].find((o) => o.textContent.startsWith(String(y)));
          if (!option) return requestAnimationFrame(pick);
          const started = performance.now();
          option.click();
          const poll = () => {
            if (ready()) resolve(performance.now() - started);
            else if (performance.now() - started > 20_000) reject(new Error(`year ${y} not shown after 20 s`));
            else requestAnimationFrame(poll);
          };
          requestAnimationFrame(poll);
        };
        requestAnimationFrame(pick);
      }),
    [year, STATS_READY(year)],
  );
}

/**
 * Opens 统计分析 (its first year read is warm-up), then chooses `runs` other full years of the ten
 * the generator spreads complaints over, each for the first time (the view keeps a year it has
 * read until the next write; a first choice reads the year's 5,000 records): the median.
 */
export async function statsYearSwitches(page, timeNavigation, runs = 6) {
  const currentYear = new Date().getFullYear();
  await timeNavigation(page, '#/analysis', STATS_READY(currentYear));
  const years = Array.from({ length: runs }, (_, i) => currentYear - 1 - i);
  const samples = [];
  for (const year of years) samples.push(Math.round(await timeYearChoice(page, year)));
  const sorted = [...samples].sort((a, b) => a - b);
  return { value: sorted[Math.floor(sorted.length / 2)], samples, years };
}
