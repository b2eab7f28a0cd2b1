import { expect, type Locator, type Page } from '@playwright/test';

/** What a user types into the customer form, in the words of the zh-CN UI. */
export interface CustomerInput {
  name?: string;
  shortName?: string;
  /** 集团 | 二级单位 | 三级单位 */
  level?: string;
  /** Text typed into the parent search, and the option to pick (defaults to the same text). */
  parent?: { search: string; pick: string };
  /** 军工集团单位 | 部队单位 | 民营企业 | 科研院所 | 其他 */
  type?: string;
  /** 合作中 | 休眠 | 已流失 */
  status?: string;
  fields?: string[];
  tags?: string[];
  region?: string;
  address?: string;
  cooperationStart?: string;
  notes?: string;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** The customer list, the customer form and the Ctrl+K palette, as a user works them. */
export class CustomersPage {
  constructor(readonly page: Page) {}

  async gotoList() {
    await this.page.goto('/#/customers');
    await expect(this.page.getByRole('heading', { name: '客户档案', level: 2 })).toBeVisible();
  }

  async gotoNew(parentId?: string) {
    await this.page.goto(parentId ? `/#/customers/new/${parentId}` : '/#/customers/new');
    await expect(this.page.getByRole('heading', { level: 2 })).toHaveText(parentId ? /^在“.+”下新建单位$/ : '新建客户');
  }

  // ── the form ──────────────────────────────────────────────────────────────────────────────────
  field(label: string | RegExp): Locator {
    return this.page.getByLabel(typeof label === 'string' ? new RegExp(`^${label}`) : label);
  }

  textbox(label: string): Locator {
    return this.page.getByRole('textbox', { name: new RegExp(`^${label}`) });
  }

  combobox(label: string): Locator {
    return this.page.getByRole('combobox', { name: new RegExp(`^${label}`) });
  }

  async choose(label: string, option: string) {
    await this.combobox(label).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async fillForm(input: CustomerInput) {
    const p = this.page;
    if (input.level) await this.choose('层级', input.level);
    if (input.name !== undefined) await this.textbox('单位名称').fill(input.name);
    if (input.shortName !== undefined) await this.textbox('简称').fill(input.shortName);
    if (input.parent) {
      const parent = this.combobox('上级单位');
      await parent.click();
      await parent.fill(input.parent.search);
      await p.getByRole('option', { name: input.parent.pick }).click();
    }
    if (input.type) await this.choose('客户类型', input.type);
    if (input.status) await this.choose('状态', input.status);
    for (const [label, words] of [
      ['专业领域', input.fields],
      ['标签', input.tags],
    ] as const) {
      for (const word of words ?? []) {
        await this.combobox(label).fill(word);
        await this.combobox(label).press('Enter');
      }
    }
    if (input.region !== undefined) await this.textbox('地区').fill(input.region);
    if (input.address !== undefined) await this.textbox('地址').fill(input.address);
    if (input.cooperationStart !== undefined) await this.textbox('开始合作日期').fill(input.cooperationStart);
    if (input.notes !== undefined) await this.textbox('备注').fill(input.notes);
  }

  async submit() {
    await this.page.getByRole('button', { name: /^(创建客户|保存修改)$/ }).click();
  }

  /** Fills the form, saves, waits for the customer's page and returns the new id. */
  async create(input: CustomerInput, parentId?: string): Promise<string> {
    await this.gotoNew(parentId);
    await this.fillForm(input);
    await this.submit();
    await expect(this.page).toHaveURL(new RegExp(`#/customers/${UUID.source}$`));
    return UUID.exec(this.page.url())![0];
  }

  formAlert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: '请更正标红的字段，尚未保存任何内容' });
  }

  // ── the list ──────────────────────────────────────────────────────────────────────────────────
  table(): Locator {
    return this.page.getByRole('table', { name: '客户列表' });
  }

  /** Body rows (the header row is the table's first row). */
  rows(): Locator {
    return this.table().getByRole('rowgroup').nth(1).getByRole('row');
  }

  row(name: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The unit names in the order shown. */
  async names(): Promise<string[]> {
    return this.rows().locator('a').allTextContents();
  }

  searchBox(): Locator {
    return this.page.getByRole('textbox', { name: '搜索客户' });
  }

  count(): Locator {
    return this.page.getByTestId('customer-count');
  }

  async sortBy(column: string) {
    await this.table().getByRole('columnheader', { name: column }).getByRole('button').click();
  }

  // ── Ctrl+K ────────────────────────────────────────────────────────────────────────────────────
  async openPalette() {
    await this.page.keyboard.press('Control+K');
    const dialog = this.page.getByRole('dialog', { name: '快速查找' });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}

/** A real hierarchy: group → second-level academy → third-level institute. Returns the ids. */
export async function seedHierarchy(customers: CustomersPage) {
  const group = await customers.create({ name: '中国航天科技集团有限公司', shortName: '航天科技', type: '军工集团单位', level: '集团', region: '北京' });
  const academy = await customers.create({ name: '中国运载火箭技术研究院', shortName: '一院' }, group);
  const institute = await customers.create(
    { name: '航天材料及工艺研究所', shortName: '703所', fields: ['复合材料', '热防护'], tags: ['重点客户'], region: '北京', cooperationStart: '2012-05-08' },
    academy,
  );
  return { group, academy, institute };
}
