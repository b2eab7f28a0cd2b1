import { defineConfig } from '@playwright/test';

/**
 * Electron-only tests (Playwright `_electron`). Run only where the Electron binary exists; elsewhere
 * every test skips with "skipped: no Electron binary …". One worker: each test starts a whole app.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
