import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { ACCOUNTS, AppPage, type PreparedProfile } from './pages/app-page';

/**
 * Every test gets a fresh browser context (its own empty IndexedDB) and an AppPage model, and
 * fails if the page sent any request off 127.0.0.1 (offline for real: no CDN, no telemetry).
 *
 * Most tests start where a user is after the first-run setup. Setup seals the installation keys with
 * scrypt at age's work factor (issue 14.6), seconds on these machines; so each worker goes through
 * setup once, by the UI, and `app.openSetUp()` gives a test a copy of that profile (its IndexedDB and
 * localStorage) in the test's own context. setup.spec.ts and the tests that need their own
 * department or installation still set up by hand. The prepared installation's accounts (ACCOUNTS) have all
 * signed in once and chosen their passwords; `app.openSetUp()` signs in the business user.
 */
type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export const test = base.extend<{ app: AppPage; offRequests: string[] }, { preparedProfile: StorageState }>({
  preparedProfile: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ ...workerInfo.project.use });
      const app = new AppPage(await context.newPage());
      await app.open();
      await app.completeSetup();
      // Every account has chosen its own password (the setup's are temporary): tests sign in with ACCOUNTS' passwords.
      for (const admin of [ACCOUNTS.systemAdmin, ACCOUNTS.securityAdmin, ACCOUNTS.auditAdmin]) {
        await app.signOut();
        await app.signInFirstTime(admin);
      }
      const state = await context.storageState({ indexedDB: true });
      await context.close();
      await use(state);
    },
    // Setup, then a first sign-in and password change for each of the four accounts: scrypt a dozen times.
    { scope: 'worker', timeout: 120_000 },
  ],
  offRequests: [
    async ({ page }, use) => {
      const off: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        const local = ['data:', 'blob:'].includes(url.protocol) || url.hostname === '127.0.0.1';
        if (!local) off.push(request.url());
      });
      await use(off);
      expect(off, 'requests that left 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page, preparedProfile }, use) => {
    const prepared: PreparedProfile = (context) => context.setStorageState(preparedProfile);
    await use(new AppPage(page, prepared));
  },
});

export { expect };
export type { Page };
