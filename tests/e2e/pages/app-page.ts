import { expect, type BrowserContext, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

export interface ProfileInput {
  organisation: string;
  department: string;
  operatorName: string;
  /** Chinese label of the level in the select, e.g. 内部 or 秘密. */
  level?: string;
}

export const SAMPLE_PROFILE: ProfileInput = { organisation: '航天材料及工艺研究所', department: '市场部', operatorName: '张伟' };

/**
 * The departments prepared once per run (profiles.setup.ts): A, where most tests work, and B, another installation
 * (its own id and keys) for the tests that exchange files or restore another PC's backup.
 */
export const DEPARTMENT_PROFILES = {
  A: SAMPLE_PROFILE,
  B: { organisation: '航天材料及工艺研究所', department: '质量部', operatorName: '李娜' },
} satisfies Record<string, ProfileInput>;
export type DepartmentName = keyof typeof DEPARTMENT_PROFILES;

/** Where profiles.setup.ts saves a prepared department (its IndexedDB and local storage), for fixtures.ts. */
export function preparedProfilePath(name: DepartmentName): string {
  return fileURLToPath(new URL(`../../../test-results/e2e-profiles/${name}.json`, import.meta.url));
}

/** One account of the e2e installations: the password typed at setup, and the one chosen at its first sign-in. */
export interface TestAccount {
  /** The account's group on the setup form (its role's name, or 业务用户). */
  group: string;
  displayName: string;
  username: string;
  setupPassword: string;
  password: string;
}

/**
 * The accounts every e2e installation is set up with (issue 15): 三员 and one business user, who is
 * ProfileInput.operatorName and holds every working role (what the one operator did before accounts).
 */
export const ACCOUNTS = {
  systemAdmin: { group: '系统管理员', displayName: '赵刚', username: 'sysadmin', setupPassword: 'Setup-Sys-2026', password: 'Zhao-Gang-2026' },
  securityAdmin: { group: '安全保密管理员', displayName: '钱敏', username: 'secadmin', setupPassword: 'Setup-Sec-2026', password: 'Qian-Min-2026' },
  auditAdmin: { group: '安全审计员', displayName: '孙丽', username: 'auditor', setupPassword: 'Setup-Aud-2026', password: 'Sun-Li-2026x' },
  business: { group: '业务用户', displayName: '张伟', username: 'zhangwei', setupPassword: 'Setup-Biz-2026', password: 'Zhang-Wei-2026' },
} satisfies Record<string, TestAccount>;
export type AccountName = keyof typeof ACCOUNTS;

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

/** Puts a department that went through setup (DEPARTMENT_PROFILES, KEY_PASSPHRASE) into a context: see fixtures.ts. */
/** `<html data-app-state>` (app/app-state.ts): where the app is. */
type AppState = 'setup' | 'sign-in' | 'ready' | 'error';
const APP_STATES: readonly AppState[] = ['setup', 'sign-in', 'ready', 'error'];

export type PreparedProfile = (context: BrowserContext, department?: DepartmentName) => Promise<void>;
/** Writes into the prepared department's IndexedDB before the app opens it (AppPage.openPrepared). */
export type BeforeOpen = (page: Page) => Promise<void>;

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
  async openSetUp(path = '/', account: TestAccount = ACCOUNTS.business, department: DepartmentName = 'A', beforeOpen?: BeforeOpen) {
    await this.openPrepared(path, department, beforeOpen);
    await this.signIn(account);
    // The sign-in's scrypt first: while it runs the page still says sign-in, and expectShell would sign in again.
    await this.waitForAppState(['ready']);
    await this.expectShell(DEPARTMENT_PROFILES[department]);
  }

  /**
   * The prepared department opened at `path` before anyone signs in: its sign-in page (openSetUp then signs in).
   * `beforeOpen` runs on the origin's page that does not open the database, once the profile is in IndexedDB:
   * rows written there (seed-institute.ts) are what the app reads at its start, without a reload and a second sign-in.
   */
  async openPrepared(path = '/', department: DepartmentName = 'A', beforeOpen?: BeforeOpen) {
    if (!this.prepared) throw new Error('this AppPage has no prepared profile (fixtures.ts)');
    await this.prepared(this.page.context(), department);
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
        // Longer than the default 7 s: a loaded CI machine once took longer to commit the (now bigger: accounts, audit) profile.
        { message: 'the prepared profile is in IndexedDB', timeout: 30_000 },
      )
      .toBe(true);
    await beforeOpen?.(this.page);
    await this.open(path);
  }

  async open(path = '/') {
    await this.page.goto(path === '/' ? '/' : `/#${path}`);
    await this.waitForAppState(APP_STATES);
  }

  /**
   * Until `<html data-app-state>` is one of `states`. Not an `expect`: since Playwright 1.60 every poll of
   * an expect that does not match yet builds an aria snapshot of the whole page (for its failure message),
   * on the page's own thread — a tenth of that thread while a sign-in or a setup's scrypt is awaited.
   */
  async waitForAppState(states: readonly AppState[], timeout = 20_000) {
    await this.page.waitForFunction((wanted: readonly string[]) => wanted.includes(document.documentElement.dataset.appState ?? ''), states, {
      timeout,
      polling: 50,
    });
  }

  appState() {
    return this.page.locator('html').getAttribute('data-app-state');
  }

  async fillProfile(profile: Partial<ProfileInput>) {
    const p = this.page;
    if (profile.organisation !== undefined) await p.getByRole('textbox', { name: /^单位名称/ }).fill(profile.organisation);
    if (profile.department !== undefined) await p.getByRole('textbox', { name: /^部门/ }).fill(profile.department);
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

  /**
   * First run as a user does it: the department (and key passphrase), then the accounts; then the business user
   * (named profile.operatorName) signs in for the first time and chooses a password: the shell.
   */
  async completeSetup(profile: ProfileInput = SAMPLE_PROFILE) {
    await expect(this.page.getByRole('heading', { name: '首次使用设置' })).toBeVisible();
    await this.fillKeyPassphrase();
    await this.fillProfile(profile);
    await this.nextSetupStep();
    await this.createAccounts(profile.operatorName);
    await this.expectShell(profile);
  }

  /** The second step of first run (or the upgrade's page): ACCOUNTS created, the business user's first sign-in. */
  async createAccounts(businessName: string = ACCOUNTS.business.displayName) {
    const business = { ...ACCOUNTS.business, displayName: businessName };
    await this.fillAccounts({ business });
    // The accounts form's submit (its 上一步 is a plain button), in any locale.
    await this.page.locator('form button[type="submit"]').click();
    await this.signInFirstTime(business);
  }

  /**
   * The accounts form of first run and upgrade: every account of ACCOUNTS, or the given ones instead. By the
   * form's order (姓名, 登录名, 密码, 再次输入密码 in each account's box), so that it serves every locale.
   */
  async fillAccounts(overrides: Partial<Record<AccountName, TestAccount>> = {}) {
    for (const name of Object.keys(ACCOUNTS) as AccountName[]) {
      const account = overrides[name] ?? ACCOUNTS[name];
      const inputs = this.page.getByTestId(`account-${name}`).locator('input');
      await inputs.nth(0).fill(account.displayName);
      await inputs.nth(1).fill(account.username);
      await inputs.nth(2).fill(account.setupPassword);
      await inputs.nth(3).fill(account.setupPassword);
    }
  }

  /** First run's 下一步：用户账户 (the department step's only submit button), in any locale. */
  async nextSetupStep() {
    await this.page.locator('form button[type="submit"]').click();
  }

  /**
   * 登录 with an account's (chosen) password, in any locale (the fields by their autocomplete roles): the shell,
   * or what the app asks first.
   */
  async signIn(account: TestAccount = ACCOUNTS.business, password = account.password) {
    await this.waitForAppState(['sign-in'], 30_000);
    await this.page.locator('input[autocomplete="username"]').fill(account.username);
    await this.page.locator('input[autocomplete="current-password"]').fill(password);
    await this.page.locator('form button[type="submit"]').click();
    // The pointer stays where 登录 was: off the page, so the first screen has no row under a hover.
    await this.page.mouse.move(0, 0);
  }

  /** The first sign-in of a set-up account: the setup password, then the account's own (修改密码 comes first). */
  async signInFirstTime(account: TestAccount) {
    await this.signIn(account, account.setupPassword);
    const next = this.page.locator('input[autocomplete="new-password"]');
    await expect(next.first()).toBeVisible({ timeout: 20_000 });
    await this.page.locator('input[autocomplete="current-password"]').fill(account.setupPassword);
    await next.nth(0).fill(account.password);
    await next.nth(1).fill(account.password);
    await this.page.locator('form button[type="submit"]').click();
    await this.waitForAppState(['ready']);
  }

  /**
   * Reload the page as F5 would. A reload ends the sign-in (the session lives in the window's memory only),
   * so when the app asks, the account signs in again: the page where it was.
   */
  async reload(account: TestAccount = ACCOUNTS.business) {
    await this.page.evaluate(() => delete document.documentElement.dataset.appState);
    await this.page.reload();
    await this.waitForAppState(APP_STATES);
    if ((await this.appState()) === 'sign-in') {
      await this.signIn(account);
      await this.waitForAppState(['ready']);
    }
  }

  /** 退出登录 from the user menu: the sign-in page. */
  async signOut() {
    await this.page.getByTestId('user-menu').click();
    await this.page.getByRole('menuitem', { name: '退出登录' }).click();
    await this.waitForAppState(['sign-in'], 5_000);
  }

  /**
   * The shell. A restored backup brings the keys in clear (they travel inside the encrypted backup): the
   * browser then asks a key passphrase to seal them before anything else, and this types the suite's, as a user would.
   */
  async expectShell(profile: ProfileInput = SAMPLE_PROFILE) {
    const sealRestored = this.page.getByRole('heading', { name: '设置密钥口令' });
    // Sealing the keys at setup runs scrypt (work factor 18, in a worker): about a second, longer on a busy machine.
    // Not an expect (see waitForAppState): ready, sign-in, or the page that seals restored keys.
    await this.page.waitForFunction(
      () =>
        ['ready', 'sign-in'].includes(document.documentElement.dataset.appState ?? '') ||
        [...document.querySelectorAll('h1')].some((h) => h.textContent?.includes('设置密钥口令')),
      null,
      { timeout: 20_000, polling: 50 },
    );
    if (await sealRestored.isVisible()) {
      await this.fillKeyPassphrase();
      await this.page.getByRole('button', { name: '加密保存密钥' }).click();
      await this.waitForAppState(['ready', 'sign-in'], 30_000);
    }
    // Sealed keys, a reload or a restore: the business user signs in (the session ends with the window).
    if ((await this.appState()) === 'sign-in') await this.signIn();
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
