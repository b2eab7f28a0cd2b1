import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

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
