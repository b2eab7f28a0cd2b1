import { expect, test, type Page } from './fixtures';
import { seriousViolations } from './axe';
import type { AppPage } from './pages/app-page';
import { shanghaiDay } from './pages/customer-page';
import { CustomersPage } from './pages/customers-page';
import { saveReceivable, setUp } from './steps';

/**
 * Issue 12 (2, 5, 6, 9, 11): nothing the user typed is silently overwritten, clamped, rolled over
 * or glued together. Each test does what a new user did when the defect was found.
 */
const SHOTS = 'test-results/screenshots';

async function customerOnBusinessTab(app: AppPage, page: Page) {
  const cp = await setUp(app, page);
  await cp.createCustomer({ name: '航天材料及工艺研究所', type: '科研院所' });
  await cp.tab('经营数据');
  return cp;
}

/** The new-customer form, on an app just set up. */
async function newCustomerForm(app: AppPage, page: Page) {
  await setUp(app, page);
  const customers = new CustomersPage(page);
  await customers.gotoNew();
  return customers;
}

test.describe('forms never change what was typed behind the user’s back', () => {
  test.setTimeout(60_000);
  test.use({ viewport: { width: 1366, height: 768 } });

  // One customer on its 经营数据 tab: the first step leaves no year, which the second then adds.
  test('business figures on a new customer: a negative amount and an overpayment, then a year that has figures', async ({ app, page }) => {
    const cp = await customerOnBusinessTab(app, page);

    await test.step('a negative amount is refused with its limit and kept as typed; an overpayment is asked about and marked', async () => {
      await cp.panel().getByRole('button', { name: '新增年度数据' }).click();
      const benefit = cp.dialog('新增年度数据');
      await benefit.getByRole('textbox', { name: '年度' }).fill('2025');
      const contract = benefit.getByRole('textbox', { name: '合同额（万元）' });
      await contract.fill('-50');
      await benefit.getByRole('textbox', { name: '年综合效益（万元）' }).fill('10');
      await expect(contract, 'leaving the field does not clamp -50 to 0').toHaveValue('-50');
      await cp.save(benefit);
      await expect(benefit.getByText('金额不能小于 0')).toBeVisible();
      await expect(contract).toHaveValue('-50');
      await benefit.getByRole('button', { name: '取消' }).click();
      await expect(cp.panel().getByText('还没有年度经营数据')).toBeVisible();

      const s = await saveReceivable(cp, { amountWan: '120', dueDay: shanghaiDay(-30), paidWan: '150', paidDay: shanghaiDay(-20) });
      const question = s.getByTestId('form-confirmation');
      await expect(question).toContainText('回款金额 150.00 万元 超过应收金额 120.00 万元，超额 30.00 万元');
      await page.screenshot({ path: `${SHOTS}/settlement-overpaid-confirm.png` });
      expect(await seriousViolations(page), 'the question').toEqual([]);
      await expect(cp.panel().getByText('还没有结算记录'), 'nothing is saved before the answer').toBeVisible();
      await question.getByRole('button', { name: '确认超额回款并保存' }).click();
      await expect(s).toBeHidden();
      const row = cp.row('120.00 万元');
      await expect(row.getByTestId('overpaid')).toHaveText('超额回款');
      await expect(row).toContainText('150.00 万元');
      await page.screenshot({ path: `${SHOTS}/settlement-overpaid-row.png` });
      expect(await seriousViolations(page), 'the marked row').toEqual([]);
    });

    await test.step('adding a year that has figures never overwrites them: the form says so and offers that year for editing', async () => {
      const add = async (year: string, contract: string, benefit: string) => {
        await cp.panel().getByRole('button', { name: '新增年度数据' }).click();
        const d = cp.dialog('新增年度数据');
        await d.getByRole('textbox', { name: '年度' }).fill(year);
        await d.getByRole('textbox', { name: '合同额（万元）' }).fill(contract);
        await d.getByRole('textbox', { name: '年综合效益（万元）' }).fill(benefit);
        return d;
      };
      const first = await add('2025', '850', '260');
      await cp.save(first);
      await expect(first).toBeHidden();

      // The same year again: the dialog names the stored figures, and saving anyway is refused at 年度.
      const again = await add('2025', '500', '180');
      await expect(again.getByTestId('year-exists')).toContainText('2025 年已有数据：合同额 850.00 万元，年综合效益 260.00 万元');
      await page.screenshot({ path: `${SHOTS}/benefit-year-exists.png` });
      expect(await seriousViolations(page), 'the year that exists').toEqual([]);
      await cp.save(again);
      await expect(again.getByText('该年度已有数据：请修改该年的数据，不能重复新增')).toBeVisible();
      await again.getByRole('button', { name: '取消' }).click();
      await expect(cp.row('2025 年')).toContainText('850.00 万元');
      await expect(cp.row('2025 年')).toContainText('260.00 万元');

      // Choosing to edit that year opens its figures; saving changes that one row.
      const edit = await add('2025', '500', '180');
      await edit.getByRole('button', { name: '修改 2025 年的数据' }).click();
      const editing = cp.dialog('编辑年度数据');
      await expect(editing.getByRole('textbox', { name: '合同额（万元）' })).toHaveValue('850');
      await editing.getByRole('textbox', { name: '合同额（万元）' }).fill('900');
      await cp.save(editing);
      await expect(editing).toBeHidden();
      await expect(cp.panel().getByTestId('benefits-table').getByRole('row')).toHaveCount(2); // header + one year
      await expect(cp.row('2025 年')).toContainText('900.00 万元');
    });
  });

  // The new-customer form, opened anew for each step (the first two save their unit, the last saves nothing).
  test('the new-customer form: tags split, a pasted row refused and split, an impossible date refused', async ({ app, page }) => {
    const customers = await newCustomerForm(app, page);

    await test.step('tags typed with 、，or spaces become separate tags on leaving the field and on Enter', async () => {
      await customers.fillForm({ name: '中国航天科技集团有限公司', type: '军工集团单位' });
      const tags = customers.combobox('标签');
      // fill() types no key per character, like an input method: the 、 reaches no keydown.
      await tags.fill('导弹、飞船');
      await customers.textbox('地区').click(); // leave the field
      await tags.fill('火箭 卫星，航天');
      await tags.press('Enter');
      const tagGroup = page.getByRole('combobox', { name: /^标签/ }).locator('xpath=ancestor::div[contains(@class, "mantine-TagsInput-root")]');
      for (const tag of ['导弹', '飞船', '火箭', '卫星', '航天']) await expect(tagGroup.getByText(tag, { exact: true })).toBeVisible();
      await expect(tagGroup.getByText('导弹、飞船')).toHaveCount(0);
      await customers.submit();
      await expect(page.getByRole('heading', { level: 2, name: '中国航天科技集团有限公司' })).toBeVisible();
      const overview = page.getByRole('tabpanel');
      for (const tag of ['导弹', '飞船', '火箭', '卫星', '航天']) await expect(overview.getByText(tag, { exact: true })).toBeVisible();
      await expect(overview.getByText('导弹、飞船')).toHaveCount(0);
    });

    await test.step('a pasted spreadsheet row is refused as a unit name, and the form offers to split it', async () => {
      await customers.gotoNew();
      await customers.fillForm({ name: '中国电子科技集团有限公司\t电科\t025-51821234', type: '军工集团单位' });
      await customers.submit();
      await expect(page.getByText('只能填一行：不能含制表符或换行')).toBeVisible();
      await expect(page).toHaveURL(/#\/customers\/new$/);
      await expect(page.getByTestId('pasted-row')).toContainText('单位名称像是从表格粘贴的一整行（3 栏）');
      await page.screenshot({ path: `${SHOTS}/customer-form-pasted-row.png` });
      expect(await seriousViolations(page), 'the offer to split').toEqual([]);

      await page.getByRole('button', { name: '拆分到各栏' }).click();
      await expect(customers.textbox('单位名称')).toHaveValue('中国电子科技集团有限公司');
      await expect(customers.textbox('简称')).toHaveValue('电科');
      await expect(page.getByTestId('pasted-left-over')).toContainText('025-51821234');
      await customers.submit();
      await expect(page.getByRole('heading', { level: 2, name: '中国电子科技集团有限公司' })).toBeVisible();
    });

    await test.step('an impossible date shows no real-looking date and is refused', async () => {
      await customers.gotoNew();
      await customers.fillForm({ name: '中国航天科工集团有限公司', type: '军工集团单位', cooperationStart: '2026-13-45' });
      await expect(page.getByText('2027年2月14日')).toHaveCount(0);
      await customers.submit();
      await expect(page.getByText('日期无效（格式 YYYY-MM-DD，且须为实际存在的日期）')).toBeVisible();
      await expect(page.getByText('2027年2月14日')).toHaveCount(0);
      await page.screenshot({ path: `${SHOTS}/customer-form-invalid-date.png` });
      await customers.textbox('开始合作日期').fill('2024-02-29');
      await expect(page.getByText('2024年2月29日')).toBeVisible();
    });
  });
});
