import { expect, test, type Page } from './fixtures';
import { generateInstallationKeys } from '../../src-renderer/core/keys';
import { ACCOUNTS, KEY_PASSPHRASE, SAMPLE_PROFILE } from './pages/app-page';

/** Every row of the app's `meta` store, as text (what an attacker copying the profile folder would read). */
async function metaText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('airgap-crm');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('meta').objectStore('meta').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(JSON.stringify(request.result));
          };
        };
      }),
  );
}

test.describe('first-run setup', () => {
  test('a new installation asks for the department profile in Chinese', async ({ app, page }) => {
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'setup');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { name: '首次使用设置' })).toBeVisible();
    await expect(page.getByText('数据只保存在这台计算机上')).toBeVisible();
  });

  test('empty and invalid values get Chinese field messages and nothing is saved', async ({ app, page }) => {
    await app.open();
    await app.fillProfile({ organisation: '   ', department: '部'.repeat(101), operatorName: '' });
    await page.getByRole('button', { name: '下一步：用户账户' }).click();
    await expect(page.getByText('请更正标红的字段，尚未保存任何内容')).toBeVisible();
    await expect(page.getByText('此项必填')).toHaveCount(1);
    await expect(page.getByText('内容过长')).toBeVisible();

    // The accounts: a short password, a reused sign-in name and a mistyped repetition are refused together.
    await app.fillProfile(SAMPLE_PROFILE);
    await app.fillKeyPassphrase();
    await page.getByRole('button', { name: '下一步：用户账户' }).click();
    await app.fillAccounts({
      securityAdmin: { ...ACCOUNTS.securityAdmin, setupPassword: 'Ab1-short' },
      auditAdmin: { ...ACCOUNTS.auditAdmin, username: 'SysAdmin' },
    });
    await page
      .getByRole('group', { name: '业务用户' })
      .getByLabel(/^再次输入密码/)
      .fill('Another-2026');
    await page.getByRole('button', { name: '创建账户' }).click();
    await expect(page.getByText('请更正标红的字段，尚未保存任何内容')).toBeVisible();
    await expect(page.getByRole('group', { name: '安全保密管理员' })).toContainText('密码长度不足安全策略的要求');
    await expect(page.getByRole('group', { name: '安全审计员' })).toContainText('该登录名已被使用');
    await expect(page.getByRole('group', { name: '业务用户' })).toContainText('两次输入的密码不一致');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: 'test-results/screenshots/setup-accounts-refused-1366.png', fullPage: true });
    await app.reload();
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'setup');
    await expect(page.getByRole('textbox', { name: /^单位名称/ })).toHaveValue('');
  });

  test('a secret mark needs its period; setup then opens the shell and survives a reload', async ({ app, page }) => {
    await app.open();
    await app.fillProfile({ ...SAMPLE_PROFILE, level: '秘密' });
    await expect(page.getByLabel('保密期限（年）')).toHaveValue('10');
    await page.getByLabel('保密期限（年）').fill('');
    await page.getByRole('button', { name: '下一步：用户账户' }).click();
    await expect(page.getByText('秘密、机密级须注明保密期限')).toBeVisible();
    await page.getByLabel('保密期限（年）').fill('20');
    await app.fillKeyPassphrase();
    await page.getByRole('button', { name: '下一步：用户账户' }).click();
    await app.createAccounts();
    await app.expectShell();
    await expect(page.getByTestId('app-header').getByTestId('classification-mark')).toHaveText('秘密★20年');
    await expect(page.getByRole('heading', { name: '张伟，您好' })).toBeVisible();

    await app.reload();
    await app.expectShell();
    await expect(page.getByTestId('app-header').getByTestId('classification-mark')).toHaveText('秘密★20年');
  });

  // After setup (profiles.setup.ts went through it by the UI): the business user's shell.
  test('navigation shows only the sections that exist', async ({ app, page }) => {
    await app.openSetUp();
    const links = page.getByRole('navigation', { name: '导航' }).getByRole('link');
    await expect(links).toHaveText([
      '工作台',
      '客户档案',
      '导入表格',
      '客户需求',
      '客户分级',
      '投诉反馈',
      '统计分析',
      '数据交换',
      '报表',
      '回收站',
      '系统设置',
    ]);
    await app.goToSettings();
    await expect(page).toHaveURL(/#\/settings$/);
    await app.nav('工作台').click();
    await expect(page.getByRole('heading', { name: '张伟，您好' })).toBeVisible();
  });

  test('the key passphrase: set at first run, asked once per session when a key is needed, a wrong one refused', async ({ app, page }) => {
    test.setTimeout(120_000);
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await app.open();
      await expect(page.getByTestId('setup-key-passphrase')).toContainText('浏览器版没有操作系统的密钥保管功能');
      await page.screenshot({ path: `test-results/screenshots/setup-key-passphrase-${size.width}.png`, fullPage: true });
    }
    await app.fillProfile(SAMPLE_PROFILE);
    await app.fillKeyPassphrase('太短的口令');
    await page.getByRole('button', { name: '下一步：用户账户' }).click();
    await expect(page.getByText('密钥口令至少 10 个字符')).toBeVisible();
    await app.fillKeyPassphrase(KEY_PASSPHRASE, `${KEY_PASSPHRASE}x`);
    await page.getByRole('button', { name: '下一步：用户账户' }).click();
    await expect(page.getByText('两次输入的密钥口令不一致')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'setup');
    await app.fillKeyPassphrase();
    await page.getByRole('button', { name: '下一步：用户账户' }).click();
    await app.createAccounts();
    await app.expectShell();
    const meta = await metaText(page);
    expect(meta).toContain('age1');
    expect(meta).not.toContain('AGE-SECRET-KEY');

    // A new session: the app opens without asking; the first signed export asks, once.
    await app.reload();
    await app.expectShell();
    await app.nav('数据交换').click();
    await page.getByRole('tab', { name: '部门通讯录' }).click();
    let downloads = 0;
    page.on('download', () => void downloads++);
    await page.getByRole('button', { name: '导出本机公钥卡片' }).click();
    const dialog = page.getByRole('dialog', { name: '解锁本机密钥' });
    await dialog.getByLabel(/^密钥口令/).fill('错误的密钥口令 0000');
    await dialog.getByRole('button', { name: '解锁', exact: true }).click();
    await dialog.getByText('密钥口令不正确，密钥仍未解锁').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: 'test-results/screenshots/unlock-keys-wrong-1920.png' });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: 'test-results/screenshots/unlock-keys-wrong-1366.png' });
    expect(downloads).toBe(0);
    const first = page.waitForEvent('download');
    await app.unlockKeys();
    expect((await first).suggestedFilename()).toBe('公钥卡片-市场部.json');
    const second = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出本机公钥卡片' }).click();
    await second;
    await expect(dialog).toHaveCount(0);

    // Forgotten passphrase: the reset says plainly what it means.
    await app.reload();
    await app.expectShell();
    await app.nav('数据交换').click();
    await page.getByRole('tab', { name: '部门通讯录' }).click();
    await page.getByRole('button', { name: '导出本机公钥卡片' }).click();
    await dialog.getByRole('button', { name: '忘记密钥口令？' }).click();
    const reset = page.getByRole('dialog', { name: '重置本机密钥' });
    await expect(reset).toContainText('客户档案等业务数据没有用密钥加密，不会丢失');
    await expect(reset).toContainText('其他部门必须重新导入本机的新公钥卡片');
    await expect(reset.getByRole('button', { name: '重置密钥' })).toBeDisabled();
    await page.screenshot({ path: 'test-results/screenshots/reset-keys-1366.png' });
    await reset.getByRole('button', { name: '取消' }).click();
    await expect(reset).toBeHidden();
  });

  test('keys an older version left in clear (or a restore brought) are sealed at the next start', async ({ app, page }) => {
    test.setTimeout(120_000);
    // An installation set up by the UI (profiles.setup.ts), its business user signed in.
    await app.openSetUp();
    // The row as versions before issue 14.6 wrote it: the secret keys in clear.
    const keys = await generateInstallationKeys();
    await page.evaluate(
      (clearKeys) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('airgap-crm');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('meta', 'readwrite');
            const store = tx.objectStore('meta');
            const read = store.get('installation');
            read.onsuccess = () => {
              const row = read.result as { value: { installationId: string; createdAt: string } };
              store.put({ key: 'installation', value: { installationId: row.value.installationId, createdAt: row.value.createdAt, keys: clearKeys } });
            };
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      keys,
    );
    expect(await metaText(page)).toContain('AGE-SECRET-KEY');
    await app.reload();
    await expect(page.getByRole('heading', { name: '设置密钥口令' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'setup');
    await app.fillKeyPassphrase(KEY_PASSPHRASE, '不一致的密钥口令 1234');
    await page.getByRole('button', { name: '加密保存密钥' }).click();
    await expect(page.getByText('两次输入的密钥口令不一致')).toBeVisible();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: 'test-results/screenshots/seal-clear-keys-1366.png' });
    await app.fillKeyPassphrase();
    await page.getByRole('button', { name: '加密保存密钥' }).click();
    await expect(page.getByRole('heading', { name: '设置密钥口令' })).toBeHidden({ timeout: 30_000 });
    await app.expectShell();
    const meta = await metaText(page);
    expect(meta).toContain(keys.ageRecipient);
    expect(meta).not.toContain('AGE-SECRET-KEY');
    expect(meta).not.toContain(keys.signingSecretKey);
  });
});
