import { expect, test } from './fixtures';
import { ACCOUNTS, type AppPage, type TestAccount } from './pages/app-page';
import { shanghaiDay } from './pages/customer-page';
import { saveReceivable, setUp } from './steps';

const SHOTS = 'test-results/screenshots';

/**
 * 工作台 我的待办 (issue 17.1) and 从这里开始 (17.2 first half): on the prepared (empty) archive the
 * dashboard offers the first steps; then an account manager's customer gets a requirement past due,
 * an unpaid receivable past due and a contact whose 跟进日期 is reached; with 张伟 linked to his
 * manager record each appears on 工作台 with its count, and its link opens the customer. The rules
 * of every kind (scope, order, limits) are unit-tested in tests/unit/data/dashboard/my-day.test.ts.
 */
async function switchTo(app: AppPage, account: TestAccount) {
  await app.signOut();
  await app.signIn(account);
  await app.waitForAppState(['ready']);
}

test('我的待办 lists what is overdue with its count and link; an empty archive starts somewhere', async ({ app, page }) => {
  test.setTimeout(120_000);
  const cp = await setUp(app, page, ['张伟']);
  const dashboard = page.getByTestId('dashboard');

  // First run: nothing to do yet, and where to start.
  await page.goto('/#/');
  await expect(dashboard).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('my-day-all-done')).toHaveText('全部完成：没有到期或逾期的事项');
  const firstRun = page.getByTestId('first-run');
  await expect(firstRun.getByRole('link', { name: '导入交换文件' })).toHaveAttribute('href', '#/exchange/import');
  await expect(firstRun.getByRole('link', { name: '导入表格' })).toHaveAttribute('href', '#/import');
  await firstRun.getByRole('link', { name: '新建客户' }).click();
  await expect(page.getByRole('textbox', { name: /^单位名称/ })).toBeVisible();

  const id = await cp.createCustomer({ name: '航天材料及工艺研究所', type: '科研院所', manager: '张伟' });
  await cp.tab('需求');
  await cp.panel().getByRole('button', { name: '新增需求' }).click();
  const requirement = cp.dialog('新增需求');
  await requirement.getByRole('textbox', { name: '需求名称' }).fill('提供耐烧蚀涂层试验报告');
  await cp.choose(requirement, '承办部门', '工艺');
  await cp.fillDate(requirement, '接收日期', shanghaiDay(-30));
  await cp.fillDate(requirement, '要求答复日期', shanghaiDay(-3));
  await cp.save(requirement);
  await expect(requirement).toBeHidden();
  await cp.tab('经营数据');
  await expect(await saveReceivable(cp, { amountWan: '12', dueDay: shanghaiDay(-40) })).toBeHidden();
  await cp.tab('往来记录');
  await cp.panel().getByRole('button', { name: '新增往来记录' }).click();
  const contact = cp.dialog('新增往来记录');
  await cp.fillDate(contact, '日期', shanghaiDay(-10));
  await contact.getByRole('textbox', { name: '内容摘要' }).fill('年度走访');
  await cp.fillDate(contact, '跟进日期', shanghaiDay(-1));
  await cp.save(contact);
  await expect(contact).toBeHidden();

  // 张伟 is linked to his manager record: his own customers' receivables and follow-up dates are his.
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

  await page.goto('/#/');
  await expect(dashboard).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('first-run')).toHaveCount(0);
  const counts = page.getByTestId('my-day-counts');
  await expect(counts).toContainText('需求 1 项');
  await expect(counts).toContainText('逾期应收款 1 项');
  await expect(counts).toContainText('跟进日期 1 项');
  const list = page.getByTestId('my-day-list');
  // Most urgent first: the receivable (40 days), the requirement (3 days), the follow-up date (1 day).
  await expect(list.locator('tbody tr')).toHaveText([/逾期应收款.*已逾期/, /需求.*已逾期/, /跟进日期.*已逾期/]);

  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect(dashboard).toHaveAttribute('aria-busy', 'false');
    await page.screenshot({ path: `${SHOTS}/dashboard-my-day-${width}x${height}.png` });
  }

  await list.locator('tr[data-kind="requirement"]').getByRole('link', { name: '航天材料及工艺研究所' }).click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${id}$`));
  await expect(page.getByRole('heading', { level: 2, name: '航天材料及工艺研究所' })).toBeVisible();
});
