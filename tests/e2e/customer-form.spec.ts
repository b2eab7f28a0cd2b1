import { expect, test } from './fixtures';
import { seriousViolations } from './axe';
import { CustomersPage, seedHierarchy } from './pages/customers-page';

test.describe('customer form', () => {
  test.setTimeout(60_000);

  // One new archive for the three: cancel and the invalid data leave it empty, which the hierarchy then starts from.
  test('the new-customer form: cancel, invalid data, then a hierarchy built and edited', async ({ app, page }) => {
    const customers = new CustomersPage(page);
    await app.openSetUp();

    await test.step('cancel leaves without saving', async () => {
      await customers.gotoList();
      await page.getByRole('button', { name: '新建客户' }).click();
      await customers.fillForm({ name: '不会保存的单位', type: '其他' });
      await page.getByRole('button', { name: '取消' }).click();
      await expect(page).toHaveURL(/#\/customers$/);
      await expect(page.getByRole('button', { name: '新建第一个客户' })).toBeVisible();
    });

    await test.step('invalid data shows Chinese messages under the fields and saves nothing', async () => {
      await customers.gotoNew();
      await customers.fillForm({ name: '', type: '科研院所', cooperationStart: '2026-02-30' });
      await customers.submit();
      await expect(customers.formAlert()).toBeVisible();
      await expect(page.getByText('此项必填')).toBeVisible();
      await expect(page.getByText('日期无效（格式 YYYY-MM-DD，且须为实际存在的日期）')).toBeVisible();
      await expect(customers.textbox('单位名称')).toHaveAttribute('aria-invalid', 'true');

      // A third-level unit needs its second-level parent.
      await customers.fillForm({ name: '某研究所', cooperationStart: '', level: '三级单位' });
      await customers.submit();
      await expect(page.getByText('二级、三级单位须选择上级单位')).toBeVisible();
      await expect(page.getByText('此项必填')).toHaveCount(0);
      await expect(customers.formAlert()).toBeVisible();

      // A start in the future is refused too.
      await customers.fillForm({ level: '集团', cooperationStart: '2099-01-01' });
      await customers.submit();
      await expect(page.getByText('日期不能晚于今天')).toBeVisible();

      // Nothing was saved: after a reload the archive is still empty.
      await app.reload();
      await customers.gotoList();
      await expect(page.getByRole('button', { name: '新建第一个客户' })).toBeVisible();
    });

    await test.step('builds a group → second-level → third-level hierarchy, then edits a unit', async () => {
      await customers.gotoList();
      await page.getByRole('button', { name: '新建第一个客户' }).click();
      await expect(page.getByRole('heading', { name: '新建客户', level: 2 })).toBeVisible();

      await customers.fillForm({
        name: '中国航天科技集团有限公司',
        shortName: '航天科技',
        type: '军工集团单位',
        region: '北京',
        cooperationStart: '1999-07-01',
        fields: ['航天'],
      });
      // The day as an office writes it, under the field.
      await expect(page.getByText('1999年7月1日')).toBeVisible();
      await customers.submit();
      await expect(page).toHaveURL(/#\/customers\/[0-9a-f-]{36}$/);
      const group = page.url().split('/').pop()!;

      // Second level from the plain form: choose the level, then find the group by pinyin initials.
      await customers.gotoNew();
      await customers.fillForm({
        level: '二级单位',
        name: '中国运载火箭技术研究院',
        shortName: '一院',
        parent: { search: 'zght', pick: '中国航天科技集团有限公司' },
        type: '军工集团单位',
      });
      await customers.submit();
      await expect(page).toHaveURL(/#\/customers\/[0-9a-f-]{36}$/);
      const academy = page.url().split('/').pop()!;
      expect(academy).not.toBe(group);

      // Third level "under" the academy: level, parent and type are filled in.
      await customers.gotoNew(academy);
      await expect(customers.combobox('层级')).toHaveValue('三级单位');
      await expect(customers.combobox('上级单位')).toHaveValue('中国运载火箭技术研究院');
      await expect(customers.combobox('客户类型')).toHaveValue('军工集团单位');
      await customers.fillForm({
        name: '航天材料及工艺研究所',
        shortName: '703所',
        fields: ['复合材料'],
        tags: ['重点客户'],
        cooperationStart: '2012年5月8日',
      });
      await customers.submit();
      await expect(page).toHaveURL(/#\/customers\/[0-9a-f-]{36}$/);
      const institute = page.url().split('/').pop()!;

      await customers.gotoList();
      await expect(customers.rows()).toHaveCount(3);
      await expect(customers.row('中国航天科技集团有限公司')).toContainText('集团');
      await expect(customers.row('中国运载火箭技术研究院')).toContainText('二级单位');
      await expect(customers.row('航天材料及工艺研究所')).toContainText('三级单位');
      await expect(customers.row('航天材料及工艺研究所')).toContainText('2012年5月8日');
      await expect(customers.row('航天材料及工艺研究所')).toContainText('重点客户');

      // Edit: the form opens with the stored values; the change shows in the list.
      await page.goto(`/#/customers/${institute}/edit`);
      await expect(page.getByRole('heading', { level: 2 })).toHaveText('编辑：航天材料及工艺研究所');
      await expect(customers.textbox('简称')).toHaveValue('703所');
      await expect(customers.textbox('开始合作日期')).toHaveValue('2012-05-08');
      await customers.fillForm({ region: '北京市丰台区', status: '休眠' });
      await customers.submit();
      await expect(page).toHaveURL(new RegExp(`#/customers/${institute}$`));
      await customers.gotoList();
      await expect(customers.row('航天材料及工艺研究所')).toContainText('北京市丰台区');
      await expect(customers.row('航天材料及工艺研究所')).toContainText('休眠');
    });
  });

  test('creating 航天材料及工艺研究所 again warns with the existing unit; 仍然创建 creates it', async ({ app, page }) => {
    test.setTimeout(90_000);
    const customers = new CustomersPage(page);
    await app.openSetUp();
    const { academy, institute } = await seedHierarchy(customers);

    await customers.gotoNew(academy);
    await customers.fillForm({ name: '航天材料及工艺研究所' });
    await customers.submit();
    const warning = page.getByRole('alert').filter({ hasText: '档案中可能已有这个单位' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('（名称相同）');
    const link = warning.getByRole('link', { name: '航天材料及工艺研究所' });
    await expect(link).toHaveAttribute('href', `#/customers/${institute}`);
    await customers.gotoList();
    await expect(customers.rows()).toHaveCount(3);

    // Same sound, different character (a typo): also caught.
    await customers.gotoNew(academy);
    await customers.fillForm({ name: '航天材料及工艺研究锁' });
    await customers.submit();
    await expect(page.getByRole('alert').filter({ hasText: '（读音相同）' })).toBeVisible();

    // The user knows better: create anyway.
    await page.getByRole('button', { name: '仍然创建' }).click();
    await expect(page).toHaveURL(/#\/customers\/[0-9a-f-]{36}$/);
    expect(page.url()).not.toContain(institute);
    await customers.gotoList();
    await expect(customers.rows()).toHaveCount(4);

    // The link opens the existing record.
    await customers.gotoNew(academy);
    await customers.fillForm({ name: '航天材料及工艺研究所' });
    await customers.submit();
    await page.getByRole('alert').getByRole('link', { name: '航天材料及工艺研究所' }).click();
    await expect(page).toHaveURL(new RegExp(`#/customers/${institute}$`));
  });

  // One department for both schemes: dark is switched on as a user does, from the header.
  test('the form passes axe and is photographed (zh-CN, light and dark)', async ({ app, page }) => {
    const customers = new CustomersPage(page);
    await app.openSetUp();
    const group = await customers.create({ name: '中国航天科技集团有限公司', type: '军工集团单位', level: '集团' });
    for (const scheme of ['light', 'dark'] as const) {
      await test.step(`the form passes axe and is photographed (zh-CN, ${scheme})`, async () => {
        if (scheme === 'dark') {
          await page.getByRole('button', { name: '切换到深色主题' }).click();
          // Off the form and back: a new, untouched form (the light step left this one showing its errors).
          await customers.gotoList();
        }
        await customers.gotoNew(group);
        await customers.fillForm({
          name: '中国运载火箭技术研究院',
          shortName: '一院',
          fields: ['运载火箭', '总体设计'],
          tags: ['重点客户'],
          region: '北京',
          cooperationStart: '2003-09-15',
        });
        await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
        expect(await seriousViolations(page), 'form').toEqual([]);
        await page.screenshot({ path: `test-results/screenshots/customer-form-zh-CN-${scheme}.png`, fullPage: true });
        // With the error state showing.
        await customers.fillForm({ name: '', cooperationStart: '2026-13-01' });
        await customers.submit();
        await expect(customers.formAlert()).toBeVisible();
        expect(await seriousViolations(page), 'form with errors').toEqual([]);
        // The fixed app header would be drawn mid-page in a full-page shot of a scrolled page.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `test-results/screenshots/customer-form-errors-zh-CN-${scheme}.png`, fullPage: true });
      });
    }
  });
});
