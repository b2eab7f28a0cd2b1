import { expect, test } from './fixtures';
import { ACCOUNTS, type AppPage, type TestAccount } from './pages/app-page';
import { setUpWith } from './steps';

/**
 * 查阅 (issue 15): a read-only account sees no write button outside the customer header either —
 * not on the customer's tabs, the complaints or the grading screens (the repositories refuse them
 * anyway; which role sees which button is unit-tested in tests/unit/features/…/read-only-*.test.tsx).
 * The security administrator narrows 张伟 to 查阅 alone; he then opens each screen.
 */
async function switchTo(app: AppPage, account: TestAccount) {
  await app.signOut();
  await app.signIn(account);
  await expect(app.page.locator('html')).toHaveAttribute('data-app-state', 'ready', { timeout: 20_000 });
}

/** Any button or link whose name starts a write: 新增…, 编辑…, 删除…, 登记…, 记录…, 发起…, 批准, 恢复, 保存为新版本. */
const WRITE = /^(新增|编辑|删除|登记|记录|发起|批准|放弃|调整 |提交定级|恢复|保存为新版本|确认接收|录入)/;

test('查阅 opens a customer, the complaints and the grading screens and sees no write button', async ({ app, page }) => {
  test.setTimeout(90_000);
  const {
    cp,
    ids: [id],
  } = await setUpWith(app, page, ['张伟'], [{ name: '航天材料及工艺研究所', type: 'research_institute', manager: '张伟', contacts: ['王强'] }]);

  await switchTo(app, ACCOUNTS.securityAdmin);
  const name = ACCOUNTS.business.displayName;
  await page.getByRole('button', { name: `为 ${name} 分配角色` }).click();
  const assign = page.getByRole('dialog', { name: `为 ${name} 分配角色` });
  for (const role of ['客户经理', '部门负责人', '投诉处理人']) await assign.getByRole('checkbox', { name: role }).uncheck();
  await assign.getByRole('checkbox', { name: '查阅' }).check();
  await assign.getByRole('button', { name: '分配角色' }).click();
  await expect(assign).toBeHidden();

  await switchTo(app, ACCOUNTS.business);
  const writeButtons = async () => {
    const names = await page
      .getByRole('main')
      .locator('button, a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || e.textContent || ''));
    return names.map((n) => n.trim()).filter((n) => WRITE.test(n));
  };
  await cp.open(id!);
  for (const tab of ['联系人', '往来记录', '需求', '经营数据', '客户分级', '投诉', '满意度', '交接记录']) {
    await cp.tab(tab);
    if (tab === '联系人') await expect(cp.row('王强')).toBeVisible();
    expect(await writeButtons(), tab).toEqual([]);
  }
  await page.goto('/#/complaints');
  await expect(page.getByRole('heading', { level: 2, name: '投诉反馈' })).toBeVisible();
  expect(await writeButtons(), '投诉反馈').toEqual([]);
  await page.goto('/#/grading');
  await expect(page.getByText('还没有定级批次。', { exact: true })).toBeVisible();
  expect(await writeButtons(), '客户分级').toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/read-only-grading-zh-CN-light.png' });
});
