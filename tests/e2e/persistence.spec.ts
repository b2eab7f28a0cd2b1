import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

test('the data survives closing and restarting the browser on the same profile', async ({ baseURL }) => {
  const profileDir = mkdtempSync(join(tmpdir(), 'airgap-profile-'));
  try {
    const launch = () => chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, baseURL, locale: 'zh-CN' });
    let context = await launch();
    let app = new AppPage(context.pages()[0] ?? (await context.newPage()));
    await app.open();
    await app.completeSetup({ organisation: '中国航天科工集团第三研究院', department: '科研生产处', operatorName: '王磊' });
    await context.close();

    context = await launch();
    app = new AppPage(context.pages()[0] ?? (await context.newPage()));
    await app.open();
    await app.expectShell({ organisation: '中国航天科工集团第三研究院', department: '科研生产处', operatorName: '王磊' });
    await expect(app.page.getByRole('heading', { name: '王磊，您好' })).toBeVisible();
    await context.close();
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
});
