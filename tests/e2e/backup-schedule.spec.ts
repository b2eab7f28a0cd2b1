import { expect, test } from './fixtures';
import { ACCOUNTS } from './pages/app-page';

/**
 * Scheduled backups in the browser host: no folder can be written, so the section says so, a due
 * backup is offered as a download (reminder), the last result is shown, and the file — locked for
 * this installation's own key — restores with 本机密钥, no passphrase typed.
 */
test('browser: scheduled backup settings, the reminder when due, and a restore with this PC’s key', async ({ app, page }) => {
  test.setTimeout(90_000);
  // Backups are the system administrator's (issue 15.3): the schedule, the reminder and the restore too.
  await app.openSetUp('/', ACCOUNTS.systemAdmin);
  await app.goToSettings();
  const section = page.getByRole('region', { name: '定时备份' });
  await expect(section).toContainText('浏览器版无法直接写入本机文件夹');
  const last = section.getByTestId('backup-last-result');
  await expect(last.getByRole('row', { name: /^上次备份/ })).toContainText('尚未备份');
  await expect(last.getByRole('row', { name: /^下次备份/ })).toContainText('未启用');
  // Mantine's switch input is visually hidden under its track: click it through.
  await section.getByRole('switch', { name: '启用定时备份' }).click({ force: true });
  await expect(section.getByRole('switch', { name: '启用定时备份' })).toBeChecked();
  await section.getByRole('combobox', { name: '备份周期' }).click();
  await page.getByRole('option', { name: '每周' }).click();
  await section.getByRole('textbox', { name: '保留份数' }).fill('3');
  await expect(last.getByRole('row', { name: /^下次备份/ })).not.toContainText('未启用');
  await section.screenshot({ path: 'test-results/screenshots/backup-schedule-zh-CN-light.png' });

  // Enabled and never backed up: due. After a reload the reminder offers the download.
  await app.reload(ACCOUNTS.systemAdmin);
  const reminder = page.getByRole('alert').filter({ hasText: '该备份了' });
  await reminder.waitFor({ timeout: 15_000 });
  await page.screenshot({ path: 'test-results/screenshots/backup-schedule-reminder-zh-CN-light.png' });
  const waiting = page.waitForEvent('download');
  await reminder.getByRole('button', { name: '下载备份' }).click();
  // A backup carries the keys and is signed: after the reload the key passphrase is asked once (issue 14.6).
  await app.unlockKeys();
  const file = await waiting;
  expect(file.suggestedFilename()).toMatch(/^客户档案自动备份-[0-9a-f]{8}-\d{8}-\d{6}\.age$/);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  await app.goToSettings();
  await expect(last.getByRole('row', { name: /^文件/ })).toContainText(file.suggestedFilename());
  await expect(last.getByRole('row', { name: /^大小/ })).toContainText(/约 \d+\.\d MB/);
  await expect(last.getByRole('row', { name: /^错误/ })).toContainText('—');

  // The recovery key: an age identity file.
  const keyDownload = page.waitForEvent('download');
  await section.getByRole('button', { name: '导出恢复密钥' }).click();
  expect((await keyDownload).suggestedFilename()).toMatch(/^恢复密钥-[0-9a-f]{8}\.txt$/);

  // Restore: the file is locked for this installation's key, no passphrase field.
  await page.getByRole('button', { name: '从备份恢复' }).click();
  const dialog = page.getByRole('dialog', { name: '从备份恢复' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: '选择备份文件' }).click();
  await (await chooser).setFiles(path);
  await expect(dialog.getByRole('radio', { name: '本机密钥' })).toBeChecked();
  await expect(dialog.getByLabel('备份口令')).toHaveCount(0);
  await dialog.getByRole('button', { name: '校验并读取' }).click();
  await dialog.getByRole('button', { name: '用此备份替换当前数据' }).waitFor({ timeout: 15_000 });
  await dialog.screenshot({ path: 'test-results/screenshots/backup-schedule-restore-zh-CN-light.png' });
  await dialog.getByRole('button', { name: '取消' }).click();
});
