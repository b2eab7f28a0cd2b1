// Bench helpers of the printed reports (issue 6): open a report's print preview in the warm app,
// wait until the report is read and rendered, then make its PDF with page.pdf — what Electron's
// printToPDF does for 另存为 PDF (Chromium's print layout, CSS page size, margin boxes).

/** ms from the hash change to the sheet holding the read report (aria-busy=false), measured in the page. */
async function timeReportReady(page, hash) {
  return page.evaluate(
    (h) =>
      new Promise((resolve, reject) => {
        const started = performance.now();
        window.location.hash = h;
        const deadline = started + 120_000;
        const poll = () => {
          if (document.querySelector('[data-testid=report-sheet][aria-busy=false]')) resolve(performance.now() - started);
          else if (performance.now() > deadline) reject(new Error(`report not ready after 120 s: ${h}`));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    hash,
  );
}

/** Pages of a PDF: Chromium writes one uncompressed `/Type /Page` object per page (core countPdfPages does the same). */
const pagesOf = (pdf) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;

/**
 * One report to PDF: leave for `#/` (so the report is read afresh), open `hash`, wait until ready,
 * then page.pdf. Returns the open time, the PDF time and their sum (what the user waits for).
 */
export async function reportToPdf(page, hash) {
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.waitForFunction(() => !document.querySelector('[data-testid=report-sheet]'));
  const openMs = await timeReportReady(page, hash);
  const started = performance.now();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pdfMs = performance.now() - started;
  return { openMs: Math.round(openMs), pdfMs: Math.round(pdfMs), totalMs: Math.round(openMs + pdfMs), pages: pagesOf(pdf), bytes: pdf.length };
}

/** The ids of the first `n` customers of the list (pinyin order): dossiers to print. */
export async function firstCustomerIds(page, n) {
  await page.evaluate(() => (window.location.hash = '#/customers'));
  await page.waitForFunction(() => document.querySelectorAll('[role=table] a[href*="#/customers/"]').length > 0, null, { timeout: 60_000 });
  const hrefs = await page.evaluate(() => [...document.querySelectorAll('[role=table] a[href*="#/customers/"]')].map((a) => a.getAttribute('href')));
  return hrefs
    .map((h) => /#\/customers\/([0-9a-f-]{36})$/.exec(h)?.[1])
    .filter(Boolean)
    .slice(0, n);
}
