import { expect, preparePage, test, type Page } from './fixtures';
import { ACCOUNTS, AppPage } from './pages/app-page';

const PASSPHRASE = '正确的口令 correct horse';

/** A backup as the first use of the keys after the app opened: the key passphrase is asked once (issue 14.6). */
async function createBackup(app: AppPage, page: Page): Promise<string> {
  await app.goToSettings();
  await page.getByRole('button', { name: '创建备份' }).click();
  const dialog = page.getByRole('dialog', { name: '创建备份' });
  // Every dialog's close button is named (theme default), this one included.
  await expect(dialog.getByRole('button', { name: '关闭' })).toBeVisible();
  // 用途 is asked before any export (issue 15.6): the file gets a 份号, in its name too.
  await dialog.getByRole('textbox', { name: '用途' }).fill('月度备份');
  await dialog.getByLabel('备份口令').fill(PASSPHRASE);
  await dialog.getByLabel('再次输入口令').fill(PASSPHRASE);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '开始备份' }).click();
  await app.unlockKeys();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^客户档案备份-市场部-\d{8}-\d{4}-FH-[0-9A-Z]+-\d{4}-\d{6}\.age$/);
  // In the test's own output folder (test-results/e2e, cleared at each run), not a temp folder left behind.
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  await expect(page.getByText(/备份已保存：客户档案备份-市场部-/)).toBeVisible();
  return path;
}

/** This installation's id and signing-key fingerprint, as Settings → 本机信息 shows them. */
async function ownInstallation(app: AppPage, page: Page) {
  await app.goToSettings();
  const info = (await page.getByRole('region', { name: '本机信息' }).textContent())!;
  return { id: info.match(/[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/)![0], fingerprint: info.match(/[0-9]{4}( [0-9]{4}){9}/)![0] };
}

async function openBackup(page: Page, path: string, passphrase: string) {
  const dialog = page.getByRole('dialog', { name: '从备份恢复' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: '选择备份文件' }).click();
  await (await chooser).setFiles(path);
  await dialog.getByLabel('备份口令').fill(passphrase);
  await dialog.getByRole('button', { name: '校验并读取' }).click();
  return dialog;
}

// Backups and restores are the system administrator's (issue 15.3); the profile is the security administrator's.
test.describe('backup and restore', () => {
  test.setTimeout(90_000);

  test('back up, change, refuse a wrong passphrase, then restore what was backed up', async ({ app, page }) => {
    await app.openSetUp('/', ACCOUNTS.systemAdmin);
    const path = await createBackup(app, page);

    await app.signOut();
    await app.signIn(ACCOUNTS.securityAdmin);
    await app.goToSettings();
    await page.getByRole('textbox', { name: /^部门/ }).fill('质量部');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByTestId('app-header')).toContainText('航天材料及工艺研究所 · 质量部');
    await app.signOut();
    await app.signIn(ACCOUNTS.systemAdmin);
    await app.goToSettings();

    await page.getByRole('button', { name: '从备份恢复' }).click();
    // Signing out forgot the installation's keys (the next user types the key passphrase): asked once again.
    await app.unlockKeys();
    let dialog = await openBackup(page, path, '错误的口令 wrong one');
    await expect(dialog.getByRole('alert')).toContainText('口令或密钥不正确，无法解密');
    await expect(dialog.getByRole('alert')).toContainText('恢复失败，当前数据未作任何改动');
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('app-header')).toContainText('质量部');

    await page.getByRole('button', { name: '从备份恢复' }).click();
    dialog = await openBackup(page, path, PASSPHRASE);
    await dialog.getByText('备份文件完整，签名有效').waitFor({ timeout: 20_000 });
    const summary = dialog.getByTestId('restore-summary');
    await expect(summary).toContainText('航天材料及工艺研究所 · 市场部');
    await expect(summary).toContainText('部门信息 1');
    await expect(summary).toContainText('修改记录 1');
    await expect(summary).toContainText(/[0-9]{4}( [0-9]{4}){9}/);
    // This installation's own backup: no warning about another one, its identity stays.
    await expect(dialog.getByTestId('restore-foreign')).toHaveCount(0);
    await expect(dialog.getByTestId('restore-replaces')).toContainText('本机的安装编号和密钥：与备份中的相同，不变');
    await page.screenshot({ path: 'test-results/screenshots/restore-summary-zh-CN-light.png' });
    // Confirming reloads the app on the restored database.
    await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: '用此备份替换当前数据' }).click()]);
    await app.expectShell();
    await expect(page.getByTestId('app-header')).toContainText('航天材料及工艺研究所 · 市场部');
  });

  test('a backup made by another installation is told apart, with both fingerprints and what it replaces', async ({ app, page, browser }, testInfo) => {
    test.setTimeout(150_000);
    await app.openSetUp('/', ACCOUNTS.systemAdmin);
    const other = await ownInstallation(app, page);
    const path = await createBackup(app, page);

    // Another PC (its own browser profile: its own installation id and keys) restores that backup.
    const contextB = await browser.newContext({ ...testInfo.project.use });
    const pageB = await contextB.newPage();
    const appB = new AppPage(pageB, preparePage);
    await appB.openSetUp('/', ACCOUNTS.systemAdmin, 'B');
    const own = await ownInstallation(appB, pageB);
    expect(own.fingerprint).not.toBe(other.fingerprint);
    await pageB.getByRole('button', { name: '从备份恢复' }).click();
    await appB.unlockKeys();
    const dialog = await openBackup(pageB, path, PASSPHRASE);
    // Two browsers deriving a scrypt key on a loaded 2-core machine: allow it time.
    await dialog.getByText('备份文件完整，签名有效').waitFor({ timeout: 60_000 });
    await expect(dialog.getByTestId('restore-foreign')).toHaveText('此备份由另一台安装签名，不是本机的备份');
    const impact = dialog.getByTestId('restore-impact');
    await expect(impact).toContainText(`备份来自安装编号 ${other.id}，其签名指纹：${other.fingerprint}`);
    await expect(impact).toContainText(`本机安装编号 ${own.id}，本机签名指纹：${own.fingerprint}`);
    const replaces = dialog.getByTestId('restore-replaces');
    await expect(replaces).toContainText(`本机的安装编号和密钥：换成备份中那台安装的（编号 ${other.id}）`);
    await expect(replaces).toContainText('部门通讯录（信任哪些签名者）：当前 0 个部门，换成备份中的 0 条');
    await expect(replaces).toContainText('全部档案记录（客户、部门信息等）：换成备份中的 1 条记录和 1 条修改记录');
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await pageB.setViewportSize({ width, height });
      await pageB.screenshot({ path: `test-results/screenshots/restore-foreign-${width}-zh-CN-light.png` });
    }
    // Nothing is replaced until the user confirms; the confirm button says what it does.
    await expect(dialog.getByRole('button', { name: '用另一台安装的备份替换本机数据和身份' })).toBeVisible();
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toBeHidden();
    expect((await ownInstallation(appB, pageB)).id).toBe(own.id);
    await contextB.close();
  });

  // The refused passphrases save nothing; the dialog closed, a real backup is made, tampered with and refused.
  test('a short or mismatched passphrase is refused and nothing is saved; then a tampered backup file is refused', async ({ app, page }) => {
    await app.openSetUp('/', ACCOUNTS.systemAdmin);

    await test.step('a short or mismatched passphrase is refused and nothing is saved', async () => {
      await app.goToSettings();
      await page.getByRole('button', { name: '创建备份' }).click();
      const dialog = page.getByRole('dialog', { name: '创建备份' });
      let downloads = 0;
      page.on('download', () => downloads++);
      // Without a purpose nothing starts (issue 15.6): the message is under the field.
      await dialog.getByRole('button', { name: '开始备份' }).click();
      await expect(dialog.getByText('此项必填')).toBeVisible();
      await dialog.getByRole('textbox', { name: '用途' }).fill('月度备份');
      await dialog.getByLabel('备份口令').fill('短口令');
      await dialog.getByLabel('再次输入口令').fill('短口令');
      await dialog.getByRole('button', { name: '开始备份' }).click();
      await expect(dialog.getByRole('alert')).toHaveText('口令至少 10 个字符');
      await dialog.getByLabel('备份口令').fill(PASSPHRASE);
      await dialog.getByLabel('再次输入口令').fill(`${PASSPHRASE}!`);
      await dialog.getByRole('button', { name: '开始备份' }).click();
      await expect(dialog.getByRole('alert')).toHaveText('两次输入的口令不一致');
      expect(downloads).toBe(0);
      await dialog.getByRole('button', { name: '关闭' }).click();
      await expect(dialog).toBeHidden();
    });

    await test.step('a tampered backup file is refused with a clear message', async () => {
      const path = await createBackup(app, page);
      const { readFileSync, writeFileSync } = await import('node:fs');
      const bytes = readFileSync(path);
      bytes[bytes.length - 40]! ^= 0x01; // inside the last (authenticated) chunk of the payload
      writeFileSync(path, bytes);
      await page.getByRole('button', { name: '从备份恢复' }).click();
      const dialog = await openBackup(page, path, PASSPHRASE);
      await expect(dialog.getByRole('alert')).toContainText('恢复失败，当前数据未作任何改动');
      await expect(dialog.getByRole('alert')).toContainText(/已损坏|被篡改/);
    });
  });

  test('when the database cannot be opened, a backup restores beside it', async ({ app, page }) => {
    await app.openSetUp('/', ACCOUNTS.systemAdmin);
    const path = await createBackup(app, page);
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
    await expect(page.getByRole('heading', { name: '无法打开数据库' })).toBeVisible();
    await page.getByRole('button', { name: '从备份恢复' }).click();
    const dialog = await openBackup(page, path, PASSPHRASE);
    await dialog.getByText('无法打开的原数据库保留不动，不会被删除。').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: 'test-results/screenshots/restore-from-error-zh-CN-light.png' });
    await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: '用此备份替换当前数据' }).click()]);
    await app.expectShell();
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).toContain('airgap-crm');
    expect(names.some((n) => n?.startsWith('airgap-crm-restore-'))).toBe(true);
  });
});
