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

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * reports.roster-pdf's floor: the rows of the report the app page shows now (every table row of the
 * report sheet, as text) set into a new page of the same browser as one plain HTML table — no app, no
 * script, no styles but the report's own page size and margins (its `@page` rule) — and printed with
 * page.pdf. Timed from setting the page's content to the PDF. Returns { totalMs, pages, rows, bytes }.
 */
export async function plainTablePdf(page) {
  const { rows, pageRule } = await page.evaluate(() => {
    const sheet = document.querySelector('[data-testid=report-sheet]');
    if (!sheet) throw new Error('no report sheet on the page');
    const rows = [...sheet.querySelectorAll('tr')].map((tr) => [...tr.cells].map((cell) => cell.textContent ?? ''));
    let pageRule = null;
    for (const styleSheet of document.styleSheets) {
      for (const rule of styleSheet.cssRules) {
        if (rule.cssText.startsWith('@page')) pageRule = { size: rule.style.getPropertyValue('size'), margin: rule.style.getPropertyValue('margin') };
      }
    }
    return { rows, pageRule };
  });
  if (!pageRule?.size) throw new Error('the report page has no @page size to copy');
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>@page { size: ${pageRule.size}; margin: ${pageRule.margin}; } table { border-collapse: collapse; width: 100%; font-size: 9pt; } td { border: 1px solid #000; padding: 1mm; }</style></head><body><table>${rows
    .map((cells) => `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('')}</table></body></html>`;
  const plain = await page.context().newPage();
  try {
    const started = performance.now();
    await plain.setContent(html, { waitUntil: 'load' });
    const pdf = await plain.pdf({ preferCSSPageSize: true, printBackground: true });
    const totalMs = performance.now() - started;
    return { totalMs: Math.round(totalMs), pages: pagesOf(pdf), rows: rows.length, bytes: pdf.length };
  } finally {
    await plain.close();
  }
}
