import { expect, test } from './fixtures';
import { ACCOUNTS } from './pages/app-page';

/**
 * Screenshots of every screen, zh-CN and en-US, light and dark, written to test-results/screenshots
 * for people to look at (a page can pass its tests and still look broken).
 */
const OUT = 'test-results/screenshots';

for (const locale of ['zh-CN', 'en-US'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screens in ${locale}, ${scheme}`, async ({ app, page }) => {
      await page.addInitScript(
        ({ l, s }) => {
          localStorage.setItem('airgap-crm.preferences', JSON.stringify({ state: { locale: l }, version: 0 }));
          localStorage.setItem('airgap-crm.color-scheme', s);
        },
        { l: locale, s: scheme },
      );
      await app.open();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
      await page.screenshot({ path: `${OUT}/setup-${locale}-${scheme}.png`, fullPage: true });
      const label = locale === 'zh-CN' ? ['单位名称', '部门'] : ['Organisation', 'Department'];
      await page.getByRole('textbox', { name: new RegExp(`^${label[0]!}`) }).fill('航天材料及工艺研究所');
      await page.getByRole('textbox', { name: new RegExp(`^${label[1]!}`) }).fill('市场部');
      await app.fillKeyPassphrase();
      await app.nextSetupStep();
      await app.fillAccounts();
      await page.screenshot({ path: `${OUT}/setup-accounts-${locale}-${scheme}.png`, fullPage: true });
      await page.locator('form button[type="submit"]').click();
      await app.waitForAppState(['sign-in']);
      await page.screenshot({ path: `${OUT}/sign-in-${locale}-${scheme}.png`, fullPage: true });
      await app.signInFirstTime(ACCOUNTS.business);
      await page.screenshot({ path: `${OUT}/home-${locale}-${scheme}.png`, fullPage: true });
      await page.goto('/#/settings');
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(locale === 'zh-CN' ? '系统设置' : 'Settings');
      await page.screenshot({ path: `${OUT}/settings-${locale}-${scheme}.png`, fullPage: true });
    });
  }
}
