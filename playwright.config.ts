import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from './scripts/lib/chromium-args.mjs';

/**
 * E2E tests drive the BUILT renderer (out/renderer, served on 127.0.0.1) in Debian's Chromium —
 * the same UI the desktop app shows. Playwright never downloads a browser here.
 */
/**
 * Debian's chromium-headless-shell when it is installed (.ci/run installs it): the same Chromium build
 * without the browser's own windows, toolbar and omnibox, the headless mode Playwright uses by default,
 * about 13% less time for the suite here. Otherwise the full browser. CHROMIUM_PATH chooses another.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');
/** Chromium's switches for every launch of the suite (scripts/lib/chromium-args.mjs says why each is there). */
export { CHROMIUM_ARGS };
const PORT = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 860 },
    // The app honours the system's "reduce motion" (ui/theme.ts): dialogs and lists open at once, no wait for their transitions.
    reducedMotion: 'reduce',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    // The prepared departments every other test starts from (tests/e2e/profiles.setup.ts), made once per run.
    { name: 'profiles', testMatch: /profiles\.setup\.ts$/ },
    { name: 'chromium', testIgnore: /profiles\.setup\.ts$/, dependencies: ['profiles'] },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
