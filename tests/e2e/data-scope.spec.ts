import { expect, test } from './fixtures';
import { ACCOUNTS, type AppPage, type TestAccount } from './pages/app-page';
import { CustomersPage } from './pages/customers-page';
import { setUpWith } from './steps';

/**
 * The data scope (issue 15.3) on screen: the security administrator narrows 张伟 to 本人负责的客户
 * (linked to the manager 张伟); 张伟 then lists only his own customers, finds no other in Ctrl+K,
 * and a colleague's customer opened by its address says it is outside his scope and shows nothing
 * of it. The rules themselves (本部门, writes refused) are unit-tested in tests/unit/data/scope.test.ts.
 */
async function switchTo(app: AppPage, account: TestAccount) {
  await app.signOut();
  await app.signIn(account);
  await app.waitForAppState(['ready']);
}

test('本人负责的客户: only the linked manager’s customers are listed; another opened by its address is not shown', async ({ app, page }) => {
  test.setTimeout(90_000);
  const {
    ids: [, colleagues],
  } = await setUpWith(
    app,
    page,
    ['张伟', '李娜'],
    [
      { name: '航天材料及工艺研究所', type: 'research_institute', manager: '张伟' },
      { name: '西安航天动力研究所', type: 'research_institute', manager: '李娜' },
    ],
  );

  await switchTo(app, ACCOUNTS.securityAdmin);
  const name = ACCOUNTS.business.displayName;
  await page.getByRole('button', { name: `为 ${name} 分配角色` }).click();
  const assign = page.getByRole('dialog', { name: `为 ${name} 分配角色` });
  await assign.getByRole('combobox', { name: /^数据范围/ }).click();
  await page.getByRole('option', { name: '本人负责的客户' }).click();
  await assign.getByRole('combobox', { name: /^对应的客户经理/ }).click();
  await page.getByRole('option', { name: '张伟' }).click();
  await assign.getByRole('button', { name: '分配角色' }).click();
  await expect(assign).toBeHidden();

  await switchTo(app, ACCOUNTS.business);
  const list = new CustomersPage(page);
  await list.gotoList();
  await expect(list.row('航天材料及工艺研究所')).toBeVisible();
  expect(await list.names()).toEqual(['航天材料及工艺研究所']);
  // Search: the palette finds no customer outside the scope either.
  const palette = await list.openPalette();
  const query = palette.getByRole('combobox', { name: '查找客户或功能' });
  await query.fill('航天材料');
  await expect(palette.getByRole('option', { name: /航天材料及工艺研究所/ })).toBeVisible();
  await query.fill('西安航天');
  await expect(palette.getByText('西安航天动力研究所')).toHaveCount(0);
  await page.keyboard.press('Escape');

  await page.goto(`/#/customers/${colleagues}`);
  await expect(page.getByRole('heading', { level: 2, name: '该客户不在当前账号的数据范围内' })).toBeVisible();
  await expect(page.getByText('西安航天动力研究所')).toHaveCount(0);
  await expect(page.getByRole('tablist')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/data-scope-out-of-scope-zh-CN-light.png' });
});
