import type { Locator } from '@playwright/test';
import { expect, test, type Page } from './fixtures';
import { seriousViolations } from './axe';
import { ACCOUNTS, type AppPage } from './pages/app-page';
import { CustomerPageModel } from './pages/customer-page';
import { formContact, formCustomer, formManager, seedInstitute } from './pages/seed-institute';
import { closeNotifications, pickByKeyboard } from './steps';
import { ONE_PIXEL_PNG, onePagePdf } from './data/attachment-files';

/**
 * A screenshot without the toasts of the steps before it (they live 4 s and stack over the top right): closed by
 * their buttons (closeNotifications; a reload did this before, at the cost of a page load and a sign-in each), the
 * page as a fresh load shows it: at its top, no focus ring, no hover. `ready` is what must show; `scrollTo` brings
 * a part into view — a viewport shot, since a full-page one paints the sticky header mid-page.
 */
async function shot(page: Page, name: string, ready: Locator, scrollTo?: Locator) {
  await closeNotifications(page);
  await page.mouse.move(0, 0);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await expect(ready).toBeVisible();
  if (scrollTo) {
    await scrollTo.evaluate((element) => {
      element.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -140); // clear of the sticky header, with the card's title
    });
  }
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}

/** Registers a complaint through the 登记投诉 form, the customer found by pinyin initials. */
async function register(page: Page, cp: CustomerPageModel, options: { day?: string; category?: string; description: string }) {
  await page.goto('/#/complaints/new');
  const customer = page.getByRole('combobox', { name: /^客户/ }).first();
  await customer.fill('htcl');
  await page.getByRole('option', { name: '航天材料及工艺研究所' }).click();
  await cp.choose(page, '客户联系人', '刘工（质量处长）');
  if (options.day) await page.getByRole('textbox', { name: /^收到日期/ }).fill(options.day);
  if (options.category) await cp.choose(page, '类别', options.category);
  await cp.choose(page, '严重程度', '严重');
  await page.getByRole('textbox', { name: /^产品 \/ 批次/ }).fill('XX-3 型密封件（批次 2026-118）');
  await page.getByRole('textbox', { name: /^问题描述/ }).fill(options.description);
  await page.getByRole('textbox', { name: '客户诉求' }).fill('查明原因，更换不合格品');
  await cp.choose(page, '经办人', '张伟');
  await page.getByRole('textbox', { name: '责任部门' }).fill('质量部');
  await page.getByTestId('complaint-save').click();
  await expect(page.getByTestId('complaint-page')).toBeVisible();
  return (await page.getByTestId('complaint-number').textContent())!;
}

/**
 * 航天材料及工艺研究所 of 张伟's (客户经理, 13812345678), with its contact 刘工 (质量处长): the complaints' customer, on
 * its page. The manager, the customer and the contact are written before the app opens (openSetUp's beforeOpen) as
 * their forms save them: those forms are other specs' subject (customer-form, customer-page), and typing them cost
 * each test seconds. `nowMs`: the page's fixed clock, when the test fixes one (the rows' revs come before it).
 */
async function instituteWithContact(app: AppPage, page: Page, nowMs?: number) {
  const manager = formManager('张伟', '13812345678');
  const customer = formCustomer('航天材料及工艺研究所', 'research_institute', manager);
  await app.openSetUp('/', ACCOUNTS.business, 'A', (p) =>
    seedInstitute(p, { managers: [manager], customers: [customer], contacts: [formContact(customer.id, '刘工', '质量处长')] }, nowMs),
  );
  return { cp: new CustomerPageModel(page), customerId: customer.id };
}

async function act(page: Page, action: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByTestId('complaint-page').getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await fill?.(dialog);
  await dialog.getByTestId('action-confirm').click();
  await expect(dialog).toBeHidden();
}

test('a quality complaint from intake to close, zeroing gate, overdue flags, not accepted reopens', async ({ app, page }) => {
  test.setTimeout(180_000);
  const { cp, customerId } = await instituteWithContact(app, page);

  await page.goto('/#/complaints/new');
  await expect(page.getByRole('heading', { name: '登记投诉' })).toBeVisible();
  await shot(page, 'complaints-form', page.getByTestId('complaint-save'));
  const number = await register(page, cp, { description: '装配时发现密封件开裂' });
  expect(number).toMatch(/^TS-\d{4}-0001$/);
  await expect(page.getByTestId('complaint-status')).toHaveText('已登记');

  await act(page, '受理', async (d) => d.getByRole('textbox', { name: /说明/ }).fill('已电话确认'));
  await act(page, '开始分析');
  await act(page, '采取纠正措施');
  await act(page, '答复客户', async (d) => d.getByRole('textbox', { name: /^答复内容/ }).fill('经分析为材料批次问题，已更换并加严检验'));
  await expect(page.getByTestId('complaint-answer')).toContainText('经分析为材料批次问题');
  await act(page, '客户确认', async (d) => {
    await d.getByText('5', { exact: true }).click();
  });
  await expect(page.getByTestId('complaint-status')).toHaveText('客户已确认');

  // Close is offered but held back until all ten zeroing items are confirmed.
  await expect(page.getByTestId('complaint-page').getByRole('button', { name: '关闭', exact: true })).toBeDisabled();
  await expect(page.getByTestId('blocked-reason')).toContainText('归零未完成：缺 定位准确、机理清楚');
  const zeroing = page.getByTestId('zeroing');
  for (const item of ['定位准确', '机理清楚', '问题复现', '措施有效', '举一反三', '过程清楚', '责任明确', '措施落实', '严肃处理', '完善规章']) {
    await zeroing.getByRole('button', { name: `确认 ${item}` }).click();
    const dialog = page.getByRole('dialog', { name: `确认归零项：${item}` });
    await dialog.getByRole('textbox', { name: /^证据/ }).fill(`${item}：见归零报告 GL-2026-003`);
    await dialog.getByTestId('zeroing-save').click();
    await expect(dialog).toBeHidden();
  }
  await expect(page.getByTestId('zeroing-progress')).toHaveText('技术归零和管理归零已全部完成');

  await test.step('a zeroing item gets its evidence files, a PDF and an image, each previewed in the app (issue 18)', async () => {
    await zeroing.getByTestId('zeroing-files-located').click();
    const files = page.getByRole('dialog', { name: '定位准确 · 证明材料' });
    await files.getByTestId('attachment-file-input').setInputFiles([
      { name: '失效分析报告.pdf', mimeType: 'application/pdf', buffer: onePagePdf('GL-2026-003') },
      { name: '开裂部位.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG },
    ]);
    const add = page.getByRole('dialog', { name: '添加附件' });
    await expect(add.getByTestId('attachment-item')).toHaveCount(2);
    await cp.choose(add.getByTestId('attachment-item').first(), '类别', '报告');
    await add.getByTestId('attachments-submit').click();
    await expect(add).toBeHidden();
    const list = files.getByTestId('attachment-list');
    await expect(list.getByRole('row')).toHaveCount(3);
    await list
      .getByRole('row', { name: /失效分析报告/ })
      .getByRole('button', { name: /^预览/ })
      .click();
    const preview = page.getByRole('dialog', { name: '预览：失效分析报告' });
    await expect(preview.getByTestId('attachment-preview-page')).toHaveText('第 1 / 1 页');
    await expect(preview.getByTestId('attachment-preview-pdf')).toBeVisible();
    await shot(page, 'attachments-preview-pdf', preview);
    await preview.getByTestId('attachment-preview').getByRole('button', { name: '关闭', exact: true }).click();
    await list
      .getByRole('row', { name: /开裂部位/ })
      .getByRole('button', { name: /^预览/ })
      .click();
    const image = page.getByRole('dialog', { name: '预览：开裂部位' });
    await expect(image.getByTestId('attachment-preview-image')).toBeVisible();
    await image.getByTestId('attachment-preview').getByRole('button', { name: '关闭', exact: true }).click();
    await page.keyboard.press('Escape');
    await expect(files).toBeHidden();
    await expect(zeroing.getByTestId('zeroing-files-located')).toHaveText('附件（2）');
  });
  await shot(page, 'complaints-page', page.getByTestId('complaint-page'));
  await shot(page, 'complaints-page-zeroing', page.getByTestId('zeroing'), page.getByTestId('zeroing'));
  expect(await seriousViolations(page), 'complaint page').toEqual([]);
  await act(page, '关闭');
  await expect(page.getByTestId('complaint-status')).toHaveText('已关闭');
  await test.step('the closed complaint’s zeroing report lists its evidence files (issue 18.6)', async () => {
    await page.getByTestId('zeroing').getByRole('link', { name: '打印归零报告' }).click();
    const files = page.getByTestId('zeroing-attachments').locator('tbody tr');
    await expect(files).toHaveCount(2);
    await expect(files.filter({ hasText: '失效分析报告.pdf' })).toContainText('报告');
    await expect(files.filter({ hasText: '开裂部位.png' })).toContainText('照片');
    await expect(files.first()).toContainText('定位准确');
    await page.goBack();
    await expect(page.getByTestId('complaint-status')).toHaveText('已关闭');
  });
  await expect(page.getByTestId('complaint-history').locator('[data-action]')).toHaveCount(6);
  await expect(page.getByTestId('complaint-history')).toContainText('张伟 执行「受理」：已登记 → 已受理');

  // A complaint received long ago and never accepted is overdue: list, customer page, dashboard.
  const late = await register(page, cp, { day: '2026-01-05', category: '交付', description: '延期交付 30 天' });
  await page.goto('/#/complaints');
  const lateRow = page.getByTestId('complaint-list').locator(`[data-number="${late}"]`);
  await expect(lateRow.getByTestId('complaint-overdue')).toContainText(/逾期 \d+ 天/);
  await expect(page.getByTestId('complaint-list').locator(`[data-number="${number}"]`).getByTestId('complaint-overdue')).toHaveCount(0);
  await shot(page, 'complaints-list', lateRow);
  expect(await seriousViolations(page), 'complaint list').toEqual([]);
  await page.getByTestId('overdue-only').click();
  await expect(page.getByTestId('complaint-count')).toContainText('共 1 件');

  await cp.open(customerId);
  await cp.tab('投诉');
  await expect(cp.row(late).getByTestId('complaint-overdue')).toBeVisible();
  await cp.tab('时间线');
  await expect(page.locator('[data-kind=complaint]').filter({ hasText: late }).getByTestId('complaint-overdue')).toBeVisible();

  await page.goto('/#/');
  await expect(page.getByTestId('overdue-complaints-count')).toHaveText('1 件投诉已逾期');
  await page.getByTestId('overdue-complaints').getByRole('link', { name: '查看全部逾期投诉' }).click();
  await expect(page.getByTestId('complaint-count')).toContainText('共 1 件');

  // "Not accepted" reopens it.
  await page.getByTestId('complaint-list').getByRole('link', { name: late }).click();
  await act(page, '受理');
  await act(page, '开始分析');
  await act(page, '采取纠正措施');
  await act(page, '答复客户', async (d) => d.getByRole('textbox', { name: /^答复内容/ }).fill('已安排补货'));
  await act(page, '客户确认', async (d) => {
    await d.getByText('不认可（将重新打开）').click();
    await d.getByText('2', { exact: true }).click();
    await d.getByRole('textbox', { name: /^不认可的原因/ }).fill('补货日期仍不确定');
  });
  await expect(page.getByTestId('complaint-status')).toHaveText('已重新打开');
  await expect(page.getByTestId('complaint-verification')).toContainText('客户不认可答复');

  await page.goto('/#/complaints/mine');
  await expect(page.getByTestId('my-complaints').getByRole('row')).toHaveCount(2);
  await shot(page, 'complaints-mine', page.getByTestId('my-complaints'));
  await page.goto('/#/settings');
  await shot(page, 'complaints-settings', page.getByTestId('complaint-settings'), page.getByTestId('complaint-settings'));

  await page.getByRole('button', { name: '切换到深色主题' }).click();
  await page.goto(`/#/complaints`);
  await expect(page.getByTestId('complaint-list')).toBeVisible();
  await shot(page, 'complaints-list-dark', page.getByTestId('complaint-list'));
  expect(await seriousViolations(page), 'complaint list (dark)').toEqual([]);
});

test('deadline settings: a bad department code is refused in Chinese, a good save is listed in history', async ({ app, page }) => {
  await app.openSetUp();
  await app.goToSettings();
  const section = page.getByTestId('complaint-settings');
  await section.getByRole('textbox', { name: /^投诉编号部门代码/ }).fill('3k');
  await section.getByTestId('complaint-settings-save').click();
  await expect(section).toContainText('部门代码为大写字母开头的 2 到 6 位大写字母或数字');
  await expect(section).toContainText('尚未修改，使用默认设置。');
  await section.getByRole('textbox', { name: /^投诉编号部门代码/ }).fill('KF3');
  await section.getByRole('textbox', { name: /^节假日/ }).fill('2027-02-11\n2027-02-12');
  await section.getByTestId('complaint-settings-save').click();
  await expect(page.getByTestId('complaint-settings-change')).toHaveCount(1);
});

test('a rejected complaint shows why, reopening gives new deadlines, the recycle bin restores it, English has no Chinese left', async ({ app, page }) => {
  test.setTimeout(180_000);
  const { cp } = await instituteWithContact(app, page);
  const number = await register(page, cp, { day: '2026-01-05', category: '交付', description: '延期交付 30 天' });

  // The list names the handler; the page links to the customer.
  await page.goto('/#/complaints');
  await expect(page.getByTestId('complaint-list').locator(`[data-number="${number}"]`)).toContainText('张伟');
  await page.getByTestId('complaint-list').getByRole('link', { name: number }).click();
  const deadlineOf = (stage: string) => page.getByTestId('complaint-page').getByRole('row', { name: new RegExp(`^${stage}`) });
  const answerBefore = await deadlineOf('答复期限').textContent();

  await act(page, '不予受理', async (d) => d.getByRole('textbox', { name: /^原因/ }).fill('产品非我所生产'));
  await expect(page.getByTestId('complaint-status-reason')).toHaveText('不予受理的原因：产品非我所生产');
  await act(page, '重新打开', async (d) => d.getByRole('textbox', { name: /^原因/ }).fill('客户补充了合格证，确为我所产品'));
  await expect(page.getByTestId('complaint-status')).toHaveText('已重新打开');
  await expect(page.getByTestId('complaint-status-reason')).toHaveText('重新打开原因：客户补充了合格证，确为我所产品');
  // Deadlines run again from today's reopening, so the answer deadline moved on from January.
  await expect(deadlineOf('答复期限')).not.toHaveText(answerBefore!);
  await expect(page.getByTestId('complaint-page').getByTestId('complaint-overdue')).toHaveCount(0);

  // Deleted, it waits in the recycle bin and comes back.
  await page.getByTestId('complaint-page').getByRole('button', { name: '删除', exact: true }).click();
  await page.getByRole('dialog', { name: '删除投诉' }).getByRole('button', { name: '删除' }).click();
  await page.goto('/#/recycle-bin');
  await page
    .getByTestId('bin-complaints')
    .getByRole('button', { name: new RegExp(`^恢复 ${number}`) })
    .click();
  await page.goto('/#/complaints');
  await expect(page.getByTestId('complaint-list').getByRole('link', { name: number })).toBeVisible();

  // A settings save reads as words in both histories.
  await app.goToSettings();
  const section = page.getByTestId('complaint-settings');
  await section.getByRole('textbox', { name: /^投诉编号部门代码/ }).fill('KF3');
  await section.getByRole('textbox', { name: /^节假日/ }).fill('2027-02-11');
  await section.getByTestId('complaint-settings-save').click();
  await expect(page.getByTestId('complaint-settings-change')).toContainText('投诉编号部门代码：无 → KF3');
  await expect(page.getByTestId('complaint-settings-change')).toContainText('新增节假日 2027年2月11日');
  // The profile's history is the security administrator's (the profile is theirs, issue 15.3).
  await app.signOut();
  await app.signIn(ACCOUNTS.securityAdmin);
  await app.goToSettings();
  const profileRow = page.getByTestId('profile-history').getByRole('row').filter({ hasText: '投诉期限与编号' });
  await expect(profileRow).toContainText('投诉编号部门代码：无 → KF3');
  await expect(profileRow).not.toContainText('{');
  await app.signOut();
  await app.signIn();
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
  await app.goToSettings();

  // In English the complaint screens carry no Chinese but the user's own data (names, descriptions, reasons).
  await page.getByTestId('app-header').getByText('English').click();
  const userData =
    /航天材料及工艺研究所|市场部|张伟|刘工|质量处长|质量部|延期交付 30 天|XX-3 型密封件（批次 2026-118）|查明原因，更换不合格品|产品非我所生产|客户补充了合格证，确为我所产品|内部/g;
  const chineseLeft = async (scope = page.locator('main')) => (await scope.innerText()).replace(userData, '').match(/[\u4e00-\u9fff]+/g) ?? [];
  for (const path of ['/#/complaints', '/#/complaints/mine', '/#/complaints/new']) {
    await page.goto(path);
    await expect(page.locator('main h2').first()).toBeVisible();
    expect(await chineseLeft(), path).toEqual([]);
  }
  // Settings also names the languages in their own script (简体中文): only the complaint parts are checked.
  await page.goto('/#/settings');
  expect(await chineseLeft(page.getByTestId('complaint-settings')), 'complaint settings').toEqual([]);
  // (The profile's history, where a settings save is listed too, is the security administrator's since issue 15.)
  await page.goto('/#/complaints');
  await page.getByTestId('complaint-list').getByRole('link', { name: number }).click();
  await expect(page.getByTestId('complaint-status')).toHaveText('Reopened');
  expect(await chineseLeft(), 'complaint page').toEqual([]);
  await shot(page, 'complaints-page-en', page.getByTestId('complaint-page'));
  await page.goto('/#/');
  await expect(page.getByTestId('overdue-complaints')).toBeVisible();
  expect(await chineseLeft(page.getByTestId('overdue-complaints')), 'dashboard card').toEqual([]);
});

test('intake: Enter in a select does not register; a receipt dated in the future is refused at its day and uses no number', async ({ app, page }) => {
  test.setTimeout(120_000);
  // 2026-12-06 10:00 in Beijing, the day of the issue.
  const now = new Date('2026-12-06T02:00:00.000Z');
  await page.clock.setFixedTime(now);
  await instituteWithContact(app, page, now.getTime());

  await page.goto('/#/complaints/new');
  await page.getByRole('combobox', { name: /^客户/ }).first().fill('htcl');
  await page.getByRole('option', { name: '航天材料及工艺研究所' }).click();
  await page.getByRole('textbox', { name: /^产品 \/ 批次/ }).fill('XX-3 型密封件');
  await page.getByRole('textbox', { name: /^问题描述/ }).fill('装配时发现密封件开裂');
  // Enter on the 类别 and 经办人 selects: they open and pick, the complaint is not registered.
  await pickByKeyboard(page, ['类别', '经办人']);
  await expect(page.getByRole('heading', { name: '登记投诉' })).toBeVisible();
  await expect(page.getByTestId('complaint-page')).toHaveCount(0);

  // Issue 12.4: received "2027-01-15" on 2026-12-06 was accepted and numbered TS-2027-0001.
  const day = page.getByRole('textbox', { name: /^收到日期/ });
  await day.fill('2027-01-15');
  await page.getByTestId('complaint-save').click();
  await expect(day).toHaveAccessibleDescription(/日期不能晚于今天/);
  await expect(page.getByRole('alert', { description: '请更正标红的字段，尚未保存任何内容' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/complaints-form-future.png' });
  // 收到时刻 is typed in 24-hour China time (issue 17.6): not a time of day is refused at its field, not rolled over.
  await day.fill('2026-12-06');
  const time = page.getByRole('textbox', { name: '收到时刻' });
  await expect(time).toHaveAccessibleDescription(/24 小时制，北京时间/);
  await time.fill('25:00');
  await page.getByTestId('complaint-save').click();
  await expect(time).toHaveAccessibleDescription(/请按 24 小时制填写时刻/);
  await expect(page.getByTestId('complaint-number')).toHaveCount(0);
  // Later today (the PC says 10:00): refused as later than now.
  await time.fill('18:30');
  await page.getByTestId('complaint-save').click();
  await expect(day).toHaveAccessibleDescription(/接收时间不能晚于现在/);
  await time.fill('09:30');
  await page.getByTestId('complaint-save').click();
  await expect(page.getByTestId('complaint-number')).toHaveText('TS-2026-0001');

  // A correction into another year keeps the number, and the screens say so.
  await page.getByRole('link', { name: '修改登记信息' }).click();
  await page.getByRole('textbox', { name: /^收到日期/ }).fill('2025-12-30');
  await expect(page.getByTestId('number-kept')).toContainText('编号 TS-2026-0001 保持不变');
  await page.getByTestId('complaint-save').click();
  await expect(page.getByTestId('complaint-number')).toHaveText('TS-2026-0001');
  await expect(page.getByTestId('number-kept')).toContainText('接收日期已更正为 2025 年');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/complaints-number-kept.png' });
});
