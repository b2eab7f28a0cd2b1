import { expect, test, type Page } from './fixtures';
import { seriousViolations } from './axe';
import { CustomerPageModel } from './pages/customer-page';
import { closeNotifications } from './steps';

/** Deletion is soft: deleted customers and records wait in 回收站, and come back with 恢复 unless their parent is gone. */
async function deleteOpenCustomer(page: Page, cp: CustomerPageModel) {
  await page.getByRole('button', { name: '删除', exact: true }).click();
  await cp.dialog('删除客户').getByRole('button', { name: '删除' }).click();
}

// One archive: the customer the banner restores leaves the recycle bin empty, where the second step starts.
test('a deleted customer comes back from its banner; the recycle bin groups by kind and restores a unit only after its parent', async ({ app, page }) => {
  test.setTimeout(60_000);
  const cp = new CustomerPageModel(page);
  await app.openSetUp();

  await test.step('a deleted customer shows a banner with 恢复 and comes back', async () => {
    const id = await cp.createCustomer({ name: '航天材料及工艺研究所', type: '科研院所' });
    await deleteOpenCustomer(page, cp);
    const banner = page.getByTestId('deleted-banner');
    await expect(banner).toContainText('张伟 删除');
    // Read-only while deleted: no edit actions.
    await expect(page.getByRole('button', { name: '编辑', exact: true })).toHaveCount(0);
    await banner.getByRole('button', { name: '恢复' }).click();
    await expect(banner).toBeHidden();
    await expect(page.getByRole('button', { name: '编辑', exact: true })).toBeVisible();
    await cp.tab('修改记录');
    await expect(cp.panel()).toContainText('删除');
    await expect(cp.panel()).toContainText('恢复');
    await expect(page).toHaveURL(new RegExp(id));
  });

  await test.step('recycle bin groups by kind; a unit is restored only after its parent', async () => {
    const group = await cp.createCustomer({ name: '中国航天科技集团有限公司', type: '军工集团单位' });
    const unit = await cp.createCustomer({ name: '中国运载火箭技术研究院' }, group);
    await cp.tab('联系人');
    await cp.addContact({ name: '王建国', phones: ['13800138000'] });
    await cp.row('王建国').getByRole('button', { name: '删除 王建国' }).click();
    await cp.dialog('删除联系人').getByRole('button', { name: '删除' }).click();
    await expect(cp.panel().getByText('还没有联系人')).toBeVisible();

    // A group with a live sub-unit cannot be deleted: the reason is shown, nothing changes.
    await cp.open(group);
    await deleteOpenCustomer(page, cp);
    await expect(page.getByText('该单位还有下级单位，请先删除或移走下级单位')).toBeVisible();
    await expect(page.getByTestId('deleted-banner')).toHaveCount(0);
    await page.keyboard.press('Escape');

    await cp.open(unit);
    await deleteOpenCustomer(page, cp);
    await expect(page.getByTestId('deleted-banner')).toBeVisible();
    await cp.open(group);
    await deleteOpenCustomer(page, cp);
    await expect(page.getByTestId('deleted-banner')).toBeVisible();

    await page.goto('/#/recycle-bin');
    await closeNotifications(page); // no toasts of the deletions over the screenshot
    const customers = page.getByTestId('bin-customers');
    await expect(customers.getByRole('row')).toHaveCount(3);
    await expect(customers.getByRole('row').nth(1)).toContainText('中国航天科技集团有限公司'); // newest deletion first
    await expect(customers.getByRole('row').nth(1)).toContainText('张伟');
    await expect(page.getByTestId('bin-contacts')).toContainText('王建国');
    await expect(page.getByTestId('bin-contacts')).toContainText('中国运载火箭技术研究院');
    expect(await seriousViolations(page), 'recycle bin').toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/recycle-bin-zh-CN-light.png', fullPage: true });

    // The unit first: refused, its parent is still deleted. The contact too: its customer is deleted.
    await customers.getByRole('button', { name: '恢复 中国运载火箭技术研究院' }).click();
    await expect(page.getByText('上级单位不存在或已删除')).toBeVisible();
    await page.getByTestId('bin-contacts').getByRole('button', { name: '恢复 王建国' }).click();
    await expect(page.getByText('所属客户已删除，请先恢复该客户')).toBeVisible();

    await customers.getByRole('button', { name: '恢复 中国航天科技集团有限公司' }).click();
    await expect(customers.getByRole('row')).toHaveCount(2);
    await customers.getByRole('button', { name: '恢复 中国运载火箭技术研究院' }).click();
    await page.getByTestId('bin-contacts').getByRole('button', { name: '恢复 王建国' }).click();
    await expect(page.getByTestId('bin-empty')).toHaveText('回收站是空的');

    await cp.open(unit);
    await expect(page.getByTestId('deleted-banner')).toHaveCount(0);
    await cp.tab('联系人');
    await expect(cp.row('王建国')).toBeVisible();
  });
});
