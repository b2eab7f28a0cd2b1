import { expect, test, type Page } from './fixtures';
import { seriousViolations } from './axe';
import type { CustomerPageModel } from './pages/customer-page';
import { shanghaiDay } from './pages/customer-page';
import { addBenefitYear, closeNotifications, fillSubjectiveScores, saveReceivable, setUp } from './steps';

/**
 * 客户分级 as a department uses it once a year: customers with business figures, an annual grading
 * drafted, its grades and reasons read, one grade overridden (refused without a reason, nothing
 * saved), the draft approved by a department head, the grade on the customer's timeline, and the
 * 80/20 analysis of the same figures. Every page checked with axe and photographed.
 */
const SHOTS = 'test-results/screenshots';

/** The year a grading on today's date reads: the last complete calendar year. */
const BENEFIT_YEAR = Number(shanghaiDay().slice(0, 4)) - 1;

async function customerWithFigures(cp: CustomerPageModel, name: string, benefitWan: string | null, paidOnTime = false): Promise<string> {
  const id = await cp.createCustomer({ name, type: '科研院所', manager: '张伟' });
  if (benefitWan === null) return id;
  await cp.tab('经营数据');
  await addBenefitYear(cp, { year: String(BENEFIT_YEAR), contractWan: String(Number(benefitWan) * 4), benefitWan });
  if (paidOnTime)
    await expect(await saveReceivable(cp, { amountWan: '100', dueDay: shanghaiDay(-40), paidWan: '100', paidDay: shanghaiDay(-38) })).toBeHidden();
  return id;
}

/** 发起年度定级 from the grading section (with `note` as its 备注 when given): the draft opens; returns its URL. */
async function draftAnnualGrading(page: Page, cp: CustomerPageModel, note?: string): Promise<string> {
  await page.goto('/#/grading');
  await page.getByRole('button', { name: '发起年度定级' }).click();
  const draft = cp.dialog('发起年度定级');
  if (note !== undefined) await draft.getByRole('textbox', { name: '备注' }).fill(note);
  await draft.getByRole('button', { name: '生成草稿' }).click();
  await expect(page).toHaveURL(/#\/grading\/runs\/[0-9a-f-]{36}$/);
  return page.url();
}

/** On the customer's 客户分级 tab: every subjective item scored (80 of 100), saved, and submitted as a single-customer draft. */
async function scoreAndSubmit(cp: CustomerPageModel, id: string) {
  await cp.open(id);
  await cp.tab('客户分级');
  const panel = cp.panel();
  await fillSubjectiveScores(panel);
  await panel.getByRole('button', { name: '保存评分' }).click();
  await expect(panel.getByTestId('grading-result')).toContainText('主观评分 80 / 100 分');
  await panel.getByRole('button', { name: '提交定级' }).click();
  return panel;
}

const entry = (page: Page, name: string) =>
  page
    .getByTestId('run-entries')
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });

test('annual grading: draft with reasons, an override needs a reason, approval sets the grades, 80/20 names the key customers', async ({ app, page }) => {
  test.setTimeout(120_000);
  const cp = await setUp(app, page, ['张伟']);
  // 260 万元 paid on time → AAA; 30 万元 → AA; 5 万元 → A; no figures → A.
  const institute = await customerWithFigures(cp, '航天材料及工艺研究所', '260', true);
  await customerWithFigures(cp, '中国运载火箭技术研究院', '30');
  await customerWithFigures(cp, '西安航天动力研究所', '5');
  await customerWithFigures(cp, '北京航空材料研究院', null);

  // The section in the navigation, its runs list empty, the draft explained.
  await page.goto('/#/');
  await app.nav('客户分级').click();
  await expect(page.getByRole('heading', { level: 2, name: '客户分级' })).toBeVisible();
  await expect(page.getByText('在部门负责人批准之前，客户的等级不会改变')).toBeVisible();
  await expect(page.getByText('还没有定级批次')).toBeVisible();

  await page.getByRole('button', { name: '发起年度定级' }).click();
  const draft = cp.dialog('发起年度定级');
  await expect(draft.getByRole('textbox', { name: '评定日期' })).toHaveValue(shanghaiDay());
  await expect(draft.getByTestId('draft-benefit-year')).toContainText(`将读取 ${BENEFIT_YEAR} 年的年综合效益`);
  await draft.getByRole('textbox', { name: '备注' }).fill(`${BENEFIT_YEAR + 1} 年度客户定级`);
  await draft.getByRole('button', { name: '生成草稿' }).click();
  await expect(page).toHaveURL(/#\/grading\/runs\/[0-9a-f-]{36}$/);
  const runUrl = page.url();

  // The draft: every customer proposed, with the deciding sentence.
  await expect(page.getByTestId('run-status')).toHaveText('草稿');
  await expect(page.getByTestId('entry-count')).toHaveText('显示 4 个，共 4 个客户');
  await expect(page.getByRole('button', { name: '新定级 4' })).toBeVisible();
  await expect(entry(page, '航天材料及工艺研究所')).toContainText('AAA：年综合效益 260 万元 ≥ 200 万元，且回款稳定');
  await expect(entry(page, '中国运载火箭技术研究院')).toContainText('AA：年综合效益 30 万元 ≥ 20 万元');
  await expect(entry(page, '西安航天动力研究所')).toContainText('A：未满足 AA 类任一条件（年综合效益 5 万元 < 20 万元');
  await expect(entry(page, '北京航空材料研究院')).toContainText('年综合效益无数据');
  await closeNotifications(page); // the toasts of the set-up
  await expect(page.getByTestId('entry-count')).toBeVisible();
  expect(await seriousViolations(page), 'run page').toEqual([]);
  await page.screenshot({ path: `${SHOTS}/grading-run-zh-CN-light.png`, fullPage: true });

  // An override without a reason is refused under the field, and nothing is saved.
  await entry(page, '西安航天动力研究所').getByRole('button', { name: '调整 西安航天动力研究所 的等级' }).click();
  let modal = cp.dialog('调整等级：西安航天动力研究所');
  await modal.getByRole('radio', { name: 'AA', exact: true }).check();
  await modal.getByRole('button', { name: '保存' }).click();
  await expect(modal.getByText('人工调整等级必须填写理由')).toBeVisible();
  expect(await seriousViolations(page), 'override modal').toEqual([]);
  await page.screenshot({ path: `${SHOTS}/grading-override-zh-CN-light.png` });
  await modal.getByRole('button', { name: '取消' }).click();
  await expect(modal).toBeHidden();
  await expect(entry(page, '西安航天动力研究所').getByTestId('override')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '人工调整 0' })).toBeVisible();

  // With a reason it is kept, marked, and counted.
  await entry(page, '西安航天动力研究所').getByRole('button', { name: '调整 西安航天动力研究所 的等级' }).click();
  modal = cp.dialog('调整等级：西安航天动力研究所');
  await modal.getByRole('radio', { name: 'AA', exact: true }).check();
  await modal.getByRole('textbox', { name: '调整理由' }).fill('已签订明年 50 万元的框架合同');
  await modal.getByRole('button', { name: '保存' }).click();
  await expect(modal).toBeHidden();
  await expect(entry(page, '西安航天动力研究所').getByTestId('override')).toContainText('已签订明年 50 万元的框架合同');
  await page.getByRole('button', { name: '人工调整 1' }).click();
  await expect(page.getByTestId('entry-count')).toHaveText('显示 1 个，共 4 个客户');
  await page.getByRole('button', { name: '人工调整 1' }).click();
  await page.getByRole('textbox', { name: '按客户名称查找' }).fill('hj');
  await expect(page.getByTestId('entry-count')).toHaveText('显示 1 个，共 4 个客户');
  await expect(entry(page, '中国运载火箭技术研究院')).toBeVisible();
  await page.getByRole('button', { name: '清除查找' }).click();

  // A department head approves: the approver is the signed-in user (张伟 holds 部门负责人), shown, never typed.
  await page.getByRole('button', { name: '批准', exact: true }).click();
  const approve = cp.dialog('批准定级结果');
  await expect(approve.getByTestId('approver')).toHaveText('审批人：张伟');
  await expect(approve.getByRole('textbox')).toHaveCount(1);
  await approve.getByRole('button', { name: '批准' }).click();
  await expect(approve).toBeHidden();
  await expect(page.getByTestId('run-status')).toHaveText('已批准');
  await expect(page.getByTestId('run-approval')).toContainText('张伟，批准于');
  // Read-only now: no override, no second approval.
  await expect(page.getByRole('button', { name: /^调整 / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '批准', exact: true })).toHaveCount(0);

  // The runs list says who approved it.
  await page.getByRole('link', { name: '返回定级批次' }).click();
  const runRow = page.getByTestId('grading-runs').getByRole('row').filter({ hasText: '已批准' });
  await expect(runRow).toContainText('张伟，批准于');
  await expect(runRow).toContainText('共 4 个客户');
  await expect(runRow).toContainText('人工调整 1');
  await app.reload();
  await expect(runRow).toBeVisible();
  expect(await seriousViolations(page), 'runs list').toEqual([]);
  await page.screenshot({ path: `${SHOTS}/grading-runs-zh-CN-light.png`, fullPage: true });
  await runRow.getByRole('link').click();
  await expect(page).toHaveURL(runUrl);

  // The customer's grade and its timeline.
  await cp.open(institute);
  await cp.tab('时间线');
  await expect(page.getByTestId('timeline')).toContainText('客户等级：未定级 → AAA');

  // 80/20 of the same year: one key customer makes 260 of 295 万元.
  await page.goto('/#/grading');
  await page.getByRole('link', { name: '80/20 分析' }).click();
  const pareto = page.locator('[data-testid=pareto][aria-busy=false]');
  await expect(pareto).toBeVisible();
  await expect(page.getByRole('combobox', { name: '年度' })).toHaveValue(`${BENEFIT_YEAR} 年`);
  await expect(page.getByTestId('pareto-summary')).toHaveText('1 个重点客户（占有效益客户的 33.3%）贡献了 88.1% 的年综合效益，合计 260.00 万元');
  await expect(page.getByTestId('pareto-without')).toHaveText(`另有 1 个客户无 ${BENEFIT_YEAR} 年经营数据，未参与排名。`);
  const ranking = page.getByTestId('pareto-table').getByRole('row');
  await expect(ranking).toHaveCount(4);
  await expect(ranking.nth(1)).toContainText('航天材料及工艺研究所');
  await expect(ranking.nth(1)).toContainText('重点');
  await expect(ranking.nth(2)).toContainText('中国运载火箭技术研究院');
  await expect(ranking.nth(2)).not.toContainText('重点');
  // 260 + 30 of 295: 98.3 % cumulative; the last one reaches 100 %.
  await expect(ranking.nth(2)).toContainText('98.3%');
  await expect(ranking.nth(3)).toContainText('100.0%');
  const distribution = page.getByTestId('grade-distribution');
  for (const row of ['AAA 1 25.0%', 'AA 2 50.0%', 'A 1 25.0%', '未定级 0 0.0%'])
    await expect(distribution.getByRole('row', { name: row, exact: true })).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle')).toHaveCount(3);
  expect(await seriousViolations(page), '80/20').toEqual([]);
  await page.screenshot({ path: `${SHOTS}/grading-pareto-zh-CN-light.png`, fullPage: true });
  await page.getByRole('button', { name: '切换到深色主题' }).click();
  expect(await seriousViolations(page), '80/20 dark').toEqual([]);
  await page.screenshot({ path: `${SHOTS}/grading-pareto-zh-CN-dark.png`, fullPage: true });
});

test('empty states, and a discarded draft changes nothing and is read-only', async ({ app, page }) => {
  const cp = await setUp(app, page);
  await page.goto('/#/grading/pareto');
  await expect(page.locator('[data-testid=pareto][aria-busy=false]')).toBeVisible();
  await expect(page.getByText('还没有任何客户的年度经营数据')).toBeVisible();
  await expect(page.getByText('档案中还没有客户。')).toBeVisible();
  expect(await seriousViolations(page), '80/20 empty').toEqual([]);

  const id = await cp.createCustomer({ name: '航天材料及工艺研究所', type: '科研院所' });
  await page.goto('/#/grading/pareto');
  await expect(page.getByText('还没有客户定级')).toBeVisible();

  await page.goto('/#/grading');
  await page.getByRole('button', { name: '发起年度定级' }).click();
  await cp.dialog('发起年度定级').getByRole('button', { name: '生成草稿' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('草稿');

  // In English the reason is rendered from the decision, not the stored Chinese sentence.
  await page.getByRole('radiogroup', { name: '语言' }).getByText('English').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Grading of all customers' })).toBeVisible();
  await expect(entry(page, '航天材料及工艺研究所')).toContainText(
    'A: none of the AA conditions is met (no annual benefit figures, cooperation 0 < 1 years, payment stability unknown, subjective score not entered)',
  );
  expect(await seriousViolations(page), 'run page, en-US').toEqual([]);
  await page.screenshot({ path: `${SHOTS}/grading-run-en-US-light.png`, fullPage: true });
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('简体中文').click();

  await page.getByRole('button', { name: '放弃', exact: true }).click();
  await cp.dialog('放弃该定级草稿？').getByRole('button', { name: '放弃草稿' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('已放弃');
  await expect(page.getByText('该草稿已放弃')).toBeVisible();
  await expect(page.getByRole('button', { name: /^调整 / })).toHaveCount(0);
  await cp.open(id);
  await cp.tab('时间线');
  await expect(cp.panel()).toBeVisible();
  await expect(cp.panel()).not.toContainText('客户等级');

  // A run that does not exist.
  await page.goto('/#/grading/runs/00000000-0000-7000-8000-000000000000');
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
});

test('an approval keeps the run’s 备注 apart from its comment, and supersedes the stale single-customer draft', async ({ app, page }) => {
  test.setTimeout(120_000);
  const cp = await setUp(app, page, ['张伟']);
  const id = await customerWithFigures(cp, '航天材料及工艺研究所', '260', true);

  // The manager scores the customer and submits a single-customer draft: 未定级 → AAA, waiting.
  const panel = await scoreAndSubmit(cp, id);
  await expect(panel.getByTestId('pending-draft')).toBeVisible();

  // The annual grading, with its 备注, approved with a comment.
  const note = `${BENEFIT_YEAR + 1}年度客户定级`;
  const batchUrl = await draftAnnualGrading(page, cp, note);
  await page.getByRole('button', { name: '批准', exact: true }).click();
  const approve = cp.dialog('批准定级结果');
  await expect(approve.getByTestId('approver')).toHaveText('审批人：张伟');
  await approve.getByRole('textbox', { name: '审批意见' }).fill('同意');
  await approve.getByRole('button', { name: '批准' }).click();
  await expect(approve).toBeHidden();
  await expect(page.getByTestId('run-status')).toHaveText('已批准');
  await expect(page.getByTestId('run-note')).toHaveText(note);
  await expect(page.getByTestId('run-approval-note')).toHaveText('同意');

  // The runs list: the batch keeps its note and shows the comment; the single draft is superseded, not waiting.
  await page.getByRole('link', { name: '返回定级批次' }).click();
  const batchRow = page.getByTestId('grading-runs').getByRole('row').filter({ hasText: '已批准' });
  await expect(batchRow).toContainText(note);
  await expect(batchRow).toContainText('同意');
  const singleRow = page.getByTestId('grading-runs').getByRole('row').filter({ hasText: '已被取代' });
  await expect(singleRow).toContainText('航天材料及工艺研究所');
  await expect(page.getByTestId('grading-runs').getByRole('row').filter({ hasText: '草稿' })).toHaveCount(0);

  // The superseded draft says why and links to the run that superseded it.
  await singleRow.getByRole('link').first().click();
  await expect(page.getByTestId('run-status')).toHaveText('已被取代');
  await expect(page.getByTestId('run-superseded')).toContainText('该草稿已被取代');
  await expect(page.getByRole('button', { name: '批准', exact: true })).toHaveCount(0);
  await page.setViewportSize({ width: 1366, height: 768 });
  expect(await seriousViolations(page), 'superseded run').toEqual([]);
  await page.screenshot({ path: `${SHOTS}/grading-run-superseded-zh-CN-light.png` });
  await page.getByRole('link', { name: '查看取代它的定级批次' }).click();
  await expect(page).toHaveURL(batchUrl);

  // On the customer page nothing waits any more, and the history carries the note and the comment apart.
  await cp.open(id);
  await cp.tab('客户分级');
  await expect(panel.getByTestId('pending-draft')).toHaveCount(0);
  await expect(page.getByTestId('customer-grade')).toHaveText('AAA');
  const history = panel.getByTestId('grade-history').getByRole('row');
  await expect(history).toHaveCount(2);
  await expect(history.nth(1)).toContainText('审批意见：同意');
  await expect(history.nth(1)).toContainText(`备注：${note}`);
  await panel.getByTestId('grade-history').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/customer-grade-history-notes-zh-CN-light.png` });
});

test('a single-customer approval closes only that customer’s grading in the open annual draft', async ({ app, page }) => {
  test.setTimeout(120_000);
  const cp = await setUp(app, page, ['张伟']);
  const id = await customerWithFigures(cp, '航天材料及工艺研究所', '260', true);
  await customerWithFigures(cp, '中国运载火箭技术研究院', '30');

  const batchUrl = await draftAnnualGrading(page, cp);

  // The institute is graded on its own and approved while the annual draft is open.
  const panel = await scoreAndSubmit(cp, id);
  const draft = panel.getByTestId('pending-draft');
  await draft.getByRole('button', { name: '批准' }).click();
  const approve = cp.dialog('批准定级');
  await expect(approve.getByTestId('approver')).toHaveText('审批人：张伟');
  await approve.getByRole('button', { name: '批准' }).click();
  await expect(approve).toBeHidden();
  await expect(page.getByTestId('customer-grade')).toHaveText('AAA');

  // The annual draft stays open for the other customer; the institute's row is closed, linked, not adjustable.
  await page.goto(batchUrl);
  await expect(page.getByTestId('run-status')).toHaveText('草稿');
  await expect(page.getByTestId('run-partly-superseded')).toHaveText('其中 1 个客户已由较新的定级批次决定，批准本草稿时这些客户不受影响。');
  await expect(page.getByTestId('entry-count')).toHaveText('显示 2 个，共 2 个客户');
  await expect(page.getByRole('button', { name: '全部 2' })).toBeVisible();
  await expect(page.getByRole('button', { name: '新定级 1' })).toBeVisible();
  await expect(entry(page, '航天材料及工艺研究所').getByTestId('entry-superseded')).toHaveText('已被取代');
  await expect(page.getByRole('button', { name: '调整 航天材料及工艺研究所 的等级' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '调整 中国运载火箭技术研究院 的等级' })).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  expect(await seriousViolations(page), 'partly superseded run').toEqual([]);
  await page.screenshot({ path: `${SHOTS}/grading-run-partly-superseded-zh-CN-light.png` });
  await entry(page, '航天材料及工艺研究所').getByTestId('entry-superseded').click();
  await expect(page.getByTestId('run-status')).toHaveText('已批准');
  await expect(page.getByRole('heading', { level: 2, name: '单个客户定级：航天材料及工艺研究所' })).toBeVisible();
});
