import { test as base, expect, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';

/**
 * Every test gets a fresh browser context (its own empty IndexedDB) and an AppPage model, and
 * fails if the page sent any request off 127.0.0.1 (offline for real: no CDN, no telemetry).
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
    await use(new AppPage(page));
  },
});

export { expect };
export type { Page };
