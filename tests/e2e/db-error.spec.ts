import { expect, test } from './fixtures';

test('a database from a newer version is refused with a clear message and left untouched', async ({ app, page }) => {
  await app.openSetUp();
  // Simulate a newer release having upgraded the database (Dexie stores version × 10).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('airgap-crm', 990);
        request.onupgradeneeded = () => request.result.createObjectStore('future');
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await app.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'error');
  await expect(page.getByRole('heading', { name: '无法打开数据库' })).toBeVisible();
  await expect(page.getByText('数据库由更新版本的本软件创建')).toBeVisible();
  await expect(page.getByText('本软件不会自动重置数据库。')).toBeVisible();
  await expect(page.getByRole('button', { name: '从备份恢复' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/db-error-zh-CN-light.png', fullPage: true });
  const profileCount = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('airgap-crm');
        request.onsuccess = () => {
          const count = request.result.transaction('profile').objectStore('profile').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(profileCount).toBe(1);
});
