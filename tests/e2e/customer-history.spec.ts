import { expect, test } from './fixtures';
import { CustomerPageModel } from './pages/customer-page';
import { closeNotifications } from './steps';

/**
 * 修改记录 of a customer holds the changes of its contacts and interactions too: a user adds a
 * contact, edits it, deletes an interaction, and reads the three entries — which record, what was
 * done, and the field old → new — newest first; the kind filter narrows the list.
 */
test('the customer’s history shows its children’s changes with old → new', async ({ app, page }) => {
  const cp = new CustomerPageModel(page);
  await app.openSetUp();
  await cp.addManager('张伟');
  const id = await cp.createCustomer({ name: '航天材料及工艺研究所', type: '科研院所', manager: '张伟' });

  await cp.tab('联系人');
  await cp.addContact({ name: '王建国', title: '副所长', phones: ['010-68380000'] });
  await cp.row('王建国').getByRole('button', { name: '编辑 王建国' }).click();
  const edit = cp.dialog('编辑联系人');
  await edit.getByRole('textbox', { name: '职务' }).fill('所长');
  await cp.save(edit);
  await expect(edit).toBeHidden();

  await cp.tab('往来记录');
  await cp.panel().getByRole('button', { name: '新增往来记录' }).click();
  const add = cp.dialog('新增往来记录');
  await cp.choose(add, '方式', '技术交流');
  await cp.fillDate(add, '日期', '2026-03-05');
  await add.getByRole('textbox', { name: '内容摘要' }).fill('热防护材料技术交流');
  await cp.save(add);
  await expect(add).toBeHidden();
  await cp.row('热防护材料技术交流').getByRole('button', { name: '删除 2026年3月5日 技术交流' }).click();
  await cp.dialog('删除往来记录').getByRole('button', { name: '删除' }).click();
  await expect(cp.panel().getByText('还没有往来记录')).toBeVisible();

  await cp.open(id);
  await closeNotifications(page); // for the screenshot
  await cp.tab('修改记录');
  const rows = cp.panel().getByTestId('customer-history').getByRole('row');
  // Header, then newest first: the interaction's deletion and creation, the contact's edit and creation, the customer's creation.
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(1)).toContainText('往来记录2026年3月5日 技术交流');
  await expect(rows.nth(1)).toContainText('删除');
  await expect(rows.nth(1)).toContainText('张伟');
  await expect(rows.nth(2)).toContainText('新建');
  await expect(rows.nth(3)).toContainText('联系人王建国');
  await expect(rows.nth(3)).toContainText('修改');
  await expect(rows.nth(3).getByText('职务', { exact: true })).toBeVisible();
  await expect(rows.nth(3)).toContainText('副所长 → 所长');
  await expect(rows.nth(4)).toContainText('联系人王建国');
  await expect(rows.nth(4)).toContainText('新建');
  await expect(rows.nth(5)).toContainText('客户航天材料及工艺研究所');
  await expect(cp.panel()).not.toContainText('deletedAt');
  await page.screenshot({ path: 'test-results/screenshots/customer-history-children-zh-CN-light.png', fullPage: true });

  // The filter offers the kinds this customer has; 联系人 keeps the contact's two entries.
  const filter = cp.panel().getByRole('radiogroup', { name: '按记录类型筛选' });
  await filter.getByText('联系人', { exact: true }).click();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('副所长 → 所长');
  await filter.getByText('全部', { exact: true }).click();
  await expect(rows).toHaveCount(6);
});
