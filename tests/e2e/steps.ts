import { expect, type Locator, type Page } from '@playwright/test';
import type { CustomerType } from '../../src-renderer/core/customers/enums';
import { ACCOUNTS, type AppPage } from './pages/app-page';
import { CustomerPageModel } from './pages/customer-page';
import { formContact, formCustomer, formManager, seedInstitute } from './pages/seed-institute';

/**
 * Steps several specs take the same way, each a user's sequence of clicks and keys with the checks
 * that belong to it; what a spec proves stays written in the spec.
 */

/** A manager by name, or by name and phone. */
type Manager = string | readonly [name: string, phone: string];

/** The app on an empty database with its first-run setup done and these managers added: where most tests start. */
export async function setUp(app: AppPage, page: Page, managers: readonly Manager[] = []): Promise<CustomerPageModel> {
  await app.openSetUp();
  const cp = new CustomerPageModel(page);
  for (const manager of managers) {
    if (typeof manager === 'string') await cp.addManager(manager);
    else await cp.addManager(manager[0], manager[1]);
  }
  return cp;
}

/** A customer a test starts from: 单位名称, 客户类型, its manager by name, its contacts by name. */
export interface SeededCustomer {
  name: string;
  type: CustomerType;
  manager?: string;
  contacts?: readonly string[];
}

/**
 * setUp's start with managers and customers that are a test's preconditions, not its subject: written as their forms
 * save them before the app opens (openSetUp's beforeOpen; seed-institute.ts) instead of typed through those forms,
 * seconds each (the forms are customer-form.spec.ts's and customer-page.spec.ts's). Returns the customers' ids in order.
 */
export async function setUpWith(
  app: AppPage,
  page: Page,
  managers: readonly Manager[],
  customers: readonly SeededCustomer[],
): Promise<{ cp: CustomerPageModel; ids: string[] }> {
  const managerRows = managers.map((m) => (typeof m === 'string' ? formManager(m) : formManager(m[0], m[1])));
  const byName = new Map(managerRows.map((m) => [m.name, m]));
  const customerRows = customers.map((c) => {
    const manager = c.manager === undefined ? undefined : byName.get(c.manager);
    if (c.manager !== undefined && !manager) throw new Error(`no manager ${c.manager} among the seeded ones`);
    return formCustomer(c.name, c.type, manager);
  });
  const contacts = customers.flatMap((c, i) => (c.contacts ?? []).map((name) => formContact(customerRows[i]!.id, name)));
  await app.openSetUp('/', ACCOUNTS.business, 'A', (p) => seedInstitute(p, { managers: managerRows, customers: customerRows, contacts }));
  return { cp: new CustomerPageModel(page), ids: customerRows.map((c) => c.id) };
}

/** On 经营数据: 新增年度数据 filled (年度 only when given) and saved; the dialog closes. */
export async function addBenefitYear(cp: CustomerPageModel, figures: { year?: string; contractWan: string; benefitWan: string }): Promise<void> {
  await cp.panel().getByRole('button', { name: '新增年度数据' }).click();
  const dialog = cp.dialog('新增年度数据');
  if (figures.year !== undefined) await dialog.getByRole('textbox', { name: '年度' }).fill(figures.year);
  await dialog.getByRole('textbox', { name: '合同额（万元）' }).fill(figures.contractWan);
  await dialog.getByRole('textbox', { name: '年综合效益（万元）' }).fill(figures.benefitWan);
  await cp.save(dialog);
  await expect(dialog).toBeHidden();
}

/**
 * On 经营数据: 新增应收款 filled (the payment only when given) and 保存 pressed. Returns the dialog:
 * the caller checks what follows (closed, or a question about an overpayment).
 */
export async function saveReceivable(
  cp: CustomerPageModel,
  receivable: { amountWan: string; dueDay: string; paidWan?: string; paidDay?: string },
): Promise<Locator> {
  await cp.panel().getByRole('button', { name: '新增应收款' }).click();
  const dialog = cp.dialog('新增应收款');
  await dialog.getByRole('textbox', { name: '应收金额（万元）' }).fill(receivable.amountWan);
  await cp.fillDate(dialog, '应收日期', receivable.dueDay);
  if (receivable.paidWan !== undefined) await dialog.getByRole('textbox', { name: '回款金额（万元）' }).fill(receivable.paidWan);
  if (receivable.paidDay !== undefined) await cp.fillDate(dialog, '回款日期', receivable.paidDay);
  await cp.save(dialog);
  return dialog;
}

/** A subjective score's input on the 客户分级 tab. */
export const scoreInput = (panel: Locator, label: string, max: number) => panel.getByRole('textbox', { name: `${label}得分（0–${max} 分）` });

/** Every subjective item of the default template scored, 80 of 100 (20 + 20 + 25 + 15); not saved yet. */
export async function fillSubjectiveScores(panel: Locator): Promise<void> {
  await scoreInput(panel, '业务沟通配合度', 25).fill('20');
  await scoreInput(panel, '技术需求匹配度', 25).fill('20');
  await scoreInput(panel, '合作意愿与忠诚度', 30).fill('25');
  await scoreInput(panel, '发展潜力', 20).fill('15');
}

/**
 * A dialog with an empty required field: `confirm` is refused with 此项必填 and the dialog stays;
 * with `field` filled in it confirms and closes.
 */
export async function confirmAfterRequired(dialog: Locator, confirm: string, field: string, value: string): Promise<void> {
  await dialog.getByRole('button', { name: confirm }).click();
  await expect(dialog.getByText('此项必填')).toBeVisible();
  await dialog.getByRole('textbox', { name: field }).fill(value);
  await dialog.getByRole('button', { name: confirm }).click();
  await expect(dialog).toBeHidden();
}

/** Each select picked by keyboard alone: focused, Enter opens it, ArrowDown moves, Enter picks (and must not submit). */
export async function pickByKeyboard(scope: Locator | Page, labels: readonly string[]): Promise<void> {
  for (const label of labels) {
    const select = scope.getByRole('combobox', { name: label }).first();
    await select.focus();
    await select.press('Enter');
    await select.press('ArrowDown');
    await select.press('Enter');
  }
}

/**
 * The notifications on screen closed by their 关闭 buttons: a screenshot or an axe check without the toasts of the
 * saves before it. A reload did this before, at the cost of the app's script parsed again and a sign-in. All at once,
 * in the page (one by one, each click waits for the toast before it to finish leaving); more than the container's
 * limit wait in a queue and show as others close, so until none is left.
 */
export async function closeNotifications(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const notices = document.querySelectorAll('.mantine-Notification-root');
          for (const notice of notices) notice.querySelector<HTMLButtonElement>('.mantine-Notification-closeButton')?.click();
          return notices.length;
        }),
      { message: 'notifications closed', intervals: [100] },
    )
    .toBe(0);
}
