import { expect, test, type Page } from './fixtures';
import { seriousViolations } from './axe';
import { STATS_NOW, statsFixtureComplaints } from './data/complaint-stats-fixture';
import { seedRecords } from './data/seed';
import { ACCOUNTS } from './pages/app-page';
import { CustomerPageModel } from './pages/customer-page';
import { formContact, formCustomer, seedInstitute } from './pages/seed-institute';

/**
 * 统计分析 as a quality manager reads it, and 回访 as an account manager records it. Complaints come
 * from the shared fixture (its header gives every number asserted here), written into the database
 * since their own screens are another feature; the clock is fixed at the fixture's "now". The customer
 * (and its contact) each test starts from are written too, before the app opens (openSetUp's beforeOpen):
 * the forms that make them are other specs' subject, and rows written after the start would need a
 * reload and a second sign-in before the app's live queries saw them.
 */
const SHOTS = 'test-results/screenshots';

async function ready(page: Page, testId: string) {
  await expect(page.getByTestId(testId)).toHaveAttribute('aria-busy', 'false');
}

const figure = (page: Page, id: string) => page.getByTestId(`figure-${id}`);
const tableRow = (page: Page, panel: string, key: string) => page.getByTestId(`breakdown-${panel}`).locator(`tr[data-key="${key}"]`);
/** Revs of the seeded rows: before the fixed clock, which the app's clock then starts past. */
const SEEDED_AT = Date.parse(STATS_NOW);

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(STATS_NOW));
});

test('投诉统计 shows the fixture’s numbers, and the year and grade filters change them', async ({ app, page }) => {
  test.setTimeout(90_000);
  const customer = formCustomer('航天材料及工艺研究所', 'research_institute');
  await app.openSetUp('/', ACCOUNTS.business, 'A', async (p) => {
    await seedInstitute(p, { customers: [customer] }, SEEDED_AT);
    await seedRecords(p, 'complaints', statsFixtureComplaints(customer.id));
  });

  await app.nav('统计分析').click();
  await expect(page.getByRole('heading', { level: 2, name: '统计分析' })).toBeVisible();
  await expect(page.getByRole('link', { name: '投诉统计' })).toHaveAttribute('aria-current', 'page');
  await ready(page, 'complaint-stats');
  await expect(page.getByRole('combobox', { name: '年度' })).toHaveValue('2026 年');
  await expect(figure(page, 'total')).toContainText('6 件');
  await expect(figure(page, 'answer-on-time')).toContainText('60.0%');
  await expect(figure(page, 'answer-on-time')).toContainText('3 / 5 件按期');
  await expect(figure(page, 'close-on-time')).toContainText('40.0%');
  await expect(figure(page, 'mean-answer')).toContainText('7.25 天');
  await expect(figure(page, 'mean-close')).toContainText('16 天');
  await expect(figure(page, 'verification')).toContainText('3.67 / 5');
  // Each figure once (issue 17.3): the cards, no second table repeating them.
  await expect(page.getByTestId('complaint-stats').getByText('答复及时率', { exact: true })).toHaveCount(1);
  await expect(tableRow(page, 'category', 'quality')).toHaveText(/质量问题\s*2\s*33\.3%/);
  await expect(tableRow(page, 'category', 'price')).toHaveText(/价格\s*0/);
  await expect(tableRow(page, 'department', '质量部')).toHaveText(/质量部\s*3\s*50\.0%/);
  await expect(tableRow(page, 'severity', 'critical')).toHaveText(/严重\s*1/);
  await expect(tableRow(page, 'month', '03')).toHaveText(/3 月\s*2/);
  await expect(page.getByTestId('breakdown-category').locator('.recharts-bar-rectangle')).not.toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/analysis-stats-zh-CN-light.png`, fullPage: true });

  // The year before: the complaint of 2025-12-31 23:00 (China time) is counted there.
  await page.getByRole('combobox', { name: '年度' }).click();
  await page.getByRole('option', { name: '2025 年' }).click();
  await ready(page, 'complaint-stats');
  await expect(figure(page, 'total')).toContainText('2 件');
  await expect(figure(page, 'answer-on-time')).toContainText('100.0%');
  await expect(figure(page, 'close-on-time')).toContainText('50.0%');
  await expect(figure(page, 'mean-answer')).toContainText('4.5 天');
  await expect(tableRow(page, 'month', '12')).toHaveText(/12 月\s*1/);

  // Back to 2026, AAA customers only.
  await page.getByRole('combobox', { name: '年度' }).click();
  await page.getByRole('option', { name: '2026 年' }).click();
  await page.getByRole('combobox', { name: '客户等级' }).click();
  await page.getByRole('option', { name: 'AAA', exact: true }).click();
  await page.keyboard.press('Escape');
  await ready(page, 'complaint-stats');
  await expect(figure(page, 'total')).toContainText('3 件');
  await expect(figure(page, 'answer-on-time')).toContainText('50.0%');
  await expect(figure(page, 'mean-answer')).toContainText('8 天');
  await expect(figure(page, 'mean-close')).toContainText('18 天');

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => localStorage.setItem('airgap-crm.color-scheme', 'dark'));
  await app.reload();
  await ready(page, 'complaint-stats');
  await expect(figure(page, 'total')).toContainText('6 件');
  await page.screenshot({ path: `${SHOTS}/analysis-stats-zh-CN-dark.png`, fullPage: true });
});

test('记录回访 with a survey completes the follow-up, and the survey shows in the customer’s 满意度 tab and the overall view', async ({ app, page }) => {
  test.setTimeout(150_000);
  const cp = new CustomerPageModel(page);
  const customer = formCustomer('中国运载火箭技术研究院', 'research_institute');
  const id = customer.id;
  await app.openSetUp('/', ACCOUNTS.business, 'A', async (p) => {
    await seedInstitute(p, { customers: [customer], contacts: [formContact(id, '刘工')] }, SEEDED_AT);
    // The follow-up the grading planned for this AA customer: due three days ago.
    await seedRecords(p, 'followUps', [
      { customerId: id, grade: 'AA', dueDate: '2026-11-24', basisDate: '2026-09-25', status: 'open', doneDate: null, interactionId: null },
    ]);
  });

  await app.nav('工作台').click();
  const card = page.getByTestId('follow-ups');
  await expect(card.getByTestId('follow-up-counts')).toContainText('已逾期 1 项');
  await card.getByRole('button', { name: '记录回访 中国运载火箭技术研究院' }).click();
  const dialog = page.getByRole('dialog', { name: '记录回访：中国运载火箭技术研究院' });
  await expect(dialog.getByTestId('visit-plan')).toContainText('本次回访将完成 2026年11月24日 到期的回访计划');
  await dialog.getByRole('textbox', { name: '内容摘要' }).fill('年末上门回访，了解惯导组件使用情况');
  // Nothing scored: refused with the reason, nothing saved.
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByRole('alert')).toContainText('请更正标红的字段，尚未保存任何内容');
  await expect(dialog).toContainText('请至少为一个维度打分');
  await dialog.getByRole('radiogroup', { name: '产品质量' }).getByText('5', { exact: true }).click();
  await dialog.getByRole('radiogroup', { name: '交付' }).getByText('3', { exact: true }).click();
  await dialog.getByRole('combobox', { name: '受访人' }).fill('刘工');
  await dialog.getByRole('textbox', { name: '客户意见' }).fill('交付周期希望再缩短');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/analysis-visit-form-zh-CN-light.png` });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('回访及满意度调查已记录')).toBeVisible();
  // Done, and the next one (AA: 60 days on) is not due within the week: nothing left on the card.
  await expect(card.getByTestId('follow-up-list')).toBeHidden();
  await expect(card).not.toContainText('已逾期 1 项');

  await cp.open(id);
  await cp.tab('满意度');
  const panel = cp.panel();
  await expect(panel.getByTestId('customer-trend').locator('tr[data-period="2026-Q4"]')).toHaveText(/2026-Q4\s*75\s*1/);
  await expect(panel.getByTestId('customer-surveys')).toContainText('上门回访');
  await expect(panel.getByTestId('customer-surveys')).toContainText('4 / 5');
  await expect(panel.getByTestId('customer-surveys')).toContainText('刘工');
  await cp.tab('往来记录');
  await expect(cp.panel()).toContainText('年末上门回访');

  // A questionnaire filled in by hand, monthly trend.
  await cp.tab('满意度');
  await panel.getByRole('button', { name: '录入调查' }).click();
  const form = page.getByRole('dialog', { name: '录入满意度调查' });
  await cp.fillDate(form, '调查日期', '2026-10-15');
  for (const label of ['产品质量', '交付', '技术服务', '沟通', '价格'])
    await form.getByRole('radiogroup', { name: label }).getByText('4', { exact: true }).click();
  await page.screenshot({ path: `${SHOTS}/analysis-survey-form-zh-CN-light.png` });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(panel.getByTestId('customer-trend').locator('tr[data-period="2026-Q4"]')).toHaveText(/2026-Q4\s*75\s*2/);
  await panel.getByRole('radiogroup', { name: '统计周期' }).getByText('按月').click();
  await expect(panel.getByTestId('customer-trend').locator('tr[data-period="2026-10"]')).toHaveText(/2026-10\s*75\s*1/);
  await expect(panel.getByTestId('customer-trend').locator('tr[data-period="2026-11"]')).toHaveText(/2026-11\s*75\s*1/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/analysis-customer-tab-zh-CN-light.png`, fullPage: true });

  // The overall view, and a new version of the questionnaire: the old surveys keep theirs.
  await app.nav('统计分析').click();
  await page.getByRole('link', { name: '满意度' }).click();
  await ready(page, 'satisfaction-overview');
  await expect(page.getByTestId('overall-trend-chart').locator('tr[data-period="2026-Q4"]')).toHaveText(/2026-Q4\s*75\s*2/);
  await expect(page.getByTestId('dimension-means').locator('tr[data-dimension="product_quality"]')).toHaveText(/产品质量\s*87\.5%\s*2/);
  await expect(page.getByTestId('latest-surveys')).toContainText('中国运载火箭技术研究院');
  const editor = page.getByTestId('questionnaire-editor');
  await editor.getByRole('textbox', { name: '第 5 个维度的名称' }).fill('价格与交付条款');
  await editor.getByRole('button', { name: '添加维度' }).click();
  await editor.getByRole('textbox', { name: '第 6 个维度的名称' }).fill('保密管理');
  await editor.getByRole('button', { name: '保存为新版本' }).click();
  await expect(page.getByText('已保存为第 2 版')).toBeVisible();
  await expect(editor.getByTestId('questionnaire-versions')).toContainText('客户满意度调查表（第 2 版） · 张伟 保存');
  await expect(editor.getByTestId('questionnaire-versions')).toContainText('客户满意度调查表（第 1 版） · 内置默认版本');
  await expect(page.getByTestId('latest-surveys')).toContainText('客户满意度调查表（第 1 版）');
  expect(await seriousViolations(page)).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/analysis-satisfaction-zh-CN-light.png`, fullPage: true });
});

test('Enter in 受访人 or a select keeps the 回访 and survey dialogs open with their text; a survey dated tomorrow is refused; focus returns', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  const cp = new CustomerPageModel(page);
  const customer = formCustomer('中国运载火箭技术研究院', 'research_institute');
  await app.openSetUp(`/customers/${customer.id}`, ACCOUNTS.business, 'A', (p) =>
    seedInstitute(p, { customers: [customer], contacts: [formContact(customer.id, '刘工')] }, SEEDED_AT),
  );
  await cp.tab('满意度');
  const panel = cp.panel();

  // Issue 12.3: the respondent typed and Enter pressed, the customer's words half written.
  const opener = panel.getByRole('button', { name: '记录回访' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: '记录回访：中国运载火箭技术研究院' });
  await dialog.getByRole('textbox', { name: '内容摘要' }).fill('年末电话回访');
  await dialog.getByRole('radiogroup', { name: '产品质量' }).getByText('5', { exact: true }).click();
  await dialog.getByRole('textbox', { name: '客户意见' }).fill('交付周期希望再');
  const respondent = dialog.getByRole('combobox', { name: '受访人' });
  await respondent.fill('王处长');
  await respondent.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: '客户意见' })).toHaveValue('交付周期希望再');
  await expect(respondent).toHaveValue('王处长');
  // A contact picked with the keyboard: Enter chooses it, and still does not save.
  await respondent.fill('刘');
  await respondent.press('ArrowDown');
  await respondent.press('Enter');
  await expect(respondent).toHaveValue('刘工');
  await expect(dialog).toBeVisible();
  await expect(page.getByText('回访及满意度调查已记录')).toHaveCount(0);
  await dialog.getByRole('textbox', { name: '客户意见' }).fill('交付周期希望再缩短');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('回访及满意度调查已记录')).toBeVisible();
  await expect(opener).toBeFocused();
  await expect(panel.getByTestId('customer-surveys')).toContainText('刘工');

  // 录入调查: Enter on the source select opens or picks, never saves; tomorrow is refused at the date.
  const add = panel.getByRole('button', { name: '录入调查' });
  await add.click();
  const form = page.getByRole('dialog', { name: '录入满意度调查' });
  await form.getByRole('radiogroup', { name: '交付' }).getByText('4', { exact: true }).click();
  await form.getByRole('textbox', { name: '客户意见' }).fill('资料齐全');
  const source = form.getByRole('combobox', { name: '来源' });
  await source.focus();
  await source.press('Enter');
  await source.press('Enter');
  await expect(form).toBeVisible();
  await expect(form.getByRole('textbox', { name: '客户意见' })).toHaveValue('资料齐全');
  await cp.fillDate(form, '调查日期', '2026-11-28');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByRole('textbox', { name: '调查日期', exact: true })).toHaveAccessibleDescription(/日期不能晚于今天/);
  await expect(panel.getByTestId('customer-surveys').getByRole('row')).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/analysis-survey-future-zh-CN-light.png` });
  await cp.fillDate(form, '调查日期', '2026-11-27');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(add).toBeFocused();
  await expect(panel.getByTestId('customer-surveys').getByRole('row')).toHaveCount(3);
});
