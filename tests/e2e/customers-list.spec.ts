import { expect, test, type Page } from './fixtures';
import { seriousViolations } from './axe';
import { CustomersPage, seedHierarchy, type CustomerInput } from './pages/customers-page';
import { ACCOUNTS } from './pages/app-page';
import { makeInstitute, seedInstitute } from './pages/seed-institute';

/** Groups whose code-point order (北 安 西 重 长) differs from pinyin order (安 北 长 重 西). */
const GROUPS: CustomerInput[] = [
  { name: '北方工业集团', type: '军工集团单位', region: '北京' },
  { name: '长城工业集团', type: '军工集团单位', region: '北京', status: '休眠' },
  { name: '重庆机电集团', type: '其他', region: '重庆' },
  { name: '安徽军工集团', type: '军工集团单位', region: '合肥' },
  { name: '西部材料集团', type: '民营企业', region: '西安', status: '已流失' },
];

test.describe('customer list', () => {
  test.setTimeout(90_000);

  // The empty archive first, then the groups the list is sorted and filtered by.
  test('a new archive says what to do; then sorts by pinyin, by any column, filters, and remembers columns and saved filters', async ({ app, page }) => {
    const customers = new CustomersPage(page);
    await app.openSetUp();

    await test.step('a new archive says what to do, and its button opens the form', async () => {
      await app.nav('客户档案').click();
      await expect(page.getByRole('heading', { name: '客户档案还是空的' })).toBeVisible();
      await expect(page.getByText(/先新建集团/)).toBeVisible();
      await page.getByRole('button', { name: '新建第一个客户' }).click();
      await expect(page).toHaveURL(/#\/customers\/new$/);
      await expect(customers.textbox('单位名称')).toBeVisible();
    });

    await test.step('sorts by pinyin, by any column, filters, and remembers columns and saved filters', async () => {
      for (const g of GROUPS) await customers.create({ level: '集团', ...g });
      await customers.gotoList();
      await expect(customers.count()).toHaveText('显示 5 个，共 5 个客户');
      expect(await customers.names()).toEqual(['安徽军工集团', '北方工业集团', '长城工业集团', '重庆机电集团', '西部材料集团']);
      await expect(customers.table().getByRole('columnheader', { name: '单位名称' })).toHaveAttribute('aria-sort', 'ascending');

      await customers.sortBy('单位名称');
      expect(await customers.names()).toEqual(['西部材料集团', '重庆机电集团', '长城工业集团', '北方工业集团', '安徽军工集团']);
      await customers.sortBy('地区');
      // 北京 bei < 重庆 chong < 合肥 he < 西安 xi (pinyin, not code points); ties by name.
      expect(await customers.names()).toEqual(['北方工业集团', '长城工业集团', '重庆机电集团', '安徽军工集团', '西部材料集团']);

      // Row click opens the customer.
      await customers.row('重庆机电集团').getByRole('cell').nth(2).click();
      await expect(page).toHaveURL(/#\/customers\/[0-9a-f-]{36}$/);
      await customers.gotoList();

      // Filters: status and type combine (AND); values within one filter add up (OR).
      await customers.combobox('状态').click();
      await page.getByRole('option', { name: '合作中' }).click();
      await page.getByRole('option', { name: '休眠' }).click();
      await page.keyboard.press('Escape');
      await expect(customers.rows()).toHaveCount(4);
      await customers.combobox('客户类型').click();
      await page.getByRole('option', { name: '军工集团单位' }).click();
      await page.keyboard.press('Escape');
      await expect(customers.count()).toHaveText('显示 3 个，共 5 个客户');

      // Save the filter set by name, clear, re-apply.
      await page.getByRole('button', { name: '常用筛选' }).click();
      await page.getByRole('textbox', { name: '将当前筛选保存为' }).fill('军工在合作');
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: '清除筛选' }).click();
      await expect(customers.rows()).toHaveCount(5);

      // Hide a column.
      await page.getByRole('button', { name: '显示列' }).click();
      await page.getByRole('checkbox', { name: '标签' }).uncheck();
      await page.keyboard.press('Escape');
      await expect(customers.table().getByRole('columnheader', { name: '标签' })).toHaveCount(0);

      await app.reload();
      await expect(customers.rows()).toHaveCount(5);
      await expect(customers.table().getByRole('columnheader', { name: '标签' })).toHaveCount(0);
      await expect(customers.table().getByRole('columnheader', { name: '专业领域' })).toHaveCount(1);
      await page.getByRole('button', { name: '常用筛选' }).click();
      await page.getByRole('button', { name: '军工在合作', exact: true }).click();
      await expect(customers.count()).toHaveText('显示 3 个，共 5 个客户');
      expect(await customers.names()).toEqual(['安徽军工集团', '北方工业集团', '长城工业集团']);
    });
  });

  test('search finds by pinyin initials and full pinyin and highlights the matched characters', async ({ app, page }) => {
    const customers = new CustomersPage(page);
    await app.openSetUp();
    await seedHierarchy(customers);
    await customers.create({ level: '集团', name: '中国兵器工业集团有限公司', type: '军工集团单位' });
    await customers.gotoList();

    await customers.searchBox().fill('htcl');
    await expect(customers.rows()).toHaveCount(1);
    const row = customers.row('航天材料及工艺研究所');
    await expect(row.locator('mark')).toHaveText(['航天材料']);
    await expect(customers.count()).toHaveText('显示 1 个，共 4 个客户');

    await customers.searchBox().fill('hangtian');
    await expect(customers.row('航天材料及工艺研究所').locator('mark')).toHaveText(['航天']);
    await expect(customers.row('中国航天科技集团有限公司').locator('mark').first()).toHaveText('航天');
    await expect(customers.row('中国兵器工业集团有限公司')).toHaveCount(0);

    // The short name is searched and highlighted too.
    await customers.searchBox().fill('703');
    await expect(customers.rows()).toHaveCount(1);
    await expect(customers.row('航天材料及工艺研究所').locator('mark')).toHaveText(['703']);

    await customers.searchBox().fill('没有这个单位');
    await expect(page.getByText('没有与“没有这个单位”相符的客户', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: '清除搜索' }).first().click();
    await expect(customers.rows()).toHaveCount(4);
  });

  test('Ctrl+K finds a customer by pinyin and Enter opens it; it also offers actions', async ({ app, page }) => {
    const customers = new CustomersPage(page);
    await app.openSetUp();
    const { institute } = await seedHierarchy(customers);
    await page.goto('/#/');
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();

    let dialog = await customers.openPalette();
    await dialog.getByRole('combobox', { name: '查找客户或功能' }).fill('htcl');
    const option = dialog.getByRole('option', { name: /航天材料及工艺研究所/ });
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(option.locator('mark')).toHaveText('航天材料');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/customers/${institute}$`));
    await expect(dialog).toBeHidden();

    // From inside a text field too, and commands by pinyin: xj → 新建客户.
    await customers.gotoList();
    await customers.searchBox().click();
    dialog = await customers.openPalette();
    await dialog.getByRole('combobox').fill('xj');
    await expect(dialog.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/customers\/new$/);
    // The new customer's form has the focus in its first field (issue 17.4: it went back to the list's search box).
    await expect(dialog).toBeHidden();
    await expect(customers.textbox('单位名称')).toBeFocused();
    await page.keyboard.type('中国运载火箭技术研究院');
    await expect(customers.textbox('单位名称')).toHaveValue('中国运载火箭技术研究院');
  });

  // One seeded archive photographed in both schemes: seeding 30 customers through the form is most of the test's time.
  test('a list of about 30 customers passes axe and is photographed (zh-CN, light and dark)', async ({ app, page }) => {
    const customers = new CustomersPage(page);
    // About 30 units as an institute's archive holds them (groups, their institutes and factories, units outside
    // the groups), written straight into IndexedDB before the app opens: typing them through the form took over a minute of CI.
    const archive = makeInstitute({ customers: 30, contacts: 0, interactions: 0, complaints: 0 }, 30);
    const setScheme = (p: Page, scheme: 'light' | 'dark') => p.evaluate((s) => localStorage.setItem('airgap-crm.color-scheme', s), scheme);
    await app.openSetUp('/customers', ACCOUNTS.business, 'A', async (p) => {
      await seedInstitute(p, archive);
      await setScheme(p, 'light');
    });
    const total = archive.customers.length;
    for (const scheme of ['light', 'dark'] as const) {
      if (scheme === 'dark') {
        await setScheme(page, scheme);
        await customers.gotoList();
        // A fresh page: the app reads the scheme at start.
        await app.reload();
      }
      await expect(page.getByRole('heading', { name: '客户档案', level: 2 })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
      await expect(customers.count()).toHaveText(`显示 ${total} 个，共 ${total} 个客户`);
      expect(await seriousViolations(page), `list (${scheme})`).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/customer-list-zh-CN-${scheme}.png` });
      await customers.searchBox().fill('ht');
      await expect(customers.rows().first().locator('mark').first()).toBeVisible();
      expect(await seriousViolations(page), `list while searching (${scheme})`).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/customer-list-search-zh-CN-${scheme}.png` });
      await customers.searchBox().fill('');
      const dialog = await customers.openPalette();
      await dialog.getByRole('combobox').fill('zg');
      await expect(dialog.getByRole('option').first()).toBeVisible();
      expect(await seriousViolations(page), `palette (${scheme})`).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/command-palette-zh-CN-${scheme}.png` });
      await page.keyboard.press('Escape');
    }
  });
});
