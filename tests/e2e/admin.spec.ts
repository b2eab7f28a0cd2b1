import { expect, test, type Page } from './fixtures';
import { HIDE_TOASTS, SCREEN_SIZES, screenshots } from './pages/screenshots';
import { ACCOUNTS, type AppPage, type TestAccount } from './pages/app-page';

/**
 * 三员分立 on screen (issue 15): the system administrator creates an account with a temporary
 * password, the security administrator gives it its roles and scope, the user signs in, must change
 * the password and works; a lockout is cleared by the system administrator. Screenshots of both
 * administrators' pages at the two screen sizes the institutes use.
 */
const LI_NA: TestAccount = { group: '业务用户', displayName: '李娜', username: 'lina', setupPassword: 'Temp-Word-2026', password: 'Spring-Rain-2026' };

async function switchTo(app: AppPage, account: TestAccount) {
  await app.signOut();
  await app.signIn(account);
  await app.waitForAppState(['ready']);
}

const row = (page: Page, name: string) => page.getByTestId('accounts-table').getByRole('row').filter({ hasText: name });

test('a new account: created, given roles, first sign-in; locked out and unlocked', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.openSetUp();
  await expect(app.nav('客户档案')).toBeVisible();
  await expect(app.nav('用户管理')).toHaveCount(0);

  // The system administrator: 用户管理 is the home page; no archive in the navigation.
  await switchTo(app, ACCOUNTS.systemAdmin);
  await expect(page.getByRole('heading', { name: '用户管理', level: 2 })).toBeVisible();
  await expect(app.nav('客户档案')).toHaveCount(0);
  await page.getByRole('button', { name: '新建用户' }).click();
  const create = page.getByRole('dialog', { name: '新建用户' });
  await create.getByRole('textbox', { name: /^姓名/ }).fill(LI_NA.displayName);
  await create.getByRole('textbox', { name: /^登录名/ }).fill(LI_NA.username);
  await create.getByLabel(/^临时密码/).fill(LI_NA.setupPassword);
  await create.getByLabel(/^再次输入临时密码/).fill('Temp-Word-2027');
  await create.getByRole('button', { name: '创建用户' }).click();
  await expect(create.getByText('两次输入的密码不一致')).toBeVisible();
  await create.getByLabel(/^再次输入临时密码/).fill(LI_NA.setupPassword);
  await create.getByRole('button', { name: '创建用户' }).click();
  await expect(create).toBeHidden({ timeout: 10_000 });
  await expect(page.getByRole('button', { name: '新建用户' })).toBeFocused();
  await expect(row(page, LI_NA.displayName)).toContainText('待分配角色');
  await expect(row(page, LI_NA.displayName)).toContainText('须修改密码');
  await screenshots(page, 'admin-users');

  // The security administrator: 客户经理 with the department's customers.
  await switchTo(app, ACCOUNTS.securityAdmin);
  await expect(page.getByRole('heading', { name: '角色与策略', level: 2 })).toBeVisible();
  const assignButton = page.getByRole('button', { name: `为 ${LI_NA.displayName} 分配角色` });
  await assignButton.click();
  const assign = page.getByRole('dialog', { name: `为 ${LI_NA.displayName} 分配角色` });
  await assign.getByRole('checkbox', { name: '客户经理' }).check();
  await assign.getByRole('combobox', { name: /^数据范围/ }).click();
  await page.getByRole('option', { name: '本部门客户' }).click();
  await screenshots(page, 'admin-assign-roles');
  await assign.getByRole('button', { name: '分配角色' }).click();
  await expect(assign).toBeHidden();
  await expect(assignButton).toBeFocused();
  await expect(row(page, LI_NA.displayName)).toContainText('客户经理');
  await expect(row(page, LI_NA.displayName)).toContainText('本部门客户');
  await screenshots(page, 'admin-security');

  // The policy: a preset fills its values, an edit makes it 自定义, a value out of bounds is refused as typed.
  const policy = page.getByRole('region', { name: '密码与会话策略' });
  await policy.getByText('基本', { exact: true }).click();
  await expect(policy.getByRole('textbox', { name: /^密码有效期/ })).toHaveValue('90');
  await policy.getByRole('textbox', { name: /^最短长度/ }).fill('99');
  await expect(policy.getByRole('radio', { name: '自定义' })).toBeChecked();
  await policy.getByRole('button', { name: '保存策略' }).click();
  await expect(policy.getByText('超出允许的范围')).toBeVisible();
  await expect(policy.getByRole('textbox', { name: /^最短长度/ })).toHaveValue('99');
  for (const size of SCREEN_SIZES) {
    await page.setViewportSize(size);
    await policy.screenshot({ path: `test-results/screenshots/admin-policy-${size.width}-zh-CN-light.png`, style: HIDE_TOASTS });
  }

  // The output policy (issue 15.6): per role the highest mark it may print and export; saved and audited.
  const output = page.getByRole('region', { name: '输出策略' });
  await expect(output.getByRole('combobox', { name: '查阅 最高可打印' })).toHaveValue('内部');
  await output.getByRole('combobox', { name: '查阅 最高可打印' }).click();
  await page.getByRole('option', { name: '公开' }).click();
  // The cap on one attachment (issue 18.2): empty is the default shown; a value out of 1–2048 is refused as typed, nothing saved.
  const cap = output.getByRole('textbox', { name: '单个附件大小上限（MB）' });
  await expect(cap).toHaveValue('');
  await expect(output.getByText('留空即为默认值 100 MB')).toBeVisible();
  await cap.fill('2049');
  await output.getByRole('button', { name: '保存输出策略' }).click();
  await expect(output.getByText('单个附件大小上限须为 1 至 2048 之间的整数（MB）')).toBeVisible();
  await expect(cap).toHaveValue('2049');
  await expect(page.getByText('输出策略已保存')).toHaveCount(0);
  await cap.fill('250');
  await output.getByRole('button', { name: '保存输出策略' }).click();
  await expect(page.getByText('输出策略已保存')).toBeVisible();
  await expect(cap).toHaveValue('250');
  await output.screenshot({ path: 'test-results/screenshots/admin-output-policy-zh-CN-light.png', style: HIDE_TOASTS });

  // 李娜's first sign-in: her own password first, then her work.
  await app.signOut();
  await app.signInFirstTime(LI_NA);
  await app.nav('客户档案').click();
  await expect(page.getByRole('heading', { name: '客户档案还是空的' })).toBeVisible();
  // Those who keep the archive see what the attachments take on disk (issue 18.2).
  await page.goto('/#/settings/installation');
  await expect(page.getByTestId('attachment-disk-use')).toHaveText('附件占用空间：0 个文件，0 字节');
  await expect(app.nav('用户管理')).toHaveCount(0);

  // Five wrong passwords lock the account; then even the right one is refused, with the time.
  await app.signOut();
  const password = page.getByLabel('密码', { exact: true });
  for (let attempt = 0; attempt < 5; attempt++) {
    await app.signIn(LI_NA, 'Wrong-Password-1');
    await expect(password).toHaveValue(''); // emptied after each refusal
  }
  await app.signIn(LI_NA);
  await expect(page.getByRole('alert')).toContainText(/已被锁定，请于 .*\d{2}:\d{2} 后再试/);

  await app.signIn(ACCOUNTS.systemAdmin);
  await app.nav('用户管理').click(); // the page was 李娜's 客户档案
  await expect(row(page, LI_NA.displayName)).toContainText(/已锁定至 \d{2}:\d{2}/);
  await screenshots(page, 'admin-users-locked');
  await page.getByRole('button', { name: `解除 ${LI_NA.displayName} 的锁定` }).click();
  await expect(row(page, LI_NA.displayName)).toContainText('正常');
  await switchTo(app, LI_NA);
  await expect(app.nav('客户档案')).toBeVisible();
});
