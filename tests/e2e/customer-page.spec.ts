import type { AppPage } from './pages/app-page';
import { expect, test } from './fixtures';
import { seriousViolations } from './axe';
import { chineseDay, CustomerPageModel, shanghaiDay } from './pages/customer-page';
import { addBenefitYear, closeNotifications, pickByKeyboard, saveReceivable, setUp } from './steps';

/**
 * The customer page as an account manager uses it: contacts and calls, interactions (with a
 * refused entry that saves nothing), requirements flagged when overdue (also in 客户需求),
 * business figures in 万元, the timeline, and every tab checked with axe and photographed.
 */
const SHOTS = 'test-results/screenshots';

async function customerWithManager(app: AppPage, cp: CustomerPageModel) {
  await app.openSetUp();
  await cp.addManager('张伟', '13812345678');
  return cp.createCustomer({
    name: '航天材料及工艺研究所',
    type: '科研院所',
    manager: '张伟',
  });
}

// One customer for the four (each step its own tab): the interactions first, while the customer has none.
test('one customer’s page: interactions, an overdue requirement, contacts and a call, business figures and the timeline', async ({ app, page }) => {
  test.setTimeout(90_000);
  const cp = new CustomerPageModel(page);
  const id = await customerWithManager(app, cp);

  await test.step('interactions: an invalid entry shows Chinese messages and saves nothing; valid ones list newest first', async () => {
    await cp.tab('往来记录');
    await expect(cp.panel().getByText('还没有往来记录')).toBeVisible();

    await cp.panel().getByRole('button', { name: '新增往来记录' }).click();
    const dialog = cp.dialog('新增往来记录');
    await cp.choose(dialog, '方式', '技术交流');
    await cp.fillDate(dialog, '日期', '2026-03-10');
    await dialog.getByRole('textbox', { name: '内容摘要' }).fill('热防护材料技术交流');
    await cp.fillDate(dialog, '跟进日期', '2026-03-01');
    await cp.save(dialog);
    await expect(dialog.getByText('跟进日期不能早于往来日期')).toBeVisible();
    await expect(dialog.getByRole('alert')).toContainText('请更正标红的字段，尚未保存任何内容');
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toBeHidden();
    await expect(cp.panel().getByText('还没有往来记录')).toBeVisible();

    // The same entry, corrected, and an older one: the list is newest first.
    for (const [date, summary] of [
      ['2026-03-10', '热防护材料技术交流'],
      ['2026-01-15', '年度走访'],
    ] as const) {
      await cp.panel().getByRole('button', { name: '新增往来记录' }).click();
      const d = cp.dialog('新增往来记录');
      await cp.fillDate(d, '日期', date);
      await d.getByRole('textbox', { name: '内容摘要' }).fill(summary);
      await d.getByRole('textbox', { name: '下一步' }).fill('寄送样品');
      await cp.fillDate(d, '跟进日期', '2026-04-01');
      await cp.save(d);
      await expect(d).toBeHidden();
    }
    const rows = cp.panel().getByRole('row');
    await expect(rows.nth(1)).toContainText('2026年3月10日');
    await expect(rows.nth(2)).toContainText('2026年1月15日');
    await expect(rows.nth(1)).toContainText('跟进：2026年4月1日');

    // Edit one: the form opens with its values; delete the other: it goes to the recycle bin.
    await rows.nth(2).getByRole('button', { name: '编辑 2026年1月15日 拜访' }).click();
    const edit = cp.dialog('编辑往来记录');
    await expect(edit.getByRole('textbox', { name: '内容摘要' })).toHaveValue('年度走访');
    await edit.getByRole('textbox', { name: '内容摘要' }).fill('年度走访，确认明年需求');
    await cp.save(edit);
    await expect(edit).toBeHidden();
    await expect(rows.nth(2)).toContainText('年度走访，确认明年需求');
    await rows.nth(1).getByRole('button', { name: '删除 2026年3月10日 拜访' }).click();
    await cp.dialog('删除往来记录').getByRole('button', { name: '删除' }).click();
    await expect(rows).toHaveCount(2);
    await app.nav('回收站').click();
    await expect(page.getByTestId('bin-interactions')).toContainText('热防护材料技术交流');
  });

  await test.step('an overdue requirement is flagged on the customer and in 客户需求, which links back', async () => {
    await cp.open(id); // from 回收站, where the interactions step ended
    await cp.tab('需求');
    for (const [title, received, due] of [
      ['提供耐烧蚀涂层试验报告', shanghaiDay(-30), shanghaiDay(-3)],
      ['报价：复合材料舱段', shanghaiDay(-2), shanghaiDay(20)],
    ] as const) {
      await cp.panel().getByRole('button', { name: '新增需求' }).click();
      const d = cp.dialog('新增需求');
      await d.getByRole('textbox', { name: '需求名称' }).fill(title);
      await cp.choose(d, '承办部门', '工艺');
      await cp.fillDate(d, '接收日期', received);
      await cp.fillDate(d, '要求答复日期', due);
      await cp.save(d);
      await expect(d).toBeHidden();
    }
    await expect(cp.row('提供耐烧蚀涂层试验报告').getByTestId('overdue')).toHaveText('逾期');
    await expect(cp.row('报价：复合材料舱段').getByTestId('overdue')).toHaveCount(0);

    // A due date before the day it was received is refused.
    await cp.panel().getByRole('button', { name: '新增需求' }).click();
    const bad = cp.dialog('新增需求');
    await bad.getByRole('textbox', { name: '需求名称' }).fill('错误的日期');
    await cp.choose(bad, '承办部门', '设计');
    await cp.fillDate(bad, '接收日期', '2026-05-10');
    await cp.fillDate(bad, '要求答复日期', '2026-05-01');
    await cp.save(bad);
    await expect(bad.getByText('要求答复日期不能早于接收日期')).toBeVisible();
    await bad.getByRole('button', { name: '取消' }).click();

    // 客户需求 opens on the operator's own manager (张伟, the profile's operator) with the overdue one first.
    await app.nav('客户需求').click();
    await expect(page.getByRole('combobox', { name: '客户经理' })).toHaveValue('张伟');
    const rows = page.getByTestId('my-requirements').getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText('提供耐烧蚀涂层试验报告');
    await expect(rows.nth(1).getByTestId('overdue')).toBeVisible();
    await expect(page.getByTestId('my-req-summary')).toHaveText('共 2 项未答复需求，其中 1 项已逾期');
    await closeNotifications(page);
    await expect(page.getByTestId('my-req-summary')).toBeVisible();
    await page.screenshot({
      path: `${SHOTS}/my-requirements-zh-CN-light.png`,
      fullPage: true,
    });
    await rows.nth(1).getByRole('link', { name: '航天材料及工艺研究所' }).click();
    await expect(page).toHaveURL(new RegExp(`#/customers/${id}$`));
  });

  await test.step('contacts: the first is primary, the primary can move, a call is logged from a contact', async () => {
    await expect(page.getByTestId('customer-manager')).toContainText('张伟');

    await cp.tab('联系人');
    await cp.addContact({
      name: '王建国',
      title: '副所长',
      phones: ['010-68380000'],
    });
    await cp.addContact({
      name: '刘芳',
      title: '采购主管',
      phones: ['138 1234 5678'],
    });
    await expect(cp.row('王建国')).toContainText('主要联系人');
    await expect(cp.row('刘芳')).not.toContainText('主要联系人');
    await expect(cp.row('刘芳')).toContainText('13812345678');

    await cp.row('刘芳').getByRole('button', { name: '设 刘芳 为主要联系人' }).click();
    await expect(cp.row('刘芳')).toContainText('主要联系人');
    await expect(cp.row('王建国')).not.toContainText('主要联系人');

    await cp.row('刘芳').getByRole('button', { name: '记录 刘芳 的来电' }).click();
    const call = cp.dialog('记录来电：刘芳');
    await expect(call.getByRole('textbox', { name: '日期', exact: true })).toHaveValue(shanghaiDay());
    // The summary is required: saving without it is refused with the repository's message.
    await cp.save(call);
    await expect(call.getByText('此项必填')).toBeVisible();
    await call.getByRole('textbox', { name: '内容摘要' }).fill('询问 C/C 复合材料交付进度');
    await cp.save(call);
    await expect(call).toBeHidden();

    await cp.tab('往来记录');
    const logged = cp.row('询问 C/C 复合材料交付进度');
    await expect(logged).toContainText('电话');
    await expect(logged).toContainText('刘芳');
    await expect(logged).toContainText(chineseDay(shanghaiDay()));
  });

  await test.step('business figures in 万元, an unpaid receivable past due is flagged, the timeline merges everything', async () => {
    await cp.tab('经营数据');
    await cp.panel().getByRole('button', { name: '新增年度数据' }).click();
    const benefit = cp.dialog('新增年度数据');
    await benefit.getByRole('textbox', { name: '年度' }).fill('2025');
    await benefit.getByRole('textbox', { name: '合同额（万元）' }).fill('1234.5');
    await benefit.getByRole('textbox', { name: '年综合效益（万元）' }).fill('260');
    await cp.save(benefit);
    await expect(benefit).toBeHidden();
    await expect(cp.row('2025 年')).toContainText('1,234.50 万元');
    await expect(cp.row('2025 年')).toContainText('260.00 万元');

    await cp.panel().getByRole('button', { name: '新增应收款' }).click();
    const s = cp.dialog('新增应收款');
    await s.getByRole('textbox', { name: '应收金额（万元）' }).fill('80');
    await cp.fillDate(s, '应收日期', shanghaiDay(-40));
    // A payment needs its date too: the amount alone is refused.
    await s.getByRole('textbox', { name: '回款金额（万元）' }).fill('30');
    await cp.save(s);
    await expect(s.getByText('此项必填')).toBeVisible();
    await cp.fillDate(s, '回款日期', shanghaiDay(-35));
    await cp.save(s);
    await expect(s).toBeHidden();
    const receivable = cp.row('80.00 万元');
    await expect(receivable).toContainText('50.00 万元');
    await expect(receivable.getByTestId('overdue')).toBeVisible();

    await cp.tab('往来记录');
    await cp.panel().getByRole('button', { name: '新增往来记录' }).click();
    const d = cp.dialog('新增往来记录');
    await d.getByRole('textbox', { name: '内容摘要' }).fill('催收货款');
    await cp.save(d);
    await expect(d).toBeHidden();
    await cp.tab('时间线');
    await expect(page.getByTestId('timeline')).toContainText('催收货款');
  });
});

test('every tab passes axe and is photographed (zh-CN light; the contacts tab dark too)', async ({ app, page }) => {
  test.setTimeout(90_000);
  const cp = await setUp(app, page, ['张伟', '李娜']);
  const group = await cp.createCustomer({
    name: '中国航天科技集团有限公司',
    type: '军工集团单位',
    manager: '张伟',
  });
  const id = await cp.createCustomer({ name: '中国运载火箭技术研究院', manager: '张伟' }, group);
  await cp.tab('联系人');
  await cp.addContact({
    name: '王建国',
    title: '副院长',
    phones: ['010-68380000', '13800138000'],
  });
  await cp.addContact({ name: '刘芳', title: '采购主管' });
  await cp.tab('往来记录');
  await cp.panel().getByRole('button', { name: '新增往来记录' }).click();
  let d = cp.dialog('新增往来记录');
  await cp.choose(d, '方式', '技术交流');
  await d.getByRole('textbox', { name: '内容摘要' }).fill('新型防热材料方案交流，对方关注交付周期与批次一致性');
  await d.getByRole('textbox', { name: '下一步' }).fill('两周内提交试验大纲');
  await cp.fillDate(d, '跟进日期', shanghaiDay(14));
  await cp.save(d);
  await expect(d).toBeHidden();
  await cp.tab('需求');
  await cp.panel().getByRole('button', { name: '新增需求' }).click();
  d = cp.dialog('新增需求');
  await d.getByRole('textbox', { name: '需求名称' }).fill('提供耐烧蚀涂层试验报告');
  await cp.choose(d, '承办部门', '质量');
  await cp.fillDate(d, '接收日期', shanghaiDay(-20));
  await cp.fillDate(d, '要求答复日期', shanghaiDay(-5));
  await cp.save(d);
  await expect(d).toBeHidden();
  await cp.tab('经营数据');
  await addBenefitYear(cp, { contractWan: '12345.6', benefitWan: '260' });
  await expect(await saveReceivable(cp, { amountWan: '500', dueDay: shanghaiDay(-60) })).toBeHidden();
  await page.getByRole('button', { name: '交接', exact: true }).click();
  d = cp.dialog(/交接客户/);
  await cp.choose(d, '接手的客户经理', '李娜');
  await d.getByRole('textbox', { name: '交接原因' }).fill('岗位调整');
  await d.getByRole('button', { name: '确认交接' }).click();
  await expect(d).toBeHidden();

  await cp.open(id);
  await closeNotifications(page); // the toasts of the set-up above would cover the header in the screenshots
  await expect(page.getByRole('navigation', { name: '所属层级' }).getByRole('link', { name: '中国航天科技集团有限公司' })).toBeVisible();
  await expect(page.getByRole('button', { name: '新增下级单位' })).toBeVisible();
  const tabs = [
    ['概况', 'overview'],
    ['联系人', 'contacts'],
    ['往来记录', 'interactions'],
    ['需求', 'requirements'],
    ['经营数据', 'business'],
    ['时间线', 'timeline'],
    ['交接记录', 'handovers'],
    ['修改记录', 'history'],
  ] as const;
  for (const [name, slug] of tabs) {
    await cp.tab(name);
    await expect(cp.panel()).not.toBeEmpty();
    expect(await seriousViolations(page), `tab ${name}`).toEqual([]);
    await page.screenshot({
      path: `${SHOTS}/customer-${slug}-zh-CN-light.png`,
      fullPage: true,
    });
  }
  await page.getByRole('button', { name: '切换到深色主题' }).click();
  await cp.tab('联系人');
  expect(await seriousViolations(page), 'contacts, dark').toEqual([]);
  await page.screenshot({
    path: `${SHOTS}/customer-contacts-zh-CN-dark.png`,
    fullPage: true,
  });
  await cp.tab('经营数据');
  expect(await seriousViolations(page), 'business, dark').toEqual([]);
  await page.screenshot({
    path: `${SHOTS}/customer-business-zh-CN-dark.png`,
    fullPage: true,
  });

  // The group's page lists the unit as a sub-unit; a third-level unit offers no 新增下级单位.
  await cp.open(group);
  await expect(cp.panel().getByRole('link', { name: '中国运载火箭技术研究院' })).toBeVisible();
});

test('interaction and settlement forms: Enter in a select, multi-select or tags input never saves; a happened day after today is refused; focus returns', async ({
  app,
  page,
}) => {
  const cp = new CustomerPageModel(page);
  await customerWithManager(app, cp);
  await cp.tab('往来记录');
  const add = cp.panel().getByRole('button', { name: '新增往来记录' });
  await add.click();
  const dialog = cp.dialog('新增往来记录');
  await dialog.getByRole('textbox', { name: '内容摘要' }).fill('技术交流，对方提出');
  await pickByKeyboard(dialog, ['方式', '我方参与部门']);
  const people = dialog.getByRole('combobox', { name: '参与人员' });
  await people.fill('王主任');
  await people.press('Enter');
  await people.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: '内容摘要' })).toHaveValue('技术交流，对方提出');
  await expect(cp.panel().getByText('还没有往来记录')).toBeVisible();
  // The keys above toggled the default department off: pick one.
  const departments = dialog.getByRole('combobox', { name: '我方参与部门' }).first();
  await departments.focus();
  await departments.press('ArrowDown');
  await page.getByRole('option', { name: '设计', exact: true }).click();

  // Happened tomorrow: refused at the date; the follow-up may be later.
  await cp.fillDate(dialog, '日期', shanghaiDay(1));
  await cp.fillDate(dialog, '跟进日期', shanghaiDay(30));
  await cp.save(dialog);
  await expect(dialog.getByRole('textbox', { name: '日期', exact: true })).toHaveAccessibleDescription(/日期不能晚于今天/);
  await expect(cp.panel().getByText('还没有往来记录')).toBeVisible();
  await cp.fillDate(dialog, '日期', shanghaiDay());
  await cp.save(dialog);
  await expect(dialog).toBeHidden();
  await expect(add).toBeFocused();
  await expect(cp.row('技术交流，对方提出')).toBeVisible();

  await cp.tab('经营数据');
  await cp.panel().getByRole('button', { name: '新增应收款' }).click();
  const s = cp.dialog('新增应收款');
  await s.getByRole('textbox', { name: '应收金额（万元）' }).fill('12');
  await cp.fillDate(s, '应收日期', shanghaiDay(20));
  await cp.fillDate(s, '回款日期', shanghaiDay(1));
  await s.getByRole('textbox', { name: '回款金额（万元）' }).fill('12');
  await cp.save(s);
  await expect(s.getByRole('textbox', { name: '回款日期', exact: true })).toHaveAccessibleDescription(/日期不能晚于今天/);
  await page.screenshot({
    path: 'test-results/screenshots/customer-settlement-future.png',
  });
  await cp.fillDate(s, '回款日期', shanghaiDay());
  await cp.save(s);
  await expect(s).toBeHidden();
});
