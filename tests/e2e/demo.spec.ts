import { expect, test, type Page } from './fixtures';
import { seriousViolations } from './axe';
import { CustomersPage } from './pages/customers-page';
import { ACCOUNTS } from './pages/app-page';

/**
 * The built-in demo institute (issue 17.2): loaded from the setup screen into a database of its own,
 * marked 演示数据 on every screen, left with one click; the real archive is never touched.
 */

/** Every store of a database, row by row, as text: equal before and after means untouched. */
function databaseText(page: Page, name: string): Promise<string> {
  return page.evaluate(
    (dbName) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = [...db.objectStoreNames];
          const out: Record<string, unknown> = { version: db.version };
          if (stores.length === 0) return (db.close(), resolve(JSON.stringify(out)));
          const tx = db.transaction(stores);
          for (const store of stores) {
            const request = tx.objectStore(store).getAll();
            request.onsuccess = () => (out[store] = request.result);
          }
          tx.oncomplete = () => (db.close(), resolve(JSON.stringify(out)));
          tx.onerror = () => reject(tx.error);
        };
      }),
    name,
  );
}

const databaseNames = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).sort());
const DEMO_BUSINESS = { ...ACCOUNTS.business, username: 'zhangwei', password: 'Yanshi-2026' };

test.describe('the demo institute', () => {
  // About 15 s on a quiet machine; loading seals the demo's keys with scrypt (age's work factor), slow under load.
  test.setTimeout(60_000);

  test('loads from the setup screen, is marked 演示数据 on every screen, and is left with one click', async ({ app, page }) => {
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'setup');
    const offer = page.getByTestId('demo-offer');
    await expect(offer.getByRole('button', { name: '载入演示数据' })).toBeVisible();
    await expect(page.getByTestId('demo-badge')).toHaveCount(0);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: 'test-results/screenshots/demo-setup-1366.png', fullPage: true });
    const realBefore = await databaseText(page, 'airgap-crm');

    await offer.getByRole('button', { name: '载入演示数据' }).click();
    await expect(offer.getByRole('status')).toContainText('正在载入演示数据');
    await page.screenshot({ path: 'test-results/screenshots/demo-loading-1366.png' });
    await app.waitForAppState(['sign-in'], 60_000);
    // The sign-in screen: the mark, and the published demo accounts.
    await expect(page.getByTestId('demo-badge')).toContainText('演示数据');
    await expect(page.getByTestId('demo-accounts')).toContainText('zhangwei');
    await expect(page.getByTestId('demo-accounts')).toContainText('Yanshi-2026');
    expect(await databaseNames(page)).toEqual(['airgap-crm', 'airgap-crm-demo']);
    await page.screenshot({ path: 'test-results/screenshots/demo-sign-in-1366.png' });
    expect(await seriousViolations(page), 'demo sign-in').toEqual([]);

    await app.signIn(DEMO_BUSINESS);
    await app.waitForAppState(['ready']);
    await expect(page.getByTestId('app-header')).toContainText('演示研究所（演示数据） · 市场部');
    await expect(page.getByTestId('app-header').getByTestId('demo-badge')).toContainText('演示数据');
    expect(await seriousViolations(page, '[data-testid="app-header"]'), 'demo header').toEqual([]);
    // The demo is graded once (the last batch on the dashboard) and its user is one of the account managers (我的待办 lists work).
    await expect(page.locator('[data-testid="dashboard"][aria-busy="false"]')).toBeVisible();
    await expect(page.getByTestId('last-batch')).toBeVisible();
    await expect(page.getByTestId('my-day-list')).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/demo-dashboard-1366.png', fullPage: true });
    const customers = new CustomersPage(page);
    await customers.gotoList();
    await expect(customers.count()).toContainText('共 200 个客户');
    await expect(page.getByTestId('app-header').getByTestId('demo-badge')).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/demo-customers-1366.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: 'test-results/screenshots/demo-customers-1920.png' });
    // A printed report names the organisation, and the demo's says 演示数据.
    await page.goto('/#/reports');
    await page.getByRole('region', { name: '投诉统计' }).getByRole('button', { name: '打开打印预览' }).click();
    await expect(page.getByTestId('report-sheet')).toContainText('演示研究所（演示数据）');
    await expect(page.getByTestId('app-header').getByTestId('demo-badge')).toBeVisible();

    // 退出演示: confirmed, the demo is deleted and the app is back at the real (never set up) installation.
    await page.getByTestId('app-header').getByRole('button', { name: '退出演示' }).click();
    const dialog = page.getByRole('dialog', { name: '退出演示' });
    await expect(dialog).toContainText('演示数据将全部删除');
    await dialog.getByRole('button', { name: '退出演示' }).click();
    await app.waitForAppState(['setup']);
    await expect(page.getByRole('heading', { name: '首次使用设置' })).toBeVisible();
    await expect(page.getByTestId('demo-badge')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/screenshots/demo-setup-1920.png', fullPage: true });
    await expect.poll(() => databaseNames(page)).toEqual(['airgap-crm']);
    expect(await databaseText(page, 'airgap-crm')).toBe(realBefore);
  });

  test('from a demo cut short, 退出演示 returns to exactly the real archive, its data untouched', async ({ app, page }) => {
    await app.openSetUp();
    const realBefore = await databaseText(page, 'airgap-crm');
    // As a demo load interrupted after the pointer moved but before anything was in it: the app never sets it up.
    await page.evaluate(() => {
      localStorage.setItem('airgap-crm.demo-return', 'airgap-crm');
      localStorage.setItem('airgap-crm.database', 'airgap-crm-demo');
    });
    await page.reload();
    await app.waitForAppState(['setup']);
    await expect(page.getByText('演示数据不完整')).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^单位名称/ })).toHaveCount(0);
    await page.getByTestId('demo-badge').getByRole('button', { name: '退出演示' }).click();
    await page.getByRole('dialog', { name: '退出演示' }).getByRole('button', { name: '退出演示' }).click();
    await app.waitForAppState(['sign-in']);
    await expect.poll(() => databaseNames(page)).toEqual(['airgap-crm']);
    expect(await databaseText(page, 'airgap-crm')).toBe(realBefore);
    await app.signIn();
    await app.waitForAppState(['ready']);
    await app.expectShell();
  });
});
