import { ACCOUNTS } from './pages/app-page';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { formatMark, markFor } from '../../src-renderer/core/classification';
import { cooperationYears, yearsText } from '../../src-renderer/core/grading';
import { countPdfPages, recordsMark } from '../../src-renderer/core/reports';
import { expect, test, type Page } from './fixtures';
import { makeInstitute, seedInstitute, type SeededInstitute } from './pages/seed-institute';

/**
 * 报表 (issue 6): every report made as a PDF in Chromium (page.pdf of the preview page, as the
 * desktop shell's printToPDF does) and read back with pdftotext: the Chinese title, the
 * classification mark on every page, "第 1 页 共 N 页", known figures; a long roster runs over
 * several pages with its table header repeated; a lower mark is refused; a print carries its 份号 on
 * every page and lands in the output register (输出登记簿, issue 15.6).
 * Each preview is photographed at A4 and the first PDF page rendered to PNG to be looked at.
 */
const SHOTS = 'test-results/screenshots';
const PDFS = 'test-results/reports';
// The generator's "today" is 2026-06-30: its business figures run to 2025, which a grading on that day reads.
const EVALUATION_DAY = '2026-06-30';
const institute = makeInstitute({ customers: 120, contacts: 240, interactions: 600, complaints: 80 }, 606);
/** The dossier's customer: one with complaints and business figures. */
const complained = new Set(institute.complaints.map((c) => c.customerId));
const dossierCustomer = institute.customers.find((c) => complained.has(c.id) && institute.benefits.some((b) => b.customerId === c.id))!;
// What broke inside words in the printed dossier (issue 17.5): a two-digit month and day, a six-character title
// beside long text that takes the width.
const LONG_TEXT = '双方就型号配套产品的交付节点、质量问题归零和下一年度合同框架进行了详细沟通，形成会议纪要并由双方签字确认。'.repeat(2);
Object.assign(
  institute.contacts.find((c) => c.customerId === dossierCustomer.id)!,
  { title: '副主任设计师', department: '总体设计部第一研究室', notes: LONG_TEXT },
);
Object.assign(
  institute.interactions.find((i) => i.customerId === dossierCustomer.id)!,
  { date: '2026-11-25', summary: LONG_TEXT },
);

const dossierInteraction = institute.interactions.find((i) => i.customerId === dossierCustomer.id)!;
/** The zeroing report's complaint: a closed quality complaint (its ten items confirmed). */
const zeroingComplaint = institute.complaints.find((c) => c.category === 'quality' && c.status === 'closed')!;
// Files the two reports list (issue 18.6), added at 01:30 on 26 November China time: the dossier customer's own
// 机密 file and one of an interaction's; the zeroing complaint's own file and a 秘密 one of its item 定位准确.
const file = (n: number, customerId: string, owner: object, title: string, kind: string, classification: string) => ({
  id: `01900000-0000-7000-8000-0000000a000${n}`,
  customerId,
  owner,
  title,
  kind,
  classification,
  notes: '',
  fileName: `${title}.pdf`,
  mimeType: 'application/pdf',
  size: 2048,
  sha256: String(n).repeat(64),
  addedAt: '2026-11-25T17:30:00.000Z',
  searchKeys: [],
});
const ATTACHMENTS = [
  file(1, dossierCustomer.id, { kind: 'customers', id: dossierCustomer.id }, '配套合同', 'agreement', 'confidential'),
  file(2, dossierCustomer.id, { kind: 'interactions', id: dossierInteraction.id }, '交流纪要', 'minutes', 'internal'),
  file(3, zeroingComplaint.customerId, { kind: 'complaints', id: zeroingComplaint.id }, '质量问题来函', 'letter', 'internal'),
  file(4, zeroingComplaint.customerId, { kind: 'complaints', id: zeroingComplaint.id, zeroingItem: 'located' }, '失效分析报告', 'report', 'secret'),
];

/** The PDF of the page as it prints (CSS page size and margin boxes), its text per page without whitespace, its page count. */
async function pdfOf(page: Page, name: string): Promise<{ pages: string[]; count: number }> {
  mkdirSync(PDFS, { recursive: true });
  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const file = `${PDFS}/${name}.pdf`;
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, `${SHOTS}/report-${name}-pdf`]);
  // pdftotext spaces CJK text by its glyph positions ("2026   年度"); the checks read it without whitespace.
  const pages = text
    .split('\f')
    .filter((p) => p.trim() !== '')
    .map((p) => p.replace(/\s+/g, ''));
  const count = countPdfPages(new Uint8Array(bytes));
  expect(count, 'pages counted in the PDF bytes = pages pdftotext found').toBe(pages.length);
  return { pages, count: pages.length };
}

/**
 * The document AS IT WAS when the app called window.print (issue 15.6: the 份号 is on the sheet only
 * while the print dialog lays it out): window.print is replaced by a snapshot of the document.
 */
async function printSnapshot(page: Page, print: () => Promise<void>): Promise<string> {
  await page.evaluate(() => {
    window.print = () => sessionStorage.setItem('printed-snapshot', document.documentElement.outerHTML);
  });
  await print();
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('printed-snapshot') !== null)).toBe(true);
  const html = (await page.evaluate(() => sessionStorage.getItem('printed-snapshot')))!;
  await page.evaluate(() => sessionStorage.removeItem('printed-snapshot'));
  return html;
}

/** The PDF of a snapshot: without its scripts, opened at the app's address (its stylesheets load as they did), printed like `pdfOf`. */
async function pdfOfSnapshot(page: Page, html: string, name: string): Promise<{ pages: string[]; count: number }> {
  const origin = new URL(page.url()).origin;
  const copy = await page.context().newPage();
  try {
    const body = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
    await copy.route(`${origin}/snapshot`, (route) => route.fulfill({ contentType: 'text/html', body }));
    await copy.goto(`${origin}/snapshot`);
    return await pdfOf(copy, name);
  } finally {
    await copy.close();
  }
}

/**
 * The lines of each non-empty cell of the columns headed `header` in the report's tables, in the preview
 * (screen) and laid out for print: the cell's characters grouped by the top of their box.
 */
async function cellLines(page: Page, header: string): Promise<string[][]> {
  const measure = () =>
    page.evaluate((name) => {
      const cells: string[][] = [];
      for (const table of document.querySelectorAll('table')) {
        const column = [...table.querySelectorAll('thead th')].findIndex((th) => th.textContent?.trim() === name);
        if (column < 0) continue;
        for (const row of table.querySelectorAll('tbody tr')) {
          const cell = row.children[column];
          const text = cell?.firstChild;
          if (!text || text.nodeType !== Node.TEXT_NODE || !text.textContent?.trim()) continue;
          const lines = new Map<number, string>();
          const range = document.createRange();
          for (let i = 0; i < text.textContent.length; i++) {
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            lines.set(top, (lines.get(top) ?? '') + text.textContent[i]);
          }
          cells.push([...lines.values()]);
        }
      }
      return cells;
    }, header);
  const onScreen = await measure();
  await page.emulateMedia({ media: 'print' });
  try {
    return [...onScreen, ...(await measure())];
  } finally {
    await page.emulateMedia({ media: null });
  }
}

function expectEveryPage(pages: string[], mark: string, organisation: string) {
  pages.forEach((text, i) => {
    expect(text, `page ${i + 1} mark`).toContain(mark);
    expect(text, `page ${i + 1} organisation`).toContain(organisation);
    expect(text, `page ${i + 1} number`).toContain(`第${i + 1}页共${pages.length}页`);
    expect(text, `page ${i + 1} printed by`).toContain('打印人：张伟');
  });
}

async function gradeEveryone(page: Page) {
  await page.goto('/#/grading');
  await page.getByRole('button', { name: '发起年度定级' }).click();
  const draft = page.getByRole('dialog', { name: '发起年度定级' });
  await draft.getByRole('textbox', { name: '评定日期' }).fill(EVALUATION_DAY);
  await draft.getByRole('button', { name: '生成草稿' }).click();
  await expect(page).toHaveURL(/#\/grading\/runs\/[0-9a-f-]{36}$/);
  await page.getByRole('button', { name: '批准', exact: true }).click();
  const approve = page.getByRole('dialog', { name: '批准定级结果' });
  await expect(approve.getByTestId('approver')).toHaveText('审批人：张伟');
  await approve.getByRole('button', { name: '批准' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('已批准');
}

async function openPreview(page: Page, card: string) {
  await page.goto('/#/reports');
  await page.getByRole('region', { name: card }).getByRole('button', { name: '打开打印预览' }).click();
  await expect(page.getByTestId('report-sheet')).toBeVisible();
}

test.describe('reports', () => {
  test.setTimeout(180_000);

  test.beforeEach(async ({ app }) => {
    // seedInstitute writes every table it is given: the attachments' metadata goes in with the institute.
    await app.openSetUp('/', ACCOUNTS.business, 'A', (p) => seedInstitute(p, { ...institute, attachments: ATTACHMENTS } as SeededInstitute));
  });

  test('graded roster: grouped AAA → B over several pages, mark on every page, a lower mark refused, the print numbered and registered', async ({
    page,
    app,
  }) => {
    await gradeEveryone(page);
    await page.goto('/#/');
    await app.nav('报表').click();
    await expect(page.getByRole('heading', { level: 2, name: '报表' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/reports-list.png`, fullPage: true });
    await openPreview(page, '客户分级名册');
    await expect(page.getByRole('heading', { level: 1, name: '2026 年度客户分级名册' })).toBeVisible();
    const highest = formatMark(
      markFor(
        institute.customers
          .map((c) => c.classification)
          .reduce((a, b) =>
            ['public', 'internal', 'secret', 'confidential'].indexOf(b) > ['public', 'internal', 'secret', 'confidential'].indexOf(a) ? b : a,
          ),
      ),
    );
    await expect(page.getByTestId('sheet-mark')).toHaveText(highest);
    await expect(page.getByTestId('mark-floor')).toContainText(highest);
    await page.screenshot({ path: `${SHOTS}/report-roster-preview.png`, fullPage: true });

    // The grade counts of the summary are the figures the PDF must carry.
    const summary = await page.getByTestId('roster-summary').locator('tbody tr').allInnerTexts();
    const counts = summary.map((row) => row.split('\t').map((c) => c.trim()));
    expect(counts.map((c) => c[0])).toEqual(['AAA', 'AA', 'A', 'B']);
    expect(counts.reduce((n, c) => n + Number(c[1]), 0)).toBe(120);

    const pdf = await pdfOf(page, 'roster');
    expect(pdf.count).toBeGreaterThan(2);
    expectEveryPage(pdf.pages, highest, '航天材料及工艺研究所');
    expect(pdf.pages[0]).toContain('2026年度客户分级名册');
    expect(pdf.pages[0]).toContain('共120个客户');
    for (const [grade, count] of counts) expect(pdf.pages.join('\n')).toContain(`${grade}级客户（${count}个`);
    // The table header repeats on every page after the first (thead as table-header-group).
    for (const text of pdf.pages.slice(1)) expect(text).toContain('序号客户名称客户类型客户经理');
    // A named customer appears with its grade group's figures.
    const first = await page.getByTestId('roster-AAA').locator('tbody tr').first().locator('td').nth(1).innerText();
    expect(pdf.pages.join('\n')).toContain(first);
    // The title block carries the mark of the page header (issue 12).
    expect(pdf.pages[0]).toContain(`密级：${highest}`);

    // Cooperation years as the grading screens write them (cut, not rounded): customers whose tenths would round up.
    const roundsUp = institute.customers
      .map((c) => ({ name: c.name, years: cooperationYears(c.cooperationStart, EVALUATION_DAY) }))
      .filter((c) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(c.years) !== yearsText(c.years))
      .slice(0, 3);
    expect(roundsUp.length).toBeGreaterThan(0);
    for (const c of roundsUp) {
      const cells = page
        .locator('[data-testid^=roster-] tbody tr')
        .filter({ has: page.getByRole('cell', { name: c.name, exact: true }) })
        .locator('td');
      await expect(cells.nth(5), c.name).toHaveText(yearsText(c.years));
    }

    // Lower than the records: refused on screen, the print buttons disabled.
    await page.getByTestId('mark-level').click();
    await page.getByRole('option', { name: '公开' }).click();
    await expect(page.getByText(`密级标志不能低于报表所含记录的最高密级（${highest}）`)).toBeVisible();
    await expect(page.getByRole('button', { name: '打印', exact: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: '另存为 PDF' })).toBeDisabled();
    // Raised above the records: allowed, and the sheet carries it.
    await page.getByTestId('mark-level').click();
    await page.getByRole('option', { name: '机密' }).click();
    await expect(page.getByTestId('sheet-mark')).toHaveText('机密★20年');
    await expect(page.getByTestId('title-mark')).toHaveText('密级：机密★20年');
    await expect(page.getByText('当前在浏览器中运行')).toBeVisible();

    // Printing (issue 15.6): a purpose first; the print takes a 份号, on every page next to the mark.
    await page.getByRole('button', { name: '打印', exact: true }).click();
    await expect(page.getByTestId('output-purpose')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('已打印')).toHaveCount(0);
    await page.getByTestId('output-purpose').fill('部门例会材料');
    const snapshot = await printSnapshot(page, () => page.getByRole('button', { name: '打印', exact: true }).click());
    const number = /份号：(FH-[0-9A-Z]+-\d{4}-\d{6})/.exec(snapshot)?.[1];
    expect(number, 'the 份号 on the printed sheet').toBeDefined();
    await expect(page.getByText(`已打印，份号 ${number}，已记入输出登记簿`)).toBeVisible();
    // Outside a registered print the sheet says it has no number.
    await expect(page.getByTestId('sheet-number')).toHaveText('份号：未登记');
    const printed = await pdfOfSnapshot(page, snapshot, 'roster-printed');
    expect(printed.count).toBeGreaterThan(2);
    printed.pages.forEach((text, i) => {
      expect(text, `page ${i + 1} 份号`).toContain(`份号：${number}`);
      expect(text, `page ${i + 1} mark`).toContain('机密★20年');
    });
    // The output register is part of the audit: the auditor reads it and finds the 份号 (issue 15.5/15.6).
    await app.signOut();
    await app.signIn(ACCOUNTS.auditAdmin);
    await app.goToSettings();
    const register = page.getByTestId('output-register');
    await register.scrollIntoViewIfNeeded();
    await page.getByRole('textbox', { name: '按份号查找' }).fill(number!.slice(0, -2).toLowerCase());
    const row = register.locator('tbody tr').first();
    await expect(row).toContainText(number!);
    await expect(row).toContainText('2026 年度客户分级名册');
    await expect(row).toContainText('机密★20年');
    await expect(row).toContainText('张伟');
    await expect(row).toContainText('部门例会材料');
    await expect(row).toContainText('打印（浏览器对话框）');
    await expect(row).toContainText('未知（浏览器打印）');
    await expect(row).toContainText('已完成');
    await expect(row).toContainText('年度：2026 · 客户经理：全部');
    await page.getByRole('region', { name: '输出登记簿' }).screenshot({ path: `${SHOTS}/reports-output-register.png` });
  });

  test('customer dossier from the customer page: card, grade history with its reason, figures, complaints', async ({ page }) => {
    await gradeEveryone(page);
    const customer = dossierCustomer;
    const benefit = institute.benefits.filter((b) => b.customerId === customer.id).sort((a, b) => b.year - a.year)[0]!;
    const complaint = institute.complaints.find((c) => c.customerId === customer.id)!;
    await page.goto(`/#/customers/${customer.id}`);
    await page.getByRole('button', { name: '打印档案' }).click();
    await expect(page).toHaveURL(new RegExp(`#/reports/dossier/${customer.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: `客户档案：${customer.name}` })).toBeVisible();
    await expect(page.getByTestId('dossier-grades').locator('tbody tr')).toHaveCount(1);
    await page.screenshot({ path: `${SHOTS}/report-dossier-preview.png`, fullPage: true });
    // The customer's 机密 file raises the dossier's mark above the customer record's (issue 18.6).
    const mark = formatMark(recordsMark([customer.classification, 'confidential']));
    await expect(page.getByTestId('sheet-mark')).toHaveText(mark);
    const files = page.getByTestId('dossier-attachments').locator('tbody tr');
    await expect(files).toHaveCount(2);
    await expect(files.nth(0)).toContainText('配套合同合同/协议机密配套合同.pdf2026年11月26日客户');
    await expect(files.nth(1)).toContainText('交流纪要纪要内部交流纪要.pdf2026年11月26日往来记录 2026年11月25日');
    const pdf = await pdfOf(page, 'dossier');
    expectEveryPage(pdf.pages, mark, '航天材料及工艺研究所');
    const all = pdf.pages.join('\n');
    expect(all).toContain(`客户档案：${customer.name}`.replace(/\s+/g, ''));
    expect(all).toContain('定级历史');
    expect(all).toMatch(/年综合效益/);
    expect(all).toContain(new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(benefit.benefitWan));
    expect(all).toContain(complaint.number);
    for (const text of ['附件', '添加日期', '配套合同.pdf', '交流纪要.pdf']) expect(all).toContain(text);
    // Days and job titles are never broken over two lines, a list of names only after a 、 (issue 17.5: "2026年11月25｜日", "副主任设计｜师").
    for (const header of ['评定日期', '日期', '收到时间', '职务']) {
      const cells = await cellLines(page, header);
      expect(cells.length, `${header}: cells in the dossier`).toBeGreaterThan(0);
      expect(
        cells.filter((lines) => lines.length > 1),
        `${header}: cells on more than one line`,
      ).toEqual([]);
    }
    const people = await cellLines(page, '参与人员');
    expect(people.length).toBeGreaterThan(0);
    expect(
      people.filter((lines) => lines.slice(0, -1).some((line) => !line.endsWith('、'))),
      '参与人员: a name split',
    ).toEqual([]);
  });

  test('80/20 analysis with its chart, and complaint statistics of a period', async ({ page }) => {
    await openPreview(page, '80/20 分析');
    await expect(page.getByRole('heading', { level: 1, name: '2026 年度客户 80/20 分析' })).toBeVisible();
    await expect(page.locator('[data-print-root] svg .recharts-bar-rectangle').first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/report-pareto-preview.png`, fullPage: true });
    const keyCount = await page.getByTestId('pareto-key').locator('tbody tr').count();
    const pareto = await pdfOf(page, 'pareto');
    const highest = await page.getByTestId('sheet-mark').innerText();
    expectEveryPage(pareto.pages, highest, '航天材料及工艺研究所');
    expect(pareto.pages[0]).toContain('2026年度客户80/20分析');
    expect(pareto.pages.join('\n')).toContain(`重点客户名单（${keyCount}个）`);

    await openPreview(page, '投诉统计');
    await page.getByRole('textbox', { name: '开始日期' }).fill('2025-01-01');
    await page.getByRole('textbox', { name: '结束日期' }).fill('2026-06-30');
    const inPeriod = institute.complaints.filter((c) => c.receivedAt >= '2024-12-31T16:00:00.000Z' && c.receivedAt < '2026-06-30T16:00:00.000Z').length;
    await expect(page.getByTestId('complaints-total')).toHaveText(String(inPeriod));
    await expect(page.locator('[data-print-root] svg .recharts-bar-rectangle').first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/report-complaints-preview.png`, fullPage: true });
    const stats = await pdfOf(page, 'complaints');
    expectEveryPage(stats.pages, await page.getByTestId('sheet-mark').innerText(), '航天材料及工艺研究所');
    expect(stats.pages[0]).toContain('投诉统计');
    expect(stats.pages[0]).toContain(`投诉总数${inPeriod}`);
  });

  // The two zeroing reports of one seeded institute (beforeEach): neither step changes what the other reads.
  test('the quality zeroing report: by complaint number, and only for a quality complaint', async ({ page }) => {
    await test.step('quality zeroing report by complaint number: cover with the three names, the ten items with evidence', async () => {
      const complaint = zeroingComplaint;
      const customer = institute.customers.find((c) => c.id === complaint.customerId)!;
      await page.goto('/#/reports');
      const card = page.getByRole('region', { name: '质量问题归零报告' });
      await card.getByRole('textbox', { name: '投诉编号' }).fill('TS-1999-9999');
      await card.getByRole('button', { name: '打开打印预览' }).click();
      await expect(card.getByText('找不到编号为 TS-1999-9999 的投诉')).toBeVisible();
      await card.getByRole('textbox', { name: '投诉编号' }).fill(complaint.number);
      await card.getByRole('button', { name: '打开打印预览' }).click();
      await expect(page.getByRole('heading', { level: 1, name: '质量问题归零报告' })).toBeVisible();
      await page.getByRole('textbox', { name: '审核' }).fill('李审核');
      await page.getByRole('textbox', { name: '批准' }).fill('王批准');
      await expect(page.getByTestId('zeroing-signatures')).toContainText('李审核');
      // The cover's 密级 is the mark chosen for the print, the page header's — not the customer record's:
      // at least the 秘密 of the file of item 定位准确 (issue 18.6).
      await expect(page.getByTestId('zeroing-cover-mark')).toHaveText(formatMark(recordsMark([customer.classification, 'secret'])));
      const files = page.getByTestId('zeroing-attachments').locator('tbody tr');
      await expect(files).toHaveCount(2);
      await expect(files.nth(0)).toContainText('质量问题来函来函内部质量问题来函.pdf2026年11月26日投诉本身');
      await expect(files.nth(1)).toContainText('失效分析报告报告秘密失效分析报告.pdf2026年11月26日定位准确');
      await page.getByTestId('mark-level').click();
      await page.getByRole('option', { name: '机密' }).click();
      await expect(page.getByTestId('sheet-mark')).toHaveText('机密★20年');
      await expect(page.getByTestId('zeroing-cover-mark')).toHaveText('机密★20年');
      await page.screenshot({ path: `${SHOTS}/report-zeroing-preview.png`, fullPage: true });
      const pdf = await pdfOf(page, 'zeroing');
      expectEveryPage(pdf.pages, '机密★20年', '航天材料及工艺研究所');
      const all = pdf.pages.join('\n');
      for (const text of [
        complaint.number,
        customer.name,
        '技术归零',
        '管理归零',
        '定位准确',
        '完善规章',
        '见归零报告',
        '张伟',
        '李审核',
        '王批准',
        '技术归零和管理归零共十项均已确认',
        '附件',
        '失效分析报告.pdf',
        '投诉本身',
      ])
        expect(all).toContain(text);
      expect(pdf.pages[0]).toContain('密级机密★20年');
      expect(pdf.pages[0]).toContain('密级：机密★20年');
    });

    await test.step('a zeroing report only for a quality complaint: no button on a delivery complaint, the opener and the route refuse it', async () => {
      const quality = institute.complaints.find((c) => c.category === 'quality')!;
      const delivery = institute.complaints.find((c) => c.category === 'delivery')!;
      // The quality complaint's page offers the report; the delivery complaint's page has no zeroing and no report.
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`/#/complaints/${quality.id}`);
      await page.getByTestId('zeroing').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/complaint-zeroing-report-button.png` });
      await page.getByRole('link', { name: '打印归零报告' }).click();
      await expect(page).toHaveURL(new RegExp(`#/reports/zeroing/${quality.id}$`));
      await expect(page.getByRole('heading', { level: 1, name: '质量问题归零报告' })).toBeVisible();
      await page.goto(`/#/complaints/${delivery.id}`);
      await expect(page.getByTestId('complaint-number')).toContainText(delivery.number);
      await expect(page.getByTestId('zeroing')).toHaveCount(0);
      await expect(page.getByRole('link', { name: '打印归零报告' })).toHaveCount(0);
      // By number on the reports page: refused with the reason, nothing opened.
      await page.goto('/#/reports');
      const card = page.getByRole('region', { name: '质量问题归零报告' });
      await card.getByRole('textbox', { name: '投诉编号' }).fill(delivery.number);
      await card.getByRole('button', { name: '打开打印预览' }).click();
      await expect(card.getByText(`投诉 ${delivery.number} 不是质量类投诉，没有质量问题归零报告`)).toBeVisible();
      await expect(page).toHaveURL(/#\/reports$/);
      // The route itself (a stale or typed link): the message, no sheet, no print buttons.
      await page.goto(`/#/reports/zeroing/${delivery.id}`);
      await expect(page.getByTestId('report-missing')).toHaveText(
        `投诉 ${delivery.number} 的类别是“交付”，不是质量问题：质量问题归零只针对质量类投诉，不能打印归零报告。`,
      );
      await expect(page.getByTestId('report-sheet')).toHaveCount(0);
      await expect(page.getByRole('button', { name: '打印', exact: true })).toHaveCount(0);
      await page.screenshot({ path: `${SHOTS}/report-zeroing-refused.png` });
    });
  });
});
