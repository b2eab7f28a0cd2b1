import { expect, test } from './fixtures';
import { seriousViolations } from './axe';
import { chineseDay, CustomerPageModel, shanghaiDay } from './pages/customer-page';
import { confirmAfterRequired, setUpWith } from './steps';

/**
 * A manager leaves: all of their customers go to a successor at once (批量交接). Each customer keeps
 * the handover in its 交接记录 and the manager change in its 修改记录; the successor confirms.
 */
test('bulk handover of a manager’s customers, read back in the handover and change history', async ({ app, page }) => {
  test.setTimeout(60_000);
  const {
    cp,
    ids: [first],
  } = await setUpWith(
    app,
    page,
    [
      ['张伟', '13812345678'],
      ['李娜', '010-68381234'],
    ],
    [
      { name: '航天材料及工艺研究所', type: 'research_institute', manager: '张伟' },
      { name: '北京航空材料研究院', type: 'research_institute', manager: '张伟' },
      { name: '西安航天动力研究所', type: 'research_institute', manager: '李娜' },
    ],
  );

  await page.goto('/#/settings');
  const section = cp.managersSection();
  await expect(section.getByRole('row', { name: /张伟/ })).toContainText('2');
  await expect(section.getByRole('row', { name: /李娜/ })).toContainText('1');
  await section.screenshot({ path: 'test-results/screenshots/managers-zh-CN-light.png' });

  await section.getByRole('button', { name: '批量交接' }).click();
  const dialog = cp.dialog('批量交接');
  // Nothing chosen: refused, nothing handed over.
  await dialog.getByRole('button', { name: '确认交接' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await cp.choose(dialog, '交出的客户经理', '张伟（2 个客户）');
  await cp.choose(dialog, '接手的客户经理', '李娜');
  await cp.fillDate(dialog, '交接日期', shanghaiDay());
  await dialog.getByRole('textbox', { name: '交接原因' }).fill('张伟调任科研处');
  await dialog.getByRole('textbox', { name: '交接说明' }).fill('重点关注 703 所的回款');
  await dialog.getByRole('button', { name: '确认交接' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已将 2 个客户交接给 李娜')).toBeVisible();
  await expect(section.getByRole('row', { name: /张伟/ }).getByRole('cell').nth(3)).toHaveText('0');
  await expect(section.getByRole('row', { name: /李娜/ }).getByRole('cell').nth(3)).toHaveText('3');

  await cp.open(first!);
  await expect(page.getByTestId('customer-manager')).toContainText('李娜');
  await cp.tab('交接记录');
  const handover = cp.row('张伟调任科研处');
  await expect(handover).toContainText('张伟 → 李娜');
  await expect(handover).toContainText(chineseDay(shanghaiDay()));
  await expect(handover).toContainText('重点关注 703 所的回款');
  await handover.getByRole('button', { name: '确认接收' }).click();
  await expect(handover).toContainText('张伟 已于');
  await expect(handover.getByRole('button', { name: '确认接收' })).toHaveCount(0);

  await cp.tab('修改记录');
  const change = cp.row('客户经理');
  await expect(change.first()).toContainText('张伟');
  await expect(change.first()).toContainText('李娜');
  await expect(cp.panel()).not.toContainText('managerId');

  await cp.tab('时间线');
  await expect(page.getByTestId('timeline')).toContainText('交接：张伟 → 李娜');
});

test('one customer handed over from its page; an inactive manager cannot take over', async ({ app, page }) => {
  const cp = new CustomerPageModel(page);
  await app.openSetUp();
  await cp.addManager('张伟');
  await cp.addManager('李娜');
  await cp.addManager('王强');
  const id = await cp.createCustomer({ name: '航天材料及工艺研究所', type: '科研院所', manager: '张伟' });

  // 王强 leaves: deactivated (never deleted), so he is no longer offered.
  await page.goto('/#/settings');
  const section = cp.managersSection();
  await section.getByRole('button', { name: '停用 王强' }).click();
  await cp.dialog('停用客户经理').getByRole('button', { name: '停用' }).click();
  await expect(section.getByRole('row', { name: /王强/ })).toContainText('已停用');
  expect(await seriousViolations(page), 'settings with the managers section').toEqual([]);

  await cp.open(id);
  await page.getByRole('button', { name: '交接', exact: true }).click();
  const dialog = cp.dialog('交接客户：航天材料及工艺研究所');
  await dialog.getByRole('combobox', { name: '接手的客户经理' }).click();
  await expect(page.getByRole('option', { name: '王强' })).toHaveCount(0);
  await expect(page.getByRole('option', { name: '张伟' })).toHaveCount(0);
  await page.getByRole('option', { name: '李娜' }).click();
  // The reason is required.
  await confirmAfterRequired(dialog, '确认交接', '交接原因', '客户要求更换对接人');
  await expect(page.getByTestId('customer-manager')).toContainText('李娜');
  await cp.tab('交接记录');
  await expect(cp.row('客户要求更换对接人')).toContainText('张伟 → 李娜');
});
