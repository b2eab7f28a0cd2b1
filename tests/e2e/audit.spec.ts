import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { screenshots } from './pages/screenshots';
import { ACCOUNTS } from './pages/app-page';

/**
 * 审计日志 (issue 15.5): the audit administrator reads the sign-ins of the prepared installation, filters
 * them by user and action, verifies the chain (完整), exports the log as a signed file that the CLI
 * verifies; then an entry changed by hand in IndexedDB is named by the next verification, and the auditor
 * acknowledges it and re-anchors the chain (the break stays named, as acknowledged). A business
 * user has no 审计日志 at all.
 */
const PASSPHRASE = '审计导出口令 audit 2026';

const column = (page: Page, n: number) => page.getByTestId('audit-table').locator(`tbody tr td:nth-child(${n})`);

async function pick(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Rewrites one stored audit entry behind the app's back, as someone with the profile folder could. */
async function alterEntry(page: Page, seq: number) {
  await page.evaluate(
    (target) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('airgap-crm');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('audit', 'readwrite').objectStore('audit');
          const read = store.get(target);
          read.onsuccess = () => {
            const write = store.put({ ...read.result, userName: '王五' });
            write.onsuccess = () => {
              open.result.close();
              resolve();
            };
            write.onerror = () => reject(write.error);
          };
        };
      }),
    seq,
  );
}

test('the auditor filters, verifies and exports the audit log; an entry changed by hand is named, then acknowledged and re-anchored', async ({ app, page }) => {
  test.setTimeout(90_000);
  await app.openSetUp();
  await expect(app.nav('客户档案')).toBeVisible();
  await expect(app.nav('审计日志')).toHaveCount(0);

  await app.signOut();
  await app.signIn(ACCOUNTS.auditAdmin);
  await app.waitForAppState(['ready']);
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  await expect(
    column(page, 4)
      .filter({ hasText: /^登录$/ })
      .first(),
  ).toBeVisible();

  await pick(page, '用户', '张伟（zhangwei）');
  await pick(page, '操作', '登录');
  await expect(column(page, 3).first()).toHaveText('张伟');
  expect(new Set(await column(page, 3).allTextContents())).toEqual(new Set(['张伟']));
  expect(new Set(await column(page, 4).allTextContents())).toEqual(new Set(['登录']));
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(column(page, 3).filter({ hasText: '孙丽' }).first()).toBeVisible();

  await page.getByRole('button', { name: '核验日志链' }).click();
  const verdict = page.getByTestId('audit-verify');
  await expect(verdict).toContainText(/日志链完整\d+ 条记录，\d+ 个签名检查点/);
  const checkpoints = async () => Number(/(\d+) 个签名检查点/.exec((await verdict.textContent())!)![1]);
  const signedBefore = await checkpoints();
  await screenshots(page, 'audit-log');

  await page.getByRole('button', { name: '导出审计日志' }).click();
  const dialog = page.getByRole('dialog', { name: '导出审计日志' });
  // 用途 is asked before any export (issue 15.6): the file gets a 份号, in its name too.
  await dialog.getByRole('textbox', { name: '用途' }).fill('年度安全审计');
  await dialog.getByLabel('导出口令').fill(PASSPHRASE);
  await dialog.getByLabel('再次输入口令').fill(PASSPHRASE);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '开始导出' }).click();
  await app.unlockKeys();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^审计日志-市场部-\d{8}-\d{4}-FH-[0-9A-Z]+-\d{4}-\d{6}\.age$/);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  await expect(dialog).toBeHidden();
  // The export is itself an entry, and it is the newest row.
  await expect(column(page, 4).first()).toHaveText('导出审计日志');
  const passphraseFile = test.info().outputPath('passphrase.txt');
  writeFileSync(passphraseFile, PASSPHRASE);
  expect(execFileSync('node', ['scripts/archive.mjs', 'verify', path, '--passphrase-file', passphraseFile], { encoding: 'utf8' })).toMatch(/intact/);

  // The keys were unlocked for the export: the checkpoint runner has signed the log's head since (setup signed the first).
  await page.getByRole('button', { name: '核验日志链' }).click();
  await expect(verdict).toContainText('日志链完整');
  expect(await checkpoints()).toBeGreaterThan(signedBefore);
  await alterEntry(page, 3);
  await page.getByRole('button', { name: '核验日志链' }).click();
  await expect(verdict).toContainText('第 3 条记录被改动');
  await screenshots(page, 'audit-log-broken');

  // 确认并重新锚定: a reason is required; then the break stays named, as acknowledged, and the chain after it holds.
  await verdict.getByRole('button', { name: '确认并重新锚定' }).click();
  const reAnchor = page.getByRole('dialog', { name: '确认并重新锚定' });
  await reAnchor.getByRole('button', { name: '确认并重新锚定' }).click();
  await expect(reAnchor).toContainText('请填写确认原因');
  await reAnchor.getByRole('textbox', { name: /^确认原因/ }).fill('第 3 条记录被改动，日志已导出交保密办（处理单 2026-12）');
  await screenshots(page, 'audit-re-anchor');
  await reAnchor.getByRole('button', { name: '确认并重新锚定' }).click();
  await expect(reAnchor).toBeHidden({ timeout: 20_000 });
  await expect(column(page, 4).first()).toHaveText('确认篡改并重新锚定');
  await expect(verdict).toContainText('日志链完整', { timeout: 20_000 });
  const acknowledged = page.getByTestId('audit-acknowledged');
  await expect(acknowledged).toContainText('第 3 条记录被改动。');
  await expect(acknowledged).toContainText('孙丽 于');
  await expect(acknowledged).toContainText('原因：第 3 条记录被改动，日志已导出交保密办（处理单 2026-12）');
  await screenshots(page, 'audit-log-re-anchored');
});
