import { expect, test } from './fixtures';

test.describe('language and theme', () => {
  test('English can be chosen and is remembered', async ({ app, page }) => {
    await app.open();
    await page.getByRole('radiogroup', { name: '语言' }).getByText('English').click();
    await expect(page.getByRole('heading', { name: 'First-run setup' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    await page.getByRole('textbox', { name: /^Organisation/ }).fill('航天材料及工艺研究所');
    await page.getByRole('textbox', { name: /^Department/ }).fill('市场部');
    await app.fillKeyPassphrase();
    await app.nextSetupStep();
    await expect(page.getByRole('group', { name: 'System administrator' })).toBeVisible();
    await app.createAccounts();
    await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
    await app.reload();
    await expect(page.getByRole('heading', { name: 'Hello, 张伟' })).toBeVisible();
    // The classification mark is an official marking: Chinese in every locale.
    await expect(page.getByTestId('app-header').getByTestId('classification-mark')).toHaveText('内部');
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('简体中文').click();
    await expect(page.getByRole('heading', { name: '张伟，您好' })).toBeVisible();
  });

  test('dark theme is applied and remembered', async ({ app, page }) => {
    await app.openSetUp();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
    await page.getByRole('button', { name: '切换到深色主题' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await app.reload();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    const background = await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
  });
});
