import { expect, test } from './fixtures';
import { ACCOUNTS } from './pages/app-page';
import { CustomersPage } from './pages/customers-page';

/**
 * The idle lock (issue 15.2): the policy's idle minutes pass (the page's clock, fast-forwarded), the screen is
 * covered and nothing underneath can be reached; only the same user's password opens it, and the half-typed
 * form is there, with the cursor where it was.
 */
test('an idle session is covered; only the same user unlocks it, and the half-typed form is kept', async ({ app, page }) => {
  test.setTimeout(60_000);
  // Before the page loads: the app's idle timer runs on the faked clock.
  await page.clock.install();
  await app.openSetUp('/customers/new');
  const customers = new CustomersPage(page);
  await expect(page.getByRole('heading', { name: '新建客户', level: 2 })).toBeVisible();
  const name = customers.textbox('单位名称');
  await name.fill('中国电子科技集团有限公司');
  const shortName = customers.textbox('简称');
  await shortName.pressSequentially('电科');
  // By its id (not by role): the field is looked for again once the lock takes it out of the accessibility tree.
  const shortNameId = await shortName.getAttribute('id');

  // 秘密级常用: idle 10 minutes. A minute short of it nothing happens.
  const lock = page.getByRole('dialog', { name: '屏幕已锁定' });
  await page.clock.fastForward('09:00');
  await expect(lock).toHaveCount(0);
  await page.clock.fastForward('01:01');
  await expect(lock).toBeVisible();
  await expect(lock).toContainText(`${ACCOUNTS.business.displayName} 的工作已暂时锁定，未保存的内容仍然保留`);

  // Covered: the page is inert (out of the accessibility tree), out of reach of the pointer and the keyboard.
  await expect(page.locator('#root')).toHaveJSProperty('inert', true);
  const shortNameById = page.locator(`[id="${shortNameId}"]`);
  await expect(shortNameById).not.toBeFocused();
  await expect(shortNameById.click({ timeout: 1_000 })).rejects.toThrow();
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
  await shortNameById.focus();
  await expect(shortNameById).not.toBeFocused();

  const password = lock.getByLabel(/^密码/);
  const unlock = lock.getByRole('button', { name: '解锁' });
  // A wrong password, and another user's right one (the system administrator at this PC), are refused.
  for (const wrong of ['Zhang-Wei-2025', ACCOUNTS.systemAdmin.password]) {
    await password.fill(wrong);
    await unlock.click();
    await expect(lock.getByRole('alert')).toHaveText('密码不正确', { timeout: 20_000 });
    await expect(password).toHaveValue('');
    await expect(lock).toBeVisible();
  }

  await password.fill(ACCOUNTS.business.password);
  await unlock.click();
  await expect(lock).toBeHidden({ timeout: 20_000 });
  await expect(page.locator('#root')).toHaveJSProperty('inert', false);
  await expect(name).toHaveValue('中国电子科技集团有限公司');
  await expect(shortName).toHaveValue('电科');
  await expect(shortName).toBeFocused();
  // The user goes on typing where they stopped.
  await page.keyboard.type('集团');
  await expect(shortName).toHaveValue('电科集团');
});
