import { expect, preparePage, test } from './fixtures';
import { ACCOUNTS } from './pages/app-page';
import { CustomerPageModel } from './pages/customer-page';
import { backupV010Rows, downgradeToSchema5, schema5PrintLine, tableCounts } from './pages/schema5-database';
import { makeInstitute, seedInstitute } from './pages/seed-institute';

/**
 * An installation made before accounts (schema 5) starts with today's app (issue 15.1): the account setup,
 * with the former operator as the first business user; then every record is there as it was — the tables'
 * counts, a customer's history naming the operator, the grading run's typed approver, the print log.
 */
test('a schema-5 database is upgraded: accounts set up, the operator is the first business user, nothing lost', async ({ app, page }) => {
  test.setTimeout(120_000);
  const backup = await backupV010Rows();
  const institute = backup.customers!.find((c) => c.name === '航天材料及工艺研究所')!;
  await preparePage(page.context());
  // The origin's 404 page: the app does not open its database there.
  await page.goto('/schema-5-database');
  await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'airgap-crm')), { timeout: 30_000 }).toBe(true);
  await downgradeToSchema5(page, '张伟', (origin) => ({ ...backup, printLog: [schema5PrintLine(origin)] }));
  await seedInstitute(page, makeInstitute({ customers: 4, contacts: 3, interactions: 5, complaints: 6 }, 15));
  const before = await tableCounts(page);
  expect(before).not.toHaveProperty('users');
  expect(before).toMatchObject({ customers: 7, complaints: 6, gradeRuns: 1, gradings: 3, followUps: 3, printLog: 1 });

  await app.open();
  await page.getByRole('heading', { name: '设置用户账户' }).waitFor({ timeout: 20_000 });
  // The former operator is the first business user, already named.
  await expect(page.getByTestId('account-business').locator('input').first()).toHaveValue('张伟');
  await app.createAccounts();
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');

  // Every table holds what it held (the audit and accounts are new; the change log may only have grown).
  const after = await tableCounts(page);
  for (const [table, count] of Object.entries(before)) {
    if (table === 'changes' || table === 'meta') expect(after[table], table).toBeGreaterThanOrEqual(count);
    else expect(after[table], table).toBe(count);
  }
  expect(after.users).toBe(4);

  await app.nav('客户档案').click();
  await expect(page.getByText(/共 7 个客户/)).toBeVisible();
  // The institute's history: its creation, its business data and its first grade, by the operator's name.
  const customer = new CustomerPageModel(page);
  await customer.open(String(institute.id));
  await customer.tab('修改记录');
  const history = customer.panel().getByTestId('customer-history').getByRole('row');
  // Header, then newest first: the first grade (AAA), the settlement, the benefit year, the creation.
  await expect(history).toHaveCount(5);
  await expect(history.nth(1)).toContainText('张伟');
  await expect(history.nth(1)).toContainText('→ AAA');
  await expect(history.nth(4)).toContainText('新建');
  await expect(history.nth(4)).toContainText('张伟');

  // The approval of 2026-11-27 names the approver typed then.
  await app.nav('客户分级').click();
  await expect(page.getByTestId('grading-runs').getByRole('row').filter({ hasText: '已批准' })).toContainText('赵主任，批准于');
  await app.nav('投诉反馈').click();
  await expect(page.getByText(/全部 6 件/)).toBeVisible();

  // The print log, now the output register, is the auditor's to read: the line printed before accounts (and before
  // copy numbers), by the operator's name.
  await app.signOut();
  await app.signInFirstTime(ACCOUNTS.auditAdmin);
  await app.goToSettings();
  const printed = page.getByTestId('output-register').locator('tbody tr');
  await expect(printed).toHaveCount(1);
  await expect(printed.first()).toContainText('2026 年度客户分级名册');
  await expect(printed.first()).toContainText('无（份号启用前的打印）');
  await expect(printed.first()).toContainText('张伟');
});
