import { expect, test } from './fixtures';
import { seriousViolations } from './axe';

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility violation on any page (${scheme})`, async ({ app, page }) => {
    await app.open();
    if (scheme === 'dark') await page.getByRole('button', { name: '切换到深色主题' }).click();
    expect(await seriousViolations(page), 'setup').toEqual([]);
    await app.completeSetup();
    expect(await seriousViolations(page), 'home').toEqual([]);
    await app.goToSettings();
    expect(await seriousViolations(page), 'settings').toEqual([]);
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
