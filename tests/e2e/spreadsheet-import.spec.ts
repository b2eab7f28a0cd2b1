import { readFileSync } from 'node:fs';
import { read, utils, write } from '@e965/xlsx';
import { expect, test, type Page } from './fixtures';
import { seriousViolations } from './axe';
import { CustomerPageModel } from './pages/customer-page';
import { CustomersPage } from './pages/customers-page';
import { screenshots } from './pages/screenshots';

/**
 * 导入表格 (issue 16.3): a three-sheet workbook as offices make them (a note sheet, the list under a merged title,
 * a sheet of something else) with a customer the archive already has and a bad row; the preview names both, the
 * import is one step, the new customers are found by pinyin, and 撤销本次导入 takes them out again.
 */
const EXISTING = '航天材料及工艺研究所';
const NEW_UNIT = '北京天地精密仪器有限公司';
const FILE = '客户名单.xlsx';

function workbook(): Buffer {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet([['填表说明'], ['每行一个联系人；同一单位写多行。']]), '说明');
  const list = utils.aoa_to_sheet([
    ['2026 年客户名单'],
    [],
    ['客户名称', '简称', '地区', '联系人', '职务', '手机', '客户经理'],
    [NEW_UNIT, '天地仪器', '北京', '周明', '采购主管', '13911112222', ''],
    [NEW_UNIT, '天地仪器', '北京', '吴芳', '总工程师', '13933334444', ''],
    [EXISTING, '703所', '北京', '赵敏', '主任', '13800001111', ''],
    ['西安远航电子科技', '远航电子', '西安', '郑强', '经理', '13755556666', '查无此人'],
  ]);
  list['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 6 } }];
  utils.book_append_sheet(book, list, '客户名单');
  utils.book_append_sheet(
    book,
    utils.aoa_to_sheet([
      ['年份', '金额'],
      [2025, 100],
    ]),
    '其他',
  );
  return Buffer.from(write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array);
}

async function searchList(page: Page, customers: CustomersPage, query: string) {
  await customers.gotoList();
  await customers.searchBox().fill(query);
  return customers.table();
}

test('a three-sheet workbook: preview with the duplicate and the bad row, import, found by pinyin, undone', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.openSetUp('/customers');
  const customers = new CustomersPage(page);
  const existingId = await customers.create({ name: EXISTING, type: '科研院所', region: '北京' });

  await customers.gotoList();
  await page.getByRole('button', { name: '导入表格' }).click();
  await expect(page.getByRole('heading', { name: '导入表格', level: 2 })).toBeVisible();
  await screenshots(page, 'spreadsheet-import-1-start');

  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-choose').click();
  await (await chooser).setFiles({ name: FILE, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook() });
  // The list's sheet and its header row below the merged title are found.
  await expect(page.getByTestId('import-sheet')).toHaveValue('客户名单');
  await expect(page.getByTestId('import-header-row')).toHaveValue('3');
  await screenshots(page, 'spreadsheet-import-2-sheet');

  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-mapping')).toBeVisible();
  await expect(page.getByTestId('import-map-0')).toHaveValue('客户名称');
  await screenshots(page, 'spreadsheet-import-3-mapping');

  await page.getByTestId('import-next').click();
  const preview = page.getByTestId('import-preview');
  await expect(preview.locator('[data-row="6"]')).toContainText(`档案中已有同名客户：${EXISTING}`);
  await expect(preview.locator('[data-row="7"]')).toContainText('档案中没有名为"查无此人"的客户经理');
  await expect(preview.locator('[data-row="5"]')).toContainText('同第 4 行客户');
  await expect(page.getByTestId('import-action-6')).toHaveValue('skip');
  await screenshots(page, 'spreadsheet-import-4-preview');
  expect(await seriousViolations(page), 'import preview').toEqual([]);

  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-result')).toContainText('新建 1 个客户，更新 0 个客户，联系人 2 个；未导入 2 行');
  await expect(page.getByTestId('import-history').locator(`[data-import="${FILE}"]`)).toContainText('张伟');
  await screenshots(page, 'spreadsheet-import-5-result');

  // The rows left out, as a registered .xlsx: the mark and 份号 in row 1, each row with its reason.
  await page.getByTestId('import-left-out').click();
  await page.getByTestId('import-left-out-purpose').fill('核对未导入的客户');
  const download = page.waitForEvent('download');
  await page.getByTestId('import-left-out-save').click();
  const saved = read(readFileSync((await (await download).path())!), { type: 'buffer' });
  const rows = utils.sheet_to_json<string[]>(saved.Sheets[saved.SheetNames[0]!]!, { header: 1 });
  expect(String(rows[0]![0])).toMatch(/^内部\u3000份号：/);
  expect(rows.slice(2).map((r) => [r[0], r.at(-1)])).toEqual([
    [6, `已跳过：档案中已有"${EXISTING}"`],
    [7, '客户经理列：档案中没有名为"查无此人"的客户经理'],
  ]);

  // Found by the pinyin initials of its name, with both contacts.
  const table = await searchList(page, customers, 'bjtdjm');
  await expect(table.getByRole('link', { name: NEW_UNIT, exact: true })).toBeVisible();

  await page.goto('/#/import');
  await page.getByTestId('import-undo').click();
  const confirm = page.getByRole('dialog', { name: `撤销导入 ${FILE}` });
  await screenshots(page, 'spreadsheet-import-6-undo');
  await confirm.getByRole('button', { name: '撤销本次导入' }).click();
  await expect(page.getByTestId('import-history').locator(`[data-import="${FILE}"]`)).toContainText('撤销');

  await searchList(page, customers, 'bjtdjm');
  await expect(page.getByRole('link', { name: NEW_UNIT, exact: true })).toHaveCount(0);
  await expect(customers.count()).toBeVisible();

  // Yearly figures: each row finds its customer by name; an unknown one is left out with its reason.
  await page.goto('/#/import');
  await page.getByTestId('import-kind').getByText('年度经营数据').click();
  const figures = page.waitForEvent('filechooser');
  await page.getByTestId('import-choose').click();
  await (await figures).setFiles({ name: '经营数据.xlsx', mimeType: 'application/octet-stream', buffer: figuresWorkbook() });
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  await expect(preview.locator('[data-row="3"]')).toContainText('档案中没有名为"不存在的单位"的客户');
  await screenshots(page, 'spreadsheet-import-7-figures');
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-result')).toContainText('新增 1 条，更新 0 条；未导入 1 行');

  // The customer's 修改记录 names the import and its file beside the figures it added.
  const detail = new CustomerPageModel(page);
  await detail.open(existingId);
  await detail.tab('修改记录');
  await expect(detail.panel().getByTestId('customer-history').getByRole('row').nth(1)).toContainText('导入表格《经营数据.xlsx》');
  await screenshots(page, 'spreadsheet-import-8-history');
});

function figuresWorkbook(): Buffer {
  const book = utils.book_new();
  utils.book_append_sheet(
    book,
    utils.aoa_to_sheet([
      ['客户名称', '年度', '合同金额', '综合效益'],
      [EXISTING, 2025, 200, 35.5],
      ['不存在的单位', 2025, 1, 1],
    ]),
    '经营数据',
  );
  return Buffer.from(write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array);
}
