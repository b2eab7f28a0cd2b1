import { expect, type Locator, type Page } from '@playwright/test';

/** A calendar day relative to today in the browser's zone (the tests run in Asia/Shanghai), as YYYY-MM-DD. */
export function shanghaiDay(offsetDays = 0): string {
  const at = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** 2026-11-26 → 2026年11月26日, as the zh-CN screens print a day. */
export function chineseDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export interface NewCustomer {
  name: string;
  /** Label of the type in the select, e.g. 科研院所. */
  type?: string;
  manager?: string;
}

/**
 * What an account manager does on a customer's page, the managers section and the recycle bin,
 * in the words of the zh-CN UI. Customers are created through the customer form, as a user would.
 */
export class CustomerPageModel {
  constructor(readonly page: Page) {}

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async choose(scope: Locator | Page, label: string, option: string) {
    await scope.getByRole('combobox', { name: label }).first().click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  // ----- managers (系统设置 → 客户经理)
  managersSection(): Locator {
    return this.page.getByRole('region', { name: '客户经理' });
  }

  async addManager(name: string, phone = '') {
    await this.page.goto('/#/settings');
    await this.managersSection().getByRole('button', { name: '新增客户经理' }).click();
    const dialog = this.dialog('新增客户经理');
    await dialog.getByRole('textbox', { name: '姓名' }).fill(name);
    if (phone) await dialog.getByRole('textbox', { name: '电话' }).fill(phone);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.managersSection().getByRole('row', { name: new RegExp(name) })).toBeVisible();
  }

  // ----- customers (through the customer form of the list feature)
  /** Creates a customer (or a sub-unit under `parentId`) and lands on its page; returns its id. */
  async createCustomer(customer: NewCustomer, parentId?: string): Promise<string> {
    await this.page.goto(parentId ? `/#/customers/new/${parentId}` : '/#/customers/new');
    await this.page.getByRole('textbox', { name: /^单位名称/ }).fill(customer.name);
    if (customer.type) await this.choose(this.page, '客户类型', customer.type);
    if (customer.manager) await this.choose(this.page, '客户经理', customer.manager);
    await this.page.getByRole('button', { name: '创建客户' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: customer.name })).toBeVisible();
    const id = /#\/customers\/([0-9a-f-]{36})$/.exec(this.page.url())?.[1];
    expect(id, 'the form opens the new customer page').toBeTruthy();
    return id!;
  }

  async open(id: string) {
    await this.page.goto(`/#/customers/${id}`);
    await expect(this.page.getByRole('tablist')).toBeVisible();
  }

  async tab(name: string) {
    // Clicked again if a message that just opened at the top took the click (seen once in CI).
    await expect(async () => {
      await this.page.getByRole('tab', { name }).click();
      await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true', { timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
  }

  panel(): Locator {
    return this.page.getByRole('tabpanel');
  }

  row(text: string | RegExp): Locator {
    return this.panel().getByRole('row').filter({ hasText: text });
  }

  // ----- contacts
  async addContact(contact: { name: string; title?: string; phones?: string[] }) {
    await this.panel().getByRole('button', { name: '新增联系人' }).click();
    const dialog = this.dialog('新增联系人');
    await dialog.getByRole('textbox', { name: '姓名' }).fill(contact.name);
    if (contact.title) await dialog.getByRole('textbox', { name: '职务' }).fill(contact.title);
    for (const phone of contact.phones ?? []) {
      await dialog.getByRole('combobox', { name: '电话' }).fill(phone);
      await dialog.getByRole('combobox', { name: '电话' }).press('Enter');
    }
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }

  // ----- forms with dates
  async fillDate(scope: Locator, label: string, day: string) {
    await scope.getByRole('textbox', { name: label, exact: true }).fill(day);
  }

  async save(dialog: Locator) {
    await dialog.getByRole('button', { name: '保存' }).click();
  }
}
