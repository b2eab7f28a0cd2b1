import type { Page } from '@playwright/test';

/** The two screen sizes the institutes use. */
export const SCREEN_SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** Screenshots without the toasts of the steps before (4 s each), which would cover the top right. */
export const HIDE_TOASTS = '.mantine-Notifications-root { visibility: hidden; }';

/**
 * The page at both screen sizes (test-results/screenshots/<name>-<width>-zh-CN-light.png, looked at by a
 * person), then back at the suite's viewport.
 */
export async function screenshots(page: Page, name: string) {
  for (const size of SCREEN_SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/screenshots/${name}-${size.width}-zh-CN-light.png`, style: HIDE_TOASTS });
  }
  await page.setViewportSize({ width: 1366, height: 860 });
}
