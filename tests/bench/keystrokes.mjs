// Typing into the customer list's search box, timed inside the page (no DevTools round trips).

/**
 * Types each query into the search box — pinyin letter by letter, as a user does; Chinese as one
 * input, as an IME commits it — and times every keystroke from the input event to the first frame
 * painted after the table shows that query's results (`[role=table][data-query]` equal to the
 * typed text, or the no-match message). Also times until the list is complete (contact matches
 * appended: the table is no longer aria-busy). Returns { firstPaint: ms[], complete: ms[], keys: string[] }.
 */
export function typeQueries(page, queries) {
  return page.evaluate(async (list) => {
    const input = document.querySelector('input[aria-label="搜索客户"]');
    if (!input) throw new Error('no search box on the page');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const type = (text) => {
      setValue.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    // rAF runs before the frame is painted; a task posted from it runs after that paint.
    const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const until = (ready, what) =>
      new Promise((resolve, reject) => {
        const deadline = performance.now() + 10_000;
        const poll = () => {
          if (ready()) resolve();
          else if (performance.now() > deadline) reject(new Error(`not shown after 10 s: ${what}`));
          else setTimeout(poll, 1);
        };
        poll();
      });
    const table = () => document.querySelector('[role=table]');
    const noMatch = (q) => [...document.querySelectorAll('main p')].some((p) => p.textContent.includes(`没有与“${q}”相符的客户`));
    const shows = (q) => table()?.getAttribute('data-query') === q || noMatch(q);
    const settled = (q) => shows(q) && table()?.getAttribute('aria-busy') !== 'true';

    const firstPaint = [];
    const complete = [];
    const keys = [];
    for (const query of list) {
      type('');
      await until(() => settled(''), 'the whole list');
      await new Promise((r) => setTimeout(r, 50));
      const steps = /^[a-z]+$/.test(query) ? [...query].map((_, i) => query.slice(0, i + 1)) : [query];
      for (const text of steps) {
        const started = performance.now();
        type(text);
        await until(() => shows(text), text);
        await nextPaint();
        firstPaint.push(performance.now() - started);
        await until(() => settled(text), `${text} (complete)`);
        complete.push(performance.now() - started);
        keys.push(text);
        // A typist's pause between keys, so each keystroke starts from a settled list.
        await new Promise((r) => setTimeout(r, 30));
      }
    }
    return { firstPaint, complete, keys };
  }, queries);
}
