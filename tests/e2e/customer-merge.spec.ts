import type { AppPage } from './pages/app-page';
import { expect, test, type Page } from './fixtures';
import { seriousViolations } from './axe';
import { CustomerPageModel } from './pages/customer-page';
import { CustomersPage } from './pages/customers-page';

/**
 * Duplicate customers (issue 3, point 9): a rename that collides with another customer warns as a
 * create does (and can still be saved); 合并重复客户 previews and then merges two records, keeping
 * every contact and interaction and both histories; the merged-away one waits in 回收站 saying
 * where it went. Merging a customer into itself is refused before anything is written.
 */
const SHOTS = 'test-results/screenshots';
const KEPT = '航天材料及工艺研究所';
const OTHER = '北京复合材料研究所';
const RENAMED = '航天材料及工艺研究锁';

async function addInteraction(cp: CustomerPageModel, date: string, summary: string) {
  await cp.tab('往来记录');
  await cp.panel().getByRole('button', { name: '新增往来记录' }).click();
  const dialog = cp.dialog('新增往来记录');
  await cp.fillDate(dialog, '日期', date);
  await dialog.getByRole('textbox', { name: '内容摘要' }).fill(summary);
  await cp.save(dialog);
  await expect(dialog).toBeHidden();
}

/** Two customers in different regions, each with a contact and an interaction; returns their ids. */
async function twoCustomers(cp: CustomerPageModel) {
  const customers = new CustomersPage(cp.page);
  const kept = await customers.create({ name: KEPT, type: '科研院所', region: '北京' });
  await cp.tab('联系人');
  await cp.addContact({ name: '王建国', title: '副所长' });
  await addInteraction(cp, '2026-03-10', '热防护材料技术交流');
  const other = await customers.create({ name: OTHER, shortName: '复材所', type: '科研院所', region: '西安' });
  await cp.tab('联系人');
  await cp.addContact({ name: '刘芳', title: '采购主管' });
  await addInteraction(cp, '2026-02-05', '年度走访');
  return { kept, other };
}

function mergeDialog(page: Page) {
  return page.getByRole('dialog', { name: '合并重复客户' });
}

/** Set up, make the two customers, and rename the second to `name` on its edit page; the duplicate warning that follows. */
async function renameSecondTo(app: AppPage, page: Page, name: string) {
  const cp = new CustomerPageModel(page);
  const customers = new CustomersPage(page);
  await app.openSetUp();
  const { kept, other } = await twoCustomers(cp);
  await page.goto(`/#/customers/${other}/edit`);
  await customers.textbox('单位名称').fill(name);
  await customers.submit();
  return { cp, kept, other, warning: page.getByRole('alert').filter({ hasText: '档案中可能已有这个单位' }) };
}

async function pickInMergeDialog(page: Page, query: string, option: RegExp) {
  const dialog = mergeDialog(page);
  const picker = dialog.getByRole('combobox', { name: '要合并的另一个客户' });
  await picker.click();
  await picker.fill(query);
  await page.getByRole('option', { name: option }).click();
}

test('a colliding rename warns with the other customer; 合并重复客户 previews, merges and keeps everything of both', async ({ app, page }) => {
  test.setTimeout(120_000);
  // Rename the second so it sounds like the first: the create warning, now for a rename.
  const { cp, kept, other, warning } = await renameSecondTo(app, page, RENAMED);
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('（读音相同）');
  await expect(warning.getByRole('link', { name: KEPT })).toHaveAttribute('href', `#/customers/${kept}`);
  await expect(warning.getByRole('button', { name: `与“${KEPT}”合并` })).toBeVisible();
  // Never itself: the warning lists the other customer only.
  await expect(warning.getByRole('listitem')).toHaveCount(1);
  await expect(page).toHaveURL(new RegExp(`#/customers/${other}/edit$`));
  expect(await seriousViolations(page), 'rename warning').toEqual([]);
  await warning.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/customer-rename-duplicate-zh-CN.png` });

  // Two units may share a similar name: 仍然保存 saves the rename.
  await warning.getByRole('button', { name: '仍然保存' }).click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${other}$`));
  await expect(page.getByRole('heading', { level: 2, name: RENAMED })).toBeVisible();

  // On the first customer's page: find the other by pinyin initials, keep the current one.
  await cp.open(kept);
  await page.getByRole('button', { name: '合并重复客户' }).click();
  const dialog = mergeDialog(page);
  await expect(dialog).toBeVisible();
  await pickInMergeDialog(page, 'htcl', new RegExp(RENAMED));
  await expect(dialog.getByRole('radio', { name: `保留当前客户“${KEPT}”` })).toBeChecked();
  const preview = dialog.getByTestId('merge-preview');
  await expect(preview).toBeVisible();
  const compare = dialog.getByTestId('merge-compare');
  await expect(compare.getByRole('columnheader', { name: `保留：${KEPT}` })).toBeVisible();
  await expect(compare.getByRole('columnheader', { name: `并入：${RENAMED}` })).toBeVisible();
  const moves = dialog.getByTestId('merge-moves');
  await expect(moves.getByRole('row', { name: /联系人/ })).toContainText('1 条');
  await expect(moves.getByRole('row', { name: /往来记录/ })).toContainText('1 条');
  await expect(moves.getByRole('row', { name: /需求/ })).toContainText('0 条');
  // The kept customer has no short name: it takes the other's; the regions differ: its own stays.
  await expect(compare.getByRole('row', { name: /简称/ })).toHaveText(/简称—复材所复材所/);
  const conflicts = dialog.getByTestId('merge-conflicts');
  await expect(conflicts.getByRole('row', { name: /地区/ })).toContainText('采用保留客户的“北京”，不采用“西安”');
  // Both have a primary contact: the plan keeps the kept customer's, and says so.
  await expect(conflicts).toContainText('“王建国”仍为主要联系人，“刘芳”改为普通联系人');
  expect(await seriousViolations(page), 'merge modal').toEqual([]);
  await page.screenshot({ path: `${SHOTS}/customer-merge-preview-zh-CN.png` });
  await conflicts.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/customer-merge-preview-conflicts-zh-CN.png` });

  await dialog.getByRole('button', { name: '确认合并' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`已将“${RENAMED}”合并到“${KEPT}”`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/customers/${kept}$`));

  await expect(page.getByRole('heading', { level: 2, name: KEPT })).toBeVisible();
  await expect(page.getByText('（复材所）')).toBeVisible();
  // Every contact and interaction of both is on the kept customer.
  await cp.tab('联系人');
  await expect(cp.row('王建国')).toContainText('主要联系人');
  await expect(cp.row('刘芳')).toBeVisible();
  await expect(cp.row('刘芳')).not.toContainText('主要联系人');
  await cp.tab('往来记录');
  await expect(cp.row('热防护材料技术交流')).toBeVisible();
  await expect(cp.row('年度走访')).toBeVisible();
  // Its history shows the merged customer's history too, down to the merge.
  await cp.tab('修改记录');
  const merged = page.getByTestId('merged-history');
  await expect(merged.getByRole('heading', { name: `并入的“${RENAMED}”的修改记录` })).toBeVisible();
  await expect(merged.getByRole('row').filter({ hasText: '合并到' })).toContainText(KEPT);
  await expect(merged.getByRole('row').filter({ hasText: RENAMED }).first()).toBeVisible();
  await merged.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/customer-merge-history-zh-CN.png` });

  // The merged-away customer is in 回收站, saying where it went; its page too.
  await page.goto('/#/recycle-bin');
  const bin = page.getByTestId('bin-customers');
  await expect(bin.getByRole('row').filter({ hasText: RENAMED })).toContainText(`已合并到“${KEPT}”`);
  // Not restorable: its records are at the kept customer.
  await expect(bin.getByRole('row').filter({ hasText: RENAMED }).getByRole('button', { name: /恢复/ })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/customer-merge-recycle-bin-zh-CN.png`, fullPage: true });
  await page.goto(`/#/customers/${other}`);
  await expect(page.getByTestId('merged-into')).toContainText(`该单位已合并到“${KEPT}”`);
  await page
    .getByTestId('merged-into')
    .getByRole('link', { name: `打开“${KEPT}”` })
    .click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${kept}$`));
});

test('the rename warning opens the merge, and keeping the other record merges the renamed one away', async ({ app, page }) => {
  test.setTimeout(90_000);
  const { cp, kept, other, warning } = await renameSecondTo(app, page, KEPT);
  await expect(warning).toContainText('（名称相同）');
  await warning.getByRole('button', { name: `与“${KEPT}”合并` }).click();
  const dialog = mergeDialog(page);
  await expect(dialog).toContainText('本页尚未保存的修改不会保存');
  // The candidate is already chosen; keep it rather than the record being edited.
  await dialog.getByRole('radio', { name: `保留“${KEPT}”` }).check();
  await expect(dialog.getByTestId('merge-compare').getByRole('columnheader', { name: `并入：${OTHER}` })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/customer-merge-from-rename-zh-CN.png` });
  await dialog.getByRole('button', { name: '确认合并' }).click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${kept}$`));
  await cp.tab('联系人');
  await expect(cp.row('刘芳')).toBeVisible();
  await expect(cp.row('王建国')).toBeVisible();
  await page.goto(`/#/customers/${other}`);
  await expect(page.getByTestId('merged-into')).toContainText(`该单位已合并到“${KEPT}”`);
  await expect(page.getByTestId('deleted-banner')).toBeVisible();
});

test('merging a customer into itself is refused with a Chinese message, and nothing is written', async ({ app, page }) => {
  const cp = new CustomerPageModel(page);
  await app.openSetUp();
  await cp.createCustomer({ name: KEPT, type: '科研院所' });

  await page.getByRole('button', { name: '合并重复客户' }).click();
  const dialog = mergeDialog(page);
  await pickInMergeDialog(page, '航天材料', new RegExp(`${KEPT}.*当前客户`));
  await expect(dialog.getByTestId('merge-refused')).toContainText('不能把客户合并到它自身，请选择另一个客户。');
  await expect(dialog.getByRole('button', { name: '确认合并' })).toBeDisabled();
  await expect(dialog.getByTestId('merge-preview')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/customer-merge-self-refused-zh-CN.png` });
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('deleted-banner')).toHaveCount(0);
  await cp.tab('修改记录');
  await expect(page.getByTestId('customer-history').getByRole('row')).toHaveCount(2);
  await page.goto('/#/recycle-bin');
  await expect(page.getByTestId('bin-empty')).toBeVisible();
});
