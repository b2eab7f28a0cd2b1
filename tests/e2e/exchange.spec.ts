import type { Browser, BrowserContextOptions } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, preparePage, test, type Page } from './fixtures';
import { seriousViolations } from './axe';
import { ACCOUNTS, AppPage, KEY_PASSPHRASE, SAMPLE_PROFILE } from './pages/app-page';
import { CustomerPageModel } from './pages/customer-page';
import { CustomersPage } from './pages/customers-page';
import { screenshots } from './pages/screenshots';
import { formCustomer, formManager, seedInstitute } from './pages/seed-institute';
import { ONE_PIXEL_PNG, onePagePdf } from './data/attachment-files';

/**
 * Two departments, two browser contexts (each its own IndexedDB): files go from one to the other
 * through downloads and file choosers, as on removable media.
 */
const PASSPHRASE = '交换口令 correct horse';
const FOLDER = mkdtempSync(join(tmpdir(), 'airgap-exchange-'));

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** Rows of one table in the raw IndexedDB: proves what was (not) written, past any screen. */
async function rowCount(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('airgap-crm');
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
    table,
  );
}

/** What department A attaches to its group: a PDF and an image. */
const ATTACHED = [
  { name: '技术协议.pdf', mimeType: 'application/pdf', buffer: onePagePdf('JSXY-2026-01') },
  { name: '签约现场.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG },
];

/** Each stored attachment's file name → the SHA-256 of the bytes this department holds for it (read raw, hashed in the page). */
async function storedAttachmentHashes(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('airgap-crm');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['attachments', 'attachmentBlobs']);
          const records = tx.objectStore('attachments').getAll();
          const blobs = tx.objectStore('attachmentBlobs').getAll();
          tx.oncomplete = async () => {
            open.result.close();
            const bytesOf = new Map((blobs.result as { sha256: string; blob: Blob }[]).map((b) => [b.sha256, b.blob]));
            const out: Record<string, string> = {};
            for (const r of records.result as { fileName: string; sha256: string }[]) {
              const digest = await crypto.subtle.digest('SHA-256', await bytesOf.get(r.sha256)!.arrayBuffer());
              out[r.fileName] = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
            }
            resolve(out);
          };
        };
      }),
  );
}

async function tab(page: Page, name: '导出' | '导入' | '部门通讯录' | '冲突') {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

async function openExchange(app: AppPage) {
  await app.nav('数据交换').click();
  await expect(app.page.getByRole('heading', { name: '数据交换', level: 2 })).toBeVisible();
}

async function download(page: Page, click: () => Promise<void>, pattern: RegExp): Promise<string> {
  const waiting = page.waitForEvent('download');
  await click();
  // A secret key's first use since the sign-in asks the key passphrase (issue 14.6; every sign-out forgets it, issue
  // 15): the departments here change users, so an export may ask it, or may not when the key is still open.
  const unlock = page.getByRole('dialog', { name: '解锁本机密钥' });
  const asked = await Promise.race([
    waiting.then(() => false),
    unlock.waitFor().then(
      () => true,
      () => false,
    ),
  ]);
  if (asked) {
    await unlock.getByLabel(/^密钥口令/).fill(KEY_PASSPHRASE);
    await unlock.getByRole('button', { name: '解锁', exact: true }).click();
  }
  const file = await waiting;
  expect(file.suggestedFilename()).toMatch(pattern);
  const path = join(FOLDER, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

async function choose(page: Page, button: string, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(path);
}

async function exportFull(page: Page, lock: { passphrase: string } | { recipient: string }, pattern: RegExp): Promise<string> {
  await tab(page, '导出');
  await page.getByRole('radio', { name: '整个档案' }).check();
  // 用途 is asked before any export (issue 15.6): the file gets a 份号, in its name too.
  await page.getByRole('textbox', { name: '用途' }).fill('部门间交换');
  if ('passphrase' in lock) {
    await page.getByRole('radio', { name: '口令' }).check();
    await page.getByLabel('交换口令').fill(lock.passphrase);
    await page.getByLabel('再次输入口令').fill(lock.passphrase);
  } else {
    await page.getByRole('radio', { name: '接收部门公钥' }).check();
    await page.getByRole('combobox', { name: '接收部门（可多选）' }).click();
    await page.getByRole('option', { name: new RegExp(`^${lock.recipient}`) }).click();
    await page.keyboard.press('Escape');
  }
  return download(page, () => page.getByRole('button', { name: '导出并保存' }).click(), pattern);
}

/** Department B (质量部) in a browser context of its own (its own IndexedDB), on the exchange screen. */
async function departmentB(browser: Browser, use: BrowserContextOptions) {
  const contextB = await browser.newContext({ ...use });
  const pageB = await contextB.newPage();
  const appB = new AppPage(pageB, preparePage);
  await appB.openSetUp('/exchange', ACCOUNTS.business, 'B');
  await expect(pageB.getByRole('heading', { name: '数据交换', level: 2 })).toBeVisible();
  return { contextB, pageB, appB };
}

/**
 * The key directory is the security administrator's (issue 15.3): sign out, sign in as 钱敏 and open 部门通讯录, the one tab she sees.
 */
async function asSecurityAdmin(app: AppPage) {
  await app.signOut();
  await app.signIn(ACCOUNTS.securityAdmin);
  await app.waitForAppState(['ready']);
  await openExchange(app);
  await expect(app.page.getByRole('tab')).toHaveText(['部门通讯录']);
}

/** Back to the business user 张伟, on the exchange screen. */
async function asBusinessUser(app: AppPage) {
  await app.signOut();
  await app.signIn(ACCOUNTS.business);
  await app.waitForAppState(['ready']);
  await openExchange(app);
}

/** 导入公钥卡片 → the preview → 指纹已核对，加入通讯录 (the security administrator's directory tab). */
async function addCard(page: Page, card: string, name: string) {
  await choose(page, '导入公钥卡片', card);
  const dialog = page.getByRole('dialog', { name: '导入公钥卡片' });
  await dialog.getByRole('button', { name: /^指纹已核对/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('directory')).toContainText(name);
}

async function editRegion(page: Page, customerId: string, region: string, address?: string) {
  const customers = new CustomersPage(page);
  await page.goto(`/#/customers/${customerId}/edit`);
  await customers.textbox('地区').fill(region);
  if (address !== undefined) await customers.textbox('地址').fill(address);
  await customers.submit();
  await expect(page).toHaveURL(new RegExp(`#/customers/${customerId}$`));
}

test('two departments exchange files: passphrase, key cards, recipients and a conflict', async ({ app, page, browser }, testInfo) => {
  test.setTimeout(120_000);
  // ── department A (市场部) and its customers ────────────────────────────────────────────────
  await app.openSetUp();
  const customersA = new CustomersPage(page);
  const groupId = await customersA.create({ level: '集团', name: '中国航天科技集团有限公司', shortName: '航天科技', type: '军工集团单位', region: '北京' });
  await customersA.create({ level: '集团', name: '中国航空工业集团有限公司', shortName: '航空工业', type: '军工集团单位', region: '北京' });
  // Two files kept with the group (issue 18): they travel in the file, hashed and signed with the records.
  const cpA = new CustomerPageModel(page);
  await cpA.open(groupId);
  await cpA.tab('附件');
  await page
    .getByTestId('customer-attachments')
    .getByTestId('attachment-file-input')
    .setInputFiles(ATTACHED.map(({ name, mimeType, buffer }) => ({ name, mimeType, buffer })));
  const add = page.getByRole('dialog', { name: '添加附件' });
  await cpA.choose(add.getByTestId('attachment-item').first(), '类别', '合同/协议');
  await add.getByTestId('attachments-submit').click();
  const filesA = page.getByTestId('customer-attachments').getByTestId('attachment-list');
  await expect(filesA.getByRole('row')).toHaveCount(3);
  await shot(page, 'attachments-customer-tab');
  // 下载 is a registered export: the 用途 first, then the file as it was attached.
  const downloaded = await download(
    page,
    async () => {
      await filesA.getByRole('button', { name: '下载 技术协议' }).click();
      const dialog = page.getByRole('dialog', { name: '下载附件：技术协议' });
      await dialog.getByTestId('attachment-download-start').click();
      await expect(dialog.getByText('此项必填')).toBeVisible();
      await dialog.getByRole('textbox', { name: '用途' }).fill('交质量部核对');
      await dialog.getByTestId('attachment-download-start').click();
    },
    /^技术协议\.pdf$/,
  );
  expect(readFileSync(downloaded).equals(ATTACHED[0]!.buffer)).toBe(true);
  await openExchange(app);
  await expect(page.getByTestId('export-summary')).toContainText('整个档案：2 个客户');
  expect(await seriousViolations(page), 'export tab').toEqual([]);
  await page.getByRole('radio', { name: /^选定客户/ }).check();
  await page.getByRole('textbox', { name: '查找客户' }).fill('htkj');
  await page.getByRole('button', { name: '中国航天科技集团有限公司' }).click();
  await expect(page.getByTestId('export-summary')).toContainText('选定的 1 个客户');
  await shot(page, 'exchange-export-zh-CN-light');
  await tab(page, '部门通讯录');
  const fingerprintA = (await page.getByTestId('own-fingerprint').textContent())!;
  // At least 128 bits, read aloud in groups: ten groups of four digits (issue 14.8).
  expect(fingerprintA).toMatch(/^[0-9]{4}( [0-9]{4}){9}$/);
  await expect(page.getByTestId('directory-empty')).toBeVisible();
  // The card is signed: the first use of the signing key since the app opened asks the key passphrase (issue 14.6).
  const exportCard = async () => {
    await page.getByRole('button', { name: '导出本机公钥卡片' }).click();
    await app.unlockKeys();
  };
  const cardA = await download(page, exportCard, /^公钥卡片-市场部\.json$/);
  await tab(page, '导出');
  // A passphrase shorter than 10 characters is refused with the backup's message, nothing saved.
  await page.getByRole('radio', { name: '整个档案' }).check();
  await page.getByRole('textbox', { name: '用途' }).fill('部门间交换');
  await page.getByLabel('交换口令').fill('短口令');
  await page.getByLabel('再次输入口令').fill('短口令');
  await page.getByRole('button', { name: '导出并保存' }).click();
  await expect(page.getByRole('tabpanel').getByRole('alert')).toHaveText('口令至少 10 个字符');
  const passphraseFile = await exportFull(page, { passphrase: PASSPHRASE }, /^客户档案-市场部-\d{8}-FH-[0-9A-Z]+-\d{4}-\d{6}\.age$/);

  // ── department B (质量部), another profile ────────────────────────────────────────────────
  const { contextB, pageB, appB } = await departmentB(browser, testInfo.project.use);
  await tab(pageB, '冲突');
  await expect(pageB.getByTestId('conflicts-empty')).toContainText('没有待处理的冲突');
  expect(await seriousViolations(pageB), 'conflicts tab, empty').toEqual([]);
  await tab(pageB, '导入');
  // A file that is no exchange file (random bytes named .age) is refused at once, from its first bytes: nothing is asked.
  const randomFile = join(FOLDER, '客户档案-随机.age');
  writeFileSync(
    randomFile,
    Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251),
  );
  await choose(pageB, '选择交换文件', randomFile);
  const importPanel = pageB.getByRole('tabpanel');
  await expect(importPanel.getByRole('alert')).toContainText('这不是本系统的交换文件（也可能已损坏）。请向发送部门确认文件。');
  await expect(importPanel.getByText('所选文件：客户档案-随机.age')).toBeVisible();
  await expect(importPanel.getByLabel('交换口令')).toHaveCount(0);
  await expect(importPanel.getByRole('button', { name: '读取并预览' })).toHaveCount(0);
  await screenshots(pageB, 'exchange-import-not-exchange-file');
  // A passphrase file asks the exchange passphrase, and nothing else (no choice of how it is locked).
  await choose(pageB, '选择交换文件', passphraseFile);
  await expect(importPanel.getByTestId('import-lock')).toHaveText('这个交换文件用交换口令加密。请输入发送部门另行告知的交换口令。');
  await expect(importPanel.getByRole('radio')).toHaveCount(0);
  await expect(importPanel.getByRole('alert')).toHaveCount(0);
  await pageB.getByLabel('交换口令').fill('错误的口令 wrong one');
  await screenshots(pageB, 'exchange-import-passphrase');
  await pageB.getByRole('button', { name: '读取并预览' }).click();
  // The passphrase's scrypt (age's work factor) first: seconds on a loaded machine.
  await expect(pageB.getByRole('tabpanel').getByRole('alert')).toContainText('交换口令不对，打不开这个文件', { timeout: 20_000 });
  await expect(pageB.getByRole('tabpanel').getByRole('alert')).toContainText('未导入，本库未作任何改动');
  expect(await rowCount(pageB, 'customers')).toBe(0);
  await pageB.getByLabel('交换口令').fill(PASSPHRASE);
  await pageB.getByRole('button', { name: '读取并预览' }).click();
  await expect(pageB.getByTestId('signer-fingerprint')).toHaveText(fingerprintA, { timeout: 15_000 });
  await expect(pageB.getByTestId('import-manifest')).toContainText('航天材料及工艺研究所 · 市场部');
  // No checkbox to accept an unknown signer (issue 14.10), and no key card a business user could add: the
  // security administrator adds it (issue 15.3).
  await expect(pageB.getByRole('checkbox', { name: '我已通过电话核对指纹，接受此签名者' })).toHaveCount(0);
  await expect(pageB.getByRole('button', { name: '选择对方的公钥卡片…' })).toHaveCount(0);
  await expect(pageB.getByTestId('ask-security-admin')).toContainText(`由其电话核对指纹（${fingerprintA}）并加入通讯录后，再导入本文件`);
  await shot(pageB, 'exchange-import-unknown-signer-zh-CN-light');
  expect(await rowCount(pageB, 'departments')).toBe(0);
  await asSecurityAdmin(appB);
  await addCard(pageB, cardA, '市场部');
  await asBusinessUser(appB);
  await tab(pageB, '导入');
  await choose(pageB, '选择交换文件', passphraseFile);
  await pageB.getByLabel('交换口令').fill(PASSPHRASE);
  await pageB.getByRole('button', { name: '读取并预览' }).click();
  await expect(pageB.getByTestId('import-manifest')).toContainText(`市场部（指纹 ${fingerprintA}）`, { timeout: 15_000 });
  const preview = pageB.getByTestId('import-preview');
  await preview.getByRole('row', { name: /^客户 2 0 0 0 0$/ }).waitFor({ timeout: 15_000 });
  expect(await seriousViolations(pageB), 'import preview').toEqual([]);
  await shot(pageB, 'exchange-import-preview-zh-CN-light');
  expect(await rowCount(pageB, 'customers')).toBe(0);
  await expect(pageB.getByTestId('import-attachments')).toContainText('技术协议.pdf');
  await pageB.getByRole('button', { name: '导入', exact: true }).click();
  await expect(pageB.getByRole('tabpanel').getByRole('status')).toContainText('已导入市场部的文件');
  // The files arrived intact: B's stored bytes hash to what A attached (issue 18's done-when).
  expect(await storedAttachmentHashes(pageB)).toEqual(Object.fromEntries(ATTACHED.map((f) => [f.name, createHash('sha256').update(f.buffer).digest('hex')])));
  await expect(pageB.getByTestId('import-report').getByRole('row', { name: /^客户 2 / })).toBeVisible();
  const customersB = new CustomersPage(pageB);
  await customersB.gotoList();
  await expect(customersB.row('中国航天科技集团有限公司')).toBeVisible();
  await expect(customersB.row('中国航空工业集团有限公司')).toBeVisible();
  // …and are found by title, also by pinyin initials (Ctrl+K, issue 18.4), opening the customer's 附件.
  const palette = await new CustomersPage(pageB).openPalette();
  await palette.getByRole('combobox', { name: '查找客户或功能' }).fill('jsxy');
  await palette.getByRole('option', { name: /技术协议/ }).click();
  await expect(pageB.getByTestId('customer-attachments').getByTestId('attachment-list').getByRole('row')).toHaveCount(3);
  // The same file again: every record 未变, nothing new.
  await openExchange(appB);
  await tab(pageB, '导入');
  await choose(pageB, '选择交换文件', passphraseFile);
  await pageB.getByLabel('交换口令').fill(PASSPHRASE);
  // The signer is in the directory now: straight to the preview.
  await pageB.getByRole('button', { name: '读取并预览' }).click();
  await pageB
    .getByTestId('import-preview')
    .getByRole('row', { name: /^客户 0 0 0 2 0$/ })
    .waitFor({ timeout: 15_000 });
  await expect(pageB.getByTestId('import-preview').getByRole('row', { name: /^合计 0 0 0 \d+ 0$/ })).toBeVisible();
  // …and the preview says it was imported before (issue 14.14: per-sender sequence numbers); it may still be imported.
  await expect(pageB.getByTestId('import-replay')).toContainText('本机已经导入过');
  await expect(pageB.getByRole('button', { name: '导入', exact: true })).toBeEnabled();

  // ── (b) key cards both ways (B has A's since its security administrator added it), then a file locked for B's key ─
  // The business user sees the directory read-only: no card to import, nothing to remove; this PC's own card he may save.
  await tab(pageB, '部门通讯录');
  await expect(pageB.getByTestId('directory').getByRole('row', { name: new RegExp(`^市场部 航天材料及工艺研究所 ${fingerprintA}`) })).toBeVisible();
  await expect(pageB.getByTestId('directory-read-only')).toHaveText('部门通讯录由安全保密管理员维护：加入、更新或移出部门，请联系安全保密管理员。');
  await expect(pageB.getByRole('button', { name: '导入公钥卡片' })).toHaveCount(0);
  await expect(pageB.getByRole('button', { name: /移出通讯录$/ })).toHaveCount(0);
  await shot(pageB, 'exchange-directory-read-only-zh-CN-light');
  const fingerprintB = (await pageB.getByTestId('own-fingerprint').textContent())!;
  // The card is signed: B's first use of its signing key since the sign-in asks the key passphrase once (issue 14.6).
  const exportCardB = async () => {
    await pageB.getByRole('button', { name: '导出本机公钥卡片' }).click();
    await appB.unlockKeys();
  };
  const cardB = await download(pageB, exportCardB, /^公钥卡片-质量部\.json$/);
  // A edits its customer first (for the conflict in c), then its security administrator adds B's card.
  await editRegion(page, groupId, '上海');
  await asSecurityAdmin(app);
  await expect(page.getByTestId('directory-empty')).toBeVisible();
  await choose(page, '导入公钥卡片', cardB);
  const dialog = page.getByRole('dialog', { name: '导入公钥卡片' });
  await expect(dialog.getByTestId('card-preview')).toContainText(fingerprintB);
  await expect(dialog).toContainText('将把该部门加入部门通讯录');
  await dialog.getByRole('button', { name: '指纹已核对，加入通讯录' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('directory')).toContainText('质量部');
  expect(await seriousViolations(page), 'directory tab').toEqual([]);
  await shot(page, 'exchange-directory-zh-CN-light');
  // Removing an entry asks first, then hides it (soft delete); the same card adds it back.
  await page.getByRole('button', { name: '将 质量部 移出通讯录' }).click();
  await page.getByRole('dialog', { name: '移出通讯录' }).getByRole('button', { name: '移出通讯录' }).click();
  await expect(page.getByTestId('directory-empty')).toBeVisible();
  await addCard(page, cardB, '质量部');
  await asBusinessUser(app);

  // ── (c) both edit the same customer; A sends it for B's key; B sees the conflict ───────────
  // B also changes the address: two fields differ, merged one from each side below (issue 17.8).
  await editRegion(pageB, groupId, '西安', '西安市雁塔区');
  await openExchange(app);
  const keyFile = await exportFull(page, { recipient: '质量部' }, /^客户档案-市场部-给质量部-\d{8}-FH-[0-9A-Z]+-\d{4}-\d{6}\.age$/);
  await openExchange(appB);
  await tab(pageB, '导入');
  await choose(pageB, '选择交换文件', keyFile);
  // Locked for B's key: no passphrase asked (B's key was unlocked for its card above).
  await expect(pageB.getByTestId('import-lock')).toHaveText('这个交换文件是加密给本部门的，用本机密钥打开，无需输入交换口令。');
  await expect(pageB.getByRole('tabpanel').getByLabel('交换口令')).toHaveCount(0);
  await pageB.getByRole('button', { name: '读取并预览' }).click();
  await expect(pageB.getByTestId('import-manifest')).toContainText(`市场部（指纹 ${fingerprintA}）`);
  await expect(pageB.getByTestId('import-preview').getByRole('row', { name: /^客户 0 0 1 1 0$/ })).toBeVisible();
  await pageB.getByRole('button', { name: '导入', exact: true }).click();
  await expect(pageB.getByRole('tabpanel').getByRole('status')).toContainText('1 条冲突待在“冲突”中处理');
  await tab(pageB, '冲突');
  const conflict = pageB.getByTestId('conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict.getByRole('heading')).toHaveText('客户 · 中国航天科技集团有限公司');
  // Each differing field is a row with a radio per side, named by field and value; the current version is chosen.
  const region = {
    current: conflict.getByRole('radio', { name: '地区：西安（当前版本）' }),
    other: conflict.getByRole('radio', { name: '地区：上海（另一版本）' }),
  };
  await expect(region.current).toBeChecked();
  await expect(region.other).not.toBeChecked();
  await expect(conflict.getByRole('radio', { name: '地址：西安市雁塔区（当前版本）' })).toBeChecked();
  await expect(conflict.getByRole('radio', { name: /^地址：.+（另一版本）$/ })).not.toBeChecked();
  // The conflict names who signed the file: the directory's name for the key and its fingerprint (issue 14.3).
  await expect(conflict.getByTestId('conflict-signer')).toHaveText(`文件签名者：市场部（指纹 ${fingerprintA}）`);
  expect(await seriousViolations(pageB), 'conflicts tab').toEqual([]);
  await shot(pageB, 'exchange-conflicts-zh-CN-light');
  await pageB.getByRole('button', { name: '切换到深色主题' }).click();
  expect(await seriousViolations(pageB), 'conflicts tab, dark').toEqual([]);
  await shot(pageB, 'exchange-conflicts-zh-CN-dark');
  // The region from A, by keyboard (the two radios of a field are one group), the address kept from B.
  await region.current.focus();
  await pageB.keyboard.press('ArrowDown');
  await expect(region.other).toBeChecked();
  await conflict.getByRole('button', { name: '按所选字段合并' }).click();
  await expect(pageB.getByTestId('conflicts-empty')).toBeVisible();
  await expect(pageB.getByTestId('conflict-list')).toBeFocused();
  await pageB.goto(`/#/customers/${groupId}`);
  await expect(pageB.getByText('上海').first()).toBeVisible();
  await expect(pageB.getByText('西安市雁塔区').first()).toBeVisible();
  await expect(pageB.getByText('西安', { exact: true })).toHaveCount(0);
  // An incremental export to 质量部: the first carries everything; once saved, its date is shown.
  await app.nav('工作台').click();
  await openExchange(app);
  await page.getByRole('radio', { name: /^给某部门的增量/ }).check();
  await page.getByRole('combobox', { name: '接收部门', exact: true }).click();
  await page.getByRole('option', { name: /^质量部/ }).click();
  await expect(page.getByTestId('last-export')).toHaveText('尚未给该部门导出过：本次将包含全部记录。');
  await page.getByRole('radio', { name: '接收部门公钥' }).check();
  await page.getByRole('combobox', { name: '接收部门（可多选）' }).click();
  await page.getByRole('option', { name: /^质量部/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: '用途' }).fill('部门间交换');
  await download(page, () => page.getByRole('button', { name: '导出并保存' }).click(), /^客户档案-市场部-给质量部-\d{8}-FH-[0-9A-Z]+-\d{4}-\d{6}\.age$/);
  await expect(page.getByTestId('last-export')).toContainText('上次给该部门导出：');
  await contextB.close();
  expect(SAMPLE_PROFILE.department).toBe('市场部');
});

test('a selection by account manager or by grade; a business user meeting an unknown signer is sent to the security administrator', async ({
  app,
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  // Two managers' customers with the grades an approved grading leaves on them (the `grade` of the customer row),
  // written before the app opens: the forms and the grading are other specs' subject.
  const zhang = formManager('张伟');
  const li = formManager('李娜');
  const graded = (name: string, manager: typeof zhang, grade: string) => ({ ...formCustomer(name, 'research_institute', manager), grade });
  const customers = [graded('中国运载火箭技术研究院', zhang, 'A'), graded('北京航空材料研究院', zhang, 'B'), graded('西安航天动力研究所', li, 'A')];
  await app.openSetUp('/exchange', ACCOUNTS.business, 'A', (p) => seedInstitute(p, { managers: [zhang, li], customers }));
  await expect(page.getByRole('heading', { name: '数据交换', level: 2 })).toBeVisible();
  await page.getByRole('radio', { name: /^选定客户/ }).check();
  await page.getByRole('radiogroup', { name: '选择方式' }).getByText('按客户经理').click();
  await page.getByRole('combobox', { name: '客户经理' }).click();
  await page.getByRole('option', { name: '张伟（2 个客户）' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-summary')).toContainText('张伟 负责的 2 个客户及其全部记录');
  await shot(page, 'exchange-export-by-manager-zh-CN-light');
  await page.getByRole('radiogroup', { name: '选择方式' }).getByText('按客户等级').click();
  await page.getByRole('combobox', { name: '客户等级（当前等级）' }).click();
  await page.getByRole('option', { name: 'A 级（2 个客户）' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-summary')).toContainText('等级为 A 的 2 个客户及其全部记录');
  expect(await seriousViolations(page), 'export by grade').toEqual([]);
  await shot(page, 'exchange-export-by-grade-zh-CN-light');
  await page.getByRole('radio', { name: '口令' }).check();
  await page.getByLabel('交换口令').fill(PASSPHRASE);
  await page.getByLabel('再次输入口令').fill(PASSPHRASE);
  // The signing key is locked since the app opened: the export asks the key passphrase once (issue 14.6).
  const exportFile = async () => {
    await page.getByRole('textbox', { name: '用途' }).fill('部门间交换');
    await page.getByRole('button', { name: '导出并保存' }).click();
    await app.unlockKeys();
  };
  const file = await download(page, exportFile, /^客户档案-市场部-\d{8}-FH-[0-9A-Z]+-\d{4}-\d{6}\.age$/);
  await tab(page, '部门通讯录');
  const fingerprintA = (await page.getByTestId('own-fingerprint').textContent())!;

  // B reads the file: the selection is in its manifest; its signer is unknown, and only the security
  // administrator adds a key card (issue 15.3): the business user is told so, nothing is written.
  const { contextB, pageB } = await departmentB(browser, testInfo.project.use);
  await tab(pageB, '导入');
  await choose(pageB, '选择交换文件', file);
  await pageB.getByLabel('交换口令').fill(PASSPHRASE);
  await pageB.getByRole('button', { name: '读取并预览' }).click();
  await expect(pageB.getByTestId('signer-fingerprint')).toHaveText(fingerprintA, { timeout: 15_000 });
  await expect(pageB.getByTestId('import-manifest')).toContainText('等级 A 的 2 个客户');
  await expect(pageB.getByTestId('ask-security-admin')).toContainText('部门通讯录由安全保密管理员维护');
  await expect(pageB.getByTestId('signer-card-step')).toHaveCount(0);
  expect(await seriousViolations(pageB), 'unknown signer, business user').toEqual([]);
  expect(await rowCount(pageB, 'departments')).toBe(0);
  expect(await rowCount(pageB, 'customers')).toBe(0);
  await contextB.close();
});
