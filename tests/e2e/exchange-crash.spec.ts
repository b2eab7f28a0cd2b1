import { chromium, type BrowserContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { expect, preparePage, test, type Page } from './fixtures';
import { ACCOUNTS, AppPage, DEPARTMENT_PROFILES, interceptFileChoosers } from './pages/app-page';
import { makeInstitute, seedInstitute, type SeededInstitute } from './pages/seed-institute';
import { MAX_RECORDS_PER_ENTRY } from '../../src-renderer/core/change-log';

/**
 * Issue 7's crash test: the browser is killed (SIGKILL, the whole process group) while
 * `applyImport`'s one transaction is running (the preview's staged records are being applied);
 * reopened on the same profile, department B holds exactly what it held before (the staged rows
 * are still there, never data), and the same file then imports completely and leaves no staged row.
 *
 * Playwright's persistent context hides its browser process, so the crash run launches Chromium
 * itself on the profile and connects over CDP: then the pid is ours to kill.
 */
const PASSPHRASE = '交换口令 correct horse';
const B_PROFILE = DEPARTMENT_PROFILES.B;
const B_CUSTOMERS = ['中国航天科技集团有限公司', '中国电子科技集团有限公司'];
/**
 * Enough customers that the apply takes seconds: the kill must land inside the transaction (the lock is
 * seen after 400 ms). 4,000 apply in about 3.4 s on an idle CI machine, longer on a loaded one; 12,000
 * took 10 s and made this the slowest e2e test (99 s of CI's 15 minutes).
 */
const FILE_CUSTOMERS = 4_000;

type Snapshot = { customers: string[]; changes: number };

/** B's customers (names, sorted) and change-log size, read from the raw IndexedDB past any screen. */
async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(
    () =>
      new Promise<Snapshot>((resolve, reject) => {
        const open = indexedDB.open('airgap-crm');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['customers', 'changes']);
          const names = tx.objectStore('customers').getAll();
          const changes = tx.objectStore('changes').count();
          tx.oncomplete = () => {
            open.result.close();
            resolve({ customers: (names.result as { name: string }[]).map((c) => c.name).sort(), changes: changes.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Rows in the import's staging table (data/exchange/staging.ts): the preview's parked records. */
async function stagedRows(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('airgap-crm');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('importStaging').objectStore('importStaging').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/**
 * True while a read-write transaction holds the change log: a read-only transaction on it, from
 * another tab, cannot start until that one commits or aborts (IndexedDB's scheduling rule).
 */
async function changeLogLocked(probe: Page): Promise<boolean> {
  return probe.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('airgap-crm');
        open.onsuccess = () => {
          const timer = setTimeout(() => resolve(true), 400);
          const request = open.result.transaction('changes').objectStore('changes').count();
          request.onsuccess = () => {
            clearTimeout(timer);
            open.result.close();
            resolve(false);
          };
        };
      }),
  );
}

/**
 * Customers of the core's synthetic institute (seed-institute.ts), each a valid record: `names.length` copies of one
 * group (new ids, these names, no manager), for IndexedDB before the app opens (openPrepared's beforeOpen).
 */
function groups(names: readonly string[]): SeededInstitute {
  const [model] = makeInstitute({ customers: 1, contacts: 0, interactions: 0, complaints: 0 }, 7).customers;
  const customers = names.map((name) => ({ ...model!, id: randomUUID(), name, shortName: null, parentId: null, managerId: null, managerName: null }));
  return { customers } as unknown as SeededInstitute;
}

/**
 * Department A with one customer and FILE_CUSTOMERS copies of it (new ids and names), exported whole, and A's key card.
 * The app has no test hooks; the customers go straight into A's IndexedDB before the app opens (typing one and
 * reloading to read the copies cost a page load and a second sign-in).
 */
async function bigExchangeFile(app: AppPage, folder: string): Promise<{ file: string; card: string }> {
  const page = app.page;
  const names = ['西北工业集团有限公司', ...Array.from({ length: FILE_CUSTOMERS }, (_, i) => `西北工业集团有限公司${i}`)];
  await app.openSetUp('/', ACCOUNTS.business, 'A', (p) => seedInstitute(p, groups(names)));
  await app.nav('数据交换').click();
  await expect(page.getByTestId('export-summary')).toContainText(`整个档案：${FILE_CUSTOMERS + 1} 个客户`, { timeout: 15_000 });
  await page.getByRole('radio', { name: '整个档案' }).check();
  await page.getByRole('radio', { name: '口令' }).check();
  await page.getByLabel('交换口令').fill(PASSPHRASE);
  await page.getByLabel('再次输入口令').fill(PASSPHRASE);
  const waiting = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('textbox', { name: '用途' }).fill('部门间交换');
  await page.getByRole('button', { name: '导出并保存' }).click();
  // The signing key is locked since the sign-in: asked once (issue 14.6).
  await app.unlockKeys();
  const path = join(folder, 'big.age');
  await (await waiting).saveAs(path);
  // A signer is read only once its key card is in the receiver's directory (issue 14.10).
  await page.getByRole('tab', { name: '部门通讯录' }).click();
  const cardDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出本机公钥卡片' }).click();
  const card = join(folder, 'card-a.json');
  await (await cardDownload).saveAs(card);
  return { file: path, card };
}

/**
 * B's security administrator adds A's key card to its directory (the directory is hers, issue 15.3), as an
 * institute does once, before any file of A is read.
 */
async function addCard(app: AppPage, card: string) {
  const page = app.page;
  await app.signOut();
  await app.signIn(ACCOUNTS.securityAdmin);
  await app.nav('数据交换').click();
  await page.getByRole('tab', { name: '部门通讯录' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入公钥卡片' }).click();
  await (await chooser).setFiles(card);
  const dialog = page.getByRole('dialog', { name: '导入公钥卡片' });
  await dialog.getByRole('button', { name: '指纹已核对，加入通讯录' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('directory')).toContainText('市场部');
}

/** Chromium launched by us on the profile, with the CDP endpoint it prints. */
async function launchOwnChromium(profileDir: string): Promise<{ process: ChildProcess; context: BrowserContext }> {
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--headless', '--lang=zh-CN', `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return { process: child, context: browser.contexts()[0]! };
}

/** Chooses the file and unlocks it (its signer is in the directory): the preview is shown, nothing written yet. */
async function previewFile(page: Page, path: string) {
  await page.getByRole('tab', { name: '导入' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择交换文件' }).click();
  await (await chooser).setFiles(path);
  await page.getByLabel('交换口令').fill(PASSPHRASE);
  await page.getByRole('button', { name: '读取并预览' }).click();
  await expect(page.getByTestId('import-preview').getByRole('row', { name: new RegExp(`^客户 ${FILE_CUSTOMERS + 1} 0 0 0 0$`) })).toBeVisible({
    timeout: 30_000,
  });
}

test('a browser killed in the middle of an import reopens with exactly the data from before; the same import then succeeds', async ({ app, baseURL }) => {
  test.setTimeout(150_000);
  const folder = mkdtempSync(join(tmpdir(), 'airgap-crash-'));
  const profileDir = join(folder, 'profile-b');
  const launchB = () => chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, baseURL, locale: 'zh-CN' });
  let own: ChildProcess | null = null;
  let contextB: BrowserContext | null = null;
  try {
    const { file, card } = await bigExchangeFile(app, folder);

    // ── department B and its customers, on a persistent profile ─────────────────────────────
    contextB = await launchB();
    let appB = new AppPage(contextB.pages()[0] ?? (await contextB.newPage()), preparePage);
    // B's own customers, written before the app opens (as A's).
    await appB.openSetUp('/', ACCOUNTS.business, 'B', (p) => seedInstitute(p, groups(B_CUSTOMERS)));
    await addCard(appB, card);
    const before = await snapshot(appB.page);
    expect(before.customers).toEqual([...B_CUSTOMERS].sort());
    await contextB.close();

    // ── the crash: SIGKILL while applyImport's transaction holds the change log ──────────────
    const crash = await launchOwnChromium(profileDir);
    own = crash.process;
    const page = crash.context.pages()[0] ?? (await crash.context.newPage());
    interceptFileChoosers(page);
    await page.goto(`${baseURL}#/exchange`);
    await new AppPage(page).signIn();
    await expect(page.getByRole('heading', { name: '数据交换', level: 2 })).toBeVisible();
    await previewFile(page, file);
    const probe = await crash.context.newPage();
    await probe.goto(`${baseURL}#/`);
    expect(await changeLogLocked(probe), 'nothing holds the change log before the import').toBe(false);
    // The preview parked the records in the staging table (its only writes); the apply reads them in its transaction.
    expect(await stagedRows(probe), 'the preview staged the file').toBeGreaterThan(1);
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => changeLogLocked(probe), { timeout: 20_000, intervals: [0] }).toBe(true);
    await expect(page.getByRole('tabpanel').getByRole('status'), 'the import had not finished when the browser was killed').toHaveCount(0);
    process.kill(-own.pid!, 'SIGKILL');
    await new Promise((resolve) => own!.once('exit', resolve));
    own = null;

    // ── reopened: exactly the before-state; then the same file imports completely ─────────────
    contextB = await launchB();
    appB = new AppPage(contextB.pages()[0] ?? (await contextB.newPage()));
    await appB.open();
    await appB.expectShell(B_PROFILE);
    expect(await snapshot(appB.page), 'B after the crash').toEqual(before);
    // The apply's deletion of the staged rows was rolled back with the rest: they wait for the next preview.
    expect(await stagedRows(appB.page), 'staging after the crash').toBeGreaterThan(1);
    await appB.nav('数据交换').click();
    await previewFile(appB.page, file);
    await appB.page.getByRole('button', { name: '导入', exact: true }).click();
    await expect(appB.page.getByRole('tabpanel').getByRole('status')).toContainText('已导入市场部的文件', { timeout: 60_000 });
    const after = await snapshot(appB.page);
    expect(after.customers).toHaveLength(B_CUSTOMERS.length + FILE_CUSTOMERS + 1);
    expect(await stagedRows(appB.page), 'the new preview cleared the leftovers, the apply its own rows').toBe(0);
    expect(after.customers).toEqual(expect.arrayContaining(B_CUSTOMERS));
    // The new customers are logged as create entries of one origin and operator (data/exchange/apply.ts), at most
    // MAX_RECORDS_PER_ENTRY ids each so that a backup's change-log line stays within the archive format's line limit.
    expect(after.changes).toBe(before.changes + Math.ceil((FILE_CUSTOMERS + 1) / MAX_RECORDS_PER_ENTRY));
  } finally {
    await contextB?.close();
    if (own?.pid) process.kill(-own.pid, 'SIGKILL');
    rmSync(folder, { recursive: true, force: true, maxRetries: 5 });
  }
});
