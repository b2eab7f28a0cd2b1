import { read, utils } from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { ACCOUNTS } from './pages/app-page';
import { screenshots } from './pages/screenshots';
import { makeInstitute, seedInstitute } from './pages/seed-institute';

/**
 * 导出表格 (issue 16.4): the graded roster exported to .xlsx through the dialog (format, 用途, the mark shown), read
 * back with SheetJS — the mark and 份号 in the first row, the printed headers, every graded customer, a name that
 * begins with = written neutralised (a leading single quote, the text kept) — and found in the output register.
 */
const EVALUATION_DAY = '2026-06-30';
const FORMULA_NAME = '=SUM(1,2)航天研究所';
const institute = makeInstitute({ customers: 30, contacts: 30, interactions: 30, complaints: 5 }, 1604);
// A customer with business figures (so it is graded) whose name a spreadsheet would read as a formula.
const target = institute.customers.find((c) => institute.benefits.some((b) => b.customerId === c.id))!;
target.name = FORMULA_NAME;

async function gradeEveryone(page: Page) {
  await page.goto('/#/grading');
  await page.getByRole('button', { name: '发起年度定级' }).click();
  const draft = page.getByRole('dialog', { name: '发起年度定级' });
  await draft.getByRole('textbox', { name: '评定日期' }).fill(EVALUATION_DAY);
  await draft.getByRole('button', { name: '生成草稿' }).click();
  await expect(page).toHaveURL(/#\/grading\/runs\/[0-9a-f-]{36}$/);
  await page.getByRole('button', { name: '批准', exact: true }).click();
  const approve = page.getByRole('dialog', { name: '批准定级结果' });
  await approve.getByRole('button', { name: '批准' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('已批准');
}

test('the graded roster exported to .xlsx carries its mark, 份号 and neutralised cells, and is in the output register', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.openSetUp('/', ACCOUNTS.business, 'A', (p) => seedInstitute(p, institute));
  await gradeEveryone(page);

  await page.goto('/#/reports');
  await page.getByRole('region', { name: '客户分级名册' }).getByRole('button', { name: '打开打印预览' }).click();
  await expect(page.getByTestId('report-sheet')).toBeVisible();
  const gradedRows = page.locator('[data-testid^=roster-]:not([data-testid=roster-summary]) tbody tr');
  await expect(gradedRows.first()).toBeVisible();
  const graded = await gradedRows.count();
  // The sheet's mark once the rows are read (the records' highest classification, never below the department's).
  const mark = (await page.getByTestId('sheet-mark').innerText()).trim();

  const button = page.getByRole('button', { name: '导出表格' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: '导出表格：2026 年度客户分级名册' });
  await expect(dialog.getByTestId('classification-mark')).toHaveText(mark);
  await expect(dialog.getByTestId('export-table-count')).toHaveText(`共 ${graded} 条记录`);
  // Enter in the format select opens it and picks an option; it never starts the export (that would say 此项必填 under 用途).
  const format = dialog.getByRole('combobox', { name: '文件格式' });
  await format.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('此项必填')).toHaveCount(0);
  // A click elsewhere closes the list if Enter left it open — above the select: an open list covers 用途 below it, and
  // a click there waited for the list until the test timed out (CI) — then .xlsx is chosen if Enter picked the other.
  await dialog.getByText('文件密级').click();
  await expect(page.getByRole('listbox')).toBeHidden();
  if ((await format.inputValue()) !== 'Excel 工作簿（.xlsx）') {
    await format.click();
    await page.getByRole('option', { name: 'Excel 工作簿（.xlsx）' }).click();
  }
  await expect(format).toHaveValue('Excel 工作簿（.xlsx）');
  // Without 用途 nothing is made.
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  await expect(dialog.getByText('此项必填')).toBeVisible();
  await dialog.getByRole('textbox', { name: '用途' }).fill('报送院办');
  await screenshots(page, 'table-export-dialog');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const file = await download;
  const name = file.suggestedFilename();
  const number = /(FH-[0-9A-Z]+-\d{4}-\d{6})\.xlsx$/.exec(name)?.[1];
  expect(name).toMatch(/^2026 年度客户分级名册-\d{8}-FH-[0-9A-Z]+-\d{4}-\d{6}\.xlsx$/);
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  const path = test.info().outputPath(name);
  await file.saveAs(path);

  const book = read(readFileSync(path), { type: 'buffer' });
  expect(book.SheetNames).toEqual(['2026 年度客户分级名册']);
  const rows = utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, defval: null });
  expect(rows[0]?.[0]).toBe(`${mark}\u3000份号：${number}`);
  expect(rows[1]).toEqual(['等级', '序号', '客户名称', '客户类型', '客户经理', '年综合效益（万元）', '合作年限（年）', '回款稳定性', '主观评分', '评定日期']);
  expect(rows.length - 2).toBe(graded);
  const formulaRow = rows.find((r) => String(r[2]).includes('SUM(1,2)'));
  expect(formulaRow?.[2]).toBe(`'${FORMULA_NAME}`);
  expect(book.Sheets[book.SheetNames[0]!]!['C3']?.f).toBeUndefined();

  // The output register (the auditor's): the line with its 份号, kind, mark, purpose and record count.
  await app.signOut();
  await app.signIn(ACCOUNTS.auditAdmin);
  await app.goToSettings();
  await page.getByRole('textbox', { name: '按份号查找' }).fill(number!);
  const row = page.getByTestId('output-register').locator('tbody tr').first();
  await expect(row).toContainText(number!);
  await expect(row).toContainText('表格导出');
  await expect(row).toContainText('2026 年度客户分级名册');
  await expect(row).toContainText(mark);
  await expect(row).toContainText('报送院办');
  await expect(row).toContainText(`记录数：${graded}`);
  await expect(row).toContainText('已完成');
});
