import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { expect, preparePage, test } from './fixtures';
import { ACCOUNTS, AppPage, DEPARTMENT_PROFILES } from './pages/app-page';
import { CustomersPage } from './pages/customers-page';

test('the data survives closing and restarting the browser on the same profile', async ({ baseURL }) => {
  const profileDir = mkdtempSync(join(tmpdir(), 'airgap-profile-'));
  try {
    const launch = () => chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, baseURL, locale: 'zh-CN' });
    let context = await launch();
    let app = new AppPage(context.pages()[0] ?? (await context.newPage()), preparePage);
    // Department B (prepared once per run, profiles.setup.ts) and one customer typed here, then the browser closes.
    await app.openSetUp('/', ACCOUNTS.business, 'B');
    const customer = await new CustomersPage(app.page).create({ level: '集团', name: '中国航天科工集团有限公司', type: '军工集团单位', region: '北京' });
    await context.close();

    context = await launch();
    app = new AppPage(context.pages()[0] ?? (await context.newPage()));
    await app.open();
    await app.expectShell(DEPARTMENT_PROFILES.B);
    await expect(app.page.getByRole('heading', { name: '李娜，您好' })).toBeVisible();
    await app.page.goto(`/#/customers/${customer}`);
    await expect(app.page.getByRole('heading', { name: '中国航天科工集团有限公司', level: 2 })).toBeVisible();
    await context.close();
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
});
