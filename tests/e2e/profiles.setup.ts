import { test } from '@playwright/test';
import { ACCOUNTS, AppPage, DEPARTMENT_PROFILES, preparedProfilePath, type DepartmentName } from './pages/app-page';
import { lowerPreparedWorkFactors } from './pages/low-work-factors';

/**
 * The prepared departments (fixtures.ts), made once per run before every other test (playwright.config.ts's
 * `profiles` project) and side by side: first run by the UI, then each administrator's first sign-in with its
 * own password, saved with IndexedDB. Each worker used to make department A for itself, and five tests made a
 * second department by hand; setup seals the keys with scrypt at age's work factor and every first sign-in
 * hashes twice, seconds each on these machines. The saved accounts' hashes and sealed keys are then rewritten at low
 * work factors the app reads by design (pages/low-work-factors.ts): every test's sign-in and key unlock cost milliseconds.
 */
for (const name of Object.keys(DEPARTMENT_PROFILES) as DepartmentName[]) {
  test(`prepared department ${name}: first run, every account's first sign-in`, async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ ...testInfo.project.use });
    const app = new AppPage(await context.newPage());
    await app.open();
    await app.completeSetup(DEPARTMENT_PROFILES[name]);
    for (const admin of [ACCOUNTS.systemAdmin, ACCOUNTS.securityAdmin, ACCOUNTS.auditAdmin]) {
      await app.signOut();
      await app.signInFirstTime(admin);
    }
    await context.storageState({ indexedDB: true, path: preparedProfilePath(name) });
    await lowerPreparedWorkFactors(preparedProfilePath(name));
    await context.close();
  });
}
