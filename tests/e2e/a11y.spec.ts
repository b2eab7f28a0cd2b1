import { expect, test } from './fixtures';
import { seriousViolations } from './axe';
import { AppPage, SAMPLE_PROFILE } from './pages/app-page';

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility violation on any page (${scheme})`, async ({ app, page, browser }, testInfo) => {
    test.setTimeout(60_000);
    // First run's two steps, in a context of its own (an empty database); the rest in the prepared department.
    const context = await browser.newContext({ ...testInfo.project.use });
    const setup = new AppPage(await context.newPage());
    await setup.open();
    if (scheme === 'dark') await setup.page.getByRole('button', { name: '切换到深色主题' }).click();
    expect(await seriousViolations(setup.page), 'setup').toEqual([]);
    await setup.fillKeyPassphrase();
    await setup.fillProfile(SAMPLE_PROFILE);
    await setup.nextSetupStep();
    await expect(setup.page.getByTestId('account-systemAdmin')).toBeVisible();
    expect(await seriousViolations(setup.page), 'setup: accounts').toEqual([]);
    await context.close();

    await app.openSetUp();
    if (scheme === 'dark') await page.getByRole('button', { name: '切换到深色主题' }).click();
    expect(await seriousViolations(page), 'home').toEqual([]);
    await app.goToSettings();
    expect(await seriousViolations(page), 'settings').toEqual([]);
    await app.signOut();
    expect(await seriousViolations(page), 'sign-in').toEqual([]);
  });
}

test('the accessibility check reports a violation planted in the page, and only inside the part it is given', async ({ app, page }) => {
  await app.open();
  await expect(page.getByRole('heading', { name: '首次使用设置' })).toBeVisible();
  await page.evaluate(() => {
    const planted = document.createElement('div');
    planted.id = 'planted';
    planted.innerHTML = '<button type="button"></button>'; // a button without a name: axe's button-name, critical
    const clean = document.createElement('div');
    clean.id = 'clean';
    clean.innerHTML = '<button type="button">确定</button>';
    document.body.append(planted, clean);
  });
  expect(await seriousViolations(page)).toEqual([expect.stringMatching(/^button-name \(critical\): #planted > button/)]);
  expect(await seriousViolations(page, '#planted')).toHaveLength(1);
  expect(await seriousViolations(page, '#clean')).toEqual([]);
});
