import { test as base, expect, type Page } from '@playwright/test';
import { AppPage, preparedProfilePath, type PreparedProfile } from './pages/app-page';

/**
 * Every test gets a fresh browser context (its own empty IndexedDB) and an AppPage model, and
 * fails if the page sent any request off 127.0.0.1 (offline for real: no CDN, no telemetry).
 *
 * Most tests start where a user is after the first-run setup. Setup seals the installation keys with
 * scrypt at age's work factor (issue 14.6), seconds on these machines; so the `profiles` project goes
 * through setup once per run, by the UI (profiles.setup.ts), and `app.openSetUp()` gives a test a copy of that profile (its IndexedDB and
 * localStorage) in the test's own context. A second department (B, another installation) is prepared
 * the same way for the tests that exchange files or restore another PC's backup; setup.spec.ts and a few others
 * still set up by hand. The prepared installation's accounts (ACCOUNTS) have all
 * signed in once and chosen their passwords; `app.openSetUp()` signs in the business user.
 */
export const test = base.extend<{ app: AppPage; offRequests: string[] }>({
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
  app: async ({ page }, use) => {
    await use(new AppPage(page, preparePage));
  },
});

/** A prepared department (profiles.setup.ts, run first by playwright.config.ts's projects) into a context. */
export const preparePage: PreparedProfile = (context, department = 'A') => context.setStorageState(preparedProfilePath(department));

export { expect };
export type { Page };
