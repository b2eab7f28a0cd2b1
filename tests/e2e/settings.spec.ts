import { expect, test } from './fixtures';
import { ACCOUNTS } from './pages/app-page';

test.describe('settings', () => {
  // The department profile and its default mark are the security administrator's (issue 15.3).
  // The invalid edit first: it proves the history holds only the creation, which the valid edit then adds to.
  test('the security administrator edits the department profile: an invalid edit changes nothing, a valid one is kept with who changed what', async ({
    app,
    page,
  }) => {
    await app.openSetUp('/', ACCOUNTS.securityAdmin);
    await app.goToSettings();

    await test.step('an invalid edit shows the message and changes nothing', async () => {
      await page.getByRole('textbox', { name: /^单位名称/ }).fill('');
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await expect(page.getByText('此项必填')).toBeVisible();
      await app.reload(ACCOUNTS.securityAdmin);
      await expect(page.getByRole('textbox', { name: /^单位名称/ })).toHaveValue('航天材料及工艺研究所');
      await expect(page.getByTestId('profile-history').getByRole('row')).toHaveCount(2); // header + creation
    });

    await test.step('editing the profile keeps who changed what from what to what', async () => {
      await page.getByRole('textbox', { name: /^部门/ }).fill('质量部');
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await expect(page.getByText('部门信息已保存')).toBeVisible();
      // Every notification's close button is named for screen readers, in the user's language.
      const notice = page.locator('.mantine-Notification-root').filter({ hasText: '部门信息已保存' });
      await notice.getByRole('button', { name: '关闭' }).click();
      await expect(notice).toHaveCount(0);
      await expect(page.getByTestId('app-header')).toContainText('航天材料及工艺研究所 · 质量部');
      const history = page.getByTestId('profile-history');
      await expect(history.getByRole('row').nth(1)).toContainText('修改');
      await expect(history.getByRole('row').nth(1)).toContainText('市场部');
      await expect(history.getByRole('row').nth(1)).toContainText('质量部');
      await expect(history.getByRole('row').nth(1)).toContainText('钱敏');
      await expect(history).toContainText('创建');
      // The security administrator's sections of 系统设置 (issue 17.3: the page's navigation lists what the page shows).
      await expect(page.getByRole('navigation', { name: '本页目录' }).getByRole('link')).toHaveText([
        '部门信息',
        '外观与语言',
        '本机信息',
        '输出登记簿',
        '修改记录',
      ]);
    });
  });

  test('shows this installation: id, key fingerprint, age recipient', async ({ app, page }) => {
    // 系统设置 opened at a section's address (a link from another screen, issue 17.3): there, its heading focused.
    await app.openSetUp('/settings/installation');
    const nav = page.getByRole('navigation', { name: '本页目录' });
    // The sections this user's roles open, and only those (no 部门信息, 备份与恢复, 输出登记簿 for a business user).
    await expect(nav.getByRole('link')).toHaveText(['客户经理', '分级规则', '投诉期限与编号', '外观与语言', '本机信息']);
    const here = page.getByRole('heading', { name: '本机信息', level: 3 });
    await expect(here).toBeFocused();
    await expect(here).toBeInViewport();
    await expect(nav.getByRole('link', { name: '本机信息' })).toHaveAttribute('aria-current', 'location');
    await expect(nav.locator('[aria-current]')).toHaveCount(1);
    // An entry scrolls to its section, focuses its heading and marks it; the address names it.
    await nav.getByRole('link', { name: '分级规则' }).click();
    const rules = page.getByRole('heading', { name: '分级规则', level: 3 });
    await expect(rules).toBeFocused();
    await expect(rules).toBeInViewport();
    await expect(here).not.toBeInViewport();
    await expect(nav.getByRole('link', { name: '分级规则' })).toHaveAttribute('aria-current', 'location');
    await expect(nav.locator('[aria-current]')).toHaveCount(1);
    await expect(page).toHaveURL(/#\/settings\/grading-rules$/);
    // Scrolling marks the section in view: the page's end is 本机信息's.
    await page.keyboard.press('End');
    await expect(nav.getByRole('link', { name: '本机信息' })).toHaveAttribute('aria-current', 'location');
    // There a short section cannot scroll up to the top: the entry clicked is the one marked.
    await nav.getByRole('link', { name: '外观与语言' }).click();
    await expect(page.getByRole('heading', { name: '外观与语言', level: 3 })).toBeFocused();
    await expect(nav.getByRole('link', { name: '外观与语言' })).toHaveAttribute('aria-current', 'location');
    const info = page.getByRole('region', { name: '本机信息' });
    await expect(info).toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    await expect(info).toContainText(/[0-9]{4}( [0-9]{4}){9}/);
    await expect(info).toContainText(/age1[0-9a-z]{58}/);
    await expect(info).toContainText('浏览器（无桌面程序时的同等界面）');
  });
});
