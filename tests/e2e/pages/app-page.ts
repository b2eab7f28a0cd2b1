import { expect, type BrowserContext, type Page } from '@playwright/test';

export interface ProfileInput {
  organisation: string;
  department: string;
  operatorName: string;
  /** Chinese label of the level in the select, e.g. 内部 or 秘密. */
  level?: string;
}

export const SAMPLE_PROFILE: ProfileInput = { organisation: '航天材料及工艺研究所', department: '市场部', operatorName: '张伟' };

/**
 * The key passphrase every e2e installation is set up with (issue 14.6): the browser has no OS key store, so
 * setup asks one, and the first use of a secret key after a reload asks it once (unlockKeys).
 */
export const KEY_PASSPHRASE = '测试用的密钥口令 2026';

/**
 * Playwright turns on file-chooser interception when a listener is added, by a protocol call that a click can
 * overtake on a loaded machine: the chooser then opens un-intercepted, is cancelled in headless mode, and the
 * test's waitForEvent('filechooser') waits in vain (seen once in CI: 从备份恢复 → 选择备份文件). A listener from
 * the page's start has interception on before any click; tests still wait for each chooser as before.
 */
export function interceptFileChoosers(page: Page): void {
  page.on('filechooser', () => {});
}

/** Puts a profile that went through setup (SAMPLE_PROFILE, KEY_PASSPHRASE) into a context: see fixtures.ts. */
export type PreparedProfile = (context: BrowserContext) => Promise<void>;

/** What a user does with the app shell, setup and settings, in the words of the zh-CN UI. */
export class AppPage {
  constructor(
    readonly page: Page,
    private readonly prepared?: PreparedProfile,
  ) {
    interceptFileChoosers(page);
  }

  /**
   * The app as a user finds it the day after setup (SAMPLE_PROFILE, keys sealed with KEY_PASSPHRASE and
   * not yet unlocked this session): the first action that needs a secret key asks it (unlockKeys).
   */
  async openSetUp(path = '/') {
    if (!this.prepared) throw new Error('this AppPage has no prepared profile (fixtures.ts)');
    await this.prepared(this.page.context());
    // Playwright's restore awaits its IndexedDB writes but not their transaction's commit: once in CI the app
    // started before it and met an empty database (the setup page). The row is seen here first, from a page of the
    // origin that does not open the database itself (an unknown path: the server's 404).
    await this.page.goto('/prepared-profile-check');
    await expect
      .poll(
        () =>
          this.page.evaluate(async () => {
            if (!(await indexedDB.databases()).some((d) => d.name === 'airgap-crm')) return false;
            return new Promise<boolean>((resolve) => {
              const open = indexedDB.open('airgap-crm');
              open.onerror = () => resolve(false);
              open.onsuccess = () => {
                const db = open.result;
                const request = db.transaction('meta').objectStore('meta').get('installation');
                request.onsuccess = () => {
                  db.close();
                  resolve(request.result !== undefined);
                };
                request.onerror = () => {
                  db.close();
                  resolve(false);
                };
              };
            });
          }),
        { message: 'the prepared profile is in IndexedDB' },
      )
      .toBe(true);
    await this.open(path);
    await this.expectShell();
  }

  async open(path = '/') {
    await this.page.goto(path === '/' ? '/' : `/#${path}`);
    await expect(this.page.locator('html[data-app-state]')).toBeAttached();
  }

  appState() {
    return this.page.locator('html').getAttribute('data-app-state');
  }

  async fillProfile(profile: Partial<ProfileInput>) {
    const p = this.page;
    if (profile.organisation !== undefined) await p.getByRole('textbox', { name: /^单位名称/ }).fill(profile.organisation);
    if (profile.department !== undefined) await p.getByRole('textbox', { name: /^部门/ }).fill(profile.department);
    if (profile.operatorName !== undefined) await p.getByRole('textbox', { name: /^操作员姓名/ }).fill(profile.operatorName);
    if (profile.level) {
      await p.getByRole('combobox', { name: '默认密级标志' }).click();
      await p.getByRole('option', { name: profile.level, exact: true }).click();
    }
  }

  async fillKeyPassphrase(passphrase = KEY_PASSPHRASE, confirmation = passphrase) {
    // By position, so that it serves every locale: the new passphrase, then its repetition.
    const fields = this.page.getByTestId('key-passphrase-fields').locator('input[type="password"]');
    await fields.nth(0).fill(passphrase);
    await fields.nth(1).fill(confirmation);
  }

  async completeSetup(profile: ProfileInput = SAMPLE_PROFILE) {
    await expect(this.page.getByRole('heading', { name: '首次使用设置' })).toBeVisible();
    await this.fillKeyPassphrase();
    await this.fillProfile(profile);
    await this.page.getByRole('button', { name: '完成设置' }).click();
    await this.expectShell(profile);
  }

  /** After 完成设置 in any locale: setup seals the keys with scrypt (about a second, longer on a busy machine). */
  async waitForSetupDone() {
    await expect(this.page.locator('html')).toHaveAttribute('data-app-state', 'ready', { timeout: 20_000 });
  }

  /**
   * The shell. A restored backup brings the keys in clear (they travel inside the encrypted backup): the
   * browser then asks a key passphrase to seal them before anything else, and this types the suite's, as a user would.
   */
  async expectShell(profile: ProfileInput = SAMPLE_PROFILE) {
    const sealRestored = this.page.getByRole('heading', { name: '设置密钥口令' });
    // Sealing the keys at setup runs scrypt (work factor 18, in a worker): about a second, longer on a busy machine.
    await expect(this.page.locator('html[data-app-state="ready"]').or(sealRestored)).toBeAttached({ timeout: 20_000 });
    if (await sealRestored.isVisible()) {
      await this.fillKeyPassphrase();
      await this.page.getByRole('button', { name: '加密保存密钥' }).click();
      await expect(this.page.locator('html')).toHaveAttribute('data-app-state', 'ready', { timeout: 30_000 });
    }
    await expect(this.page.locator('html')).toHaveAttribute('data-app-state', 'ready');
    await expect(this.page.getByTestId('app-header')).toContainText(`${profile.organisation} · ${profile.department}`);
  }

  /** The once-per-session key passphrase, when an action that needs a secret key has just asked it. */
  async unlockKeys(passphrase = KEY_PASSPHRASE) {
    const dialog = this.page.getByRole('dialog', { name: '解锁本机密钥' });
    await dialog.getByLabel(/^密钥口令/).fill(passphrase);
    await dialog.getByRole('button', { name: '解锁', exact: true }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
  }

  nav(name: string) {
    return this.page.getByRole('navigation', { name: '导航' }).getByRole('link', { name });
  }

  async goToSettings() {
    await this.nav('系统设置').click();
    await expect(this.page.getByRole('heading', { name: '系统设置', level: 2 })).toBeVisible();
  }
}
