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

/** About 30 units as an institute's archive holds them: two groups, their academies, their institutes. */
export async function seedArchive(customers: CustomersPage) {
  const regions = ['北京', '上海', '西安', '成都', '武汉', '沈阳'];
  const tags = [['重点客户'], [], ['新客户'], ['重点客户', '长期合作'], []];
  const fields = [['复合材料'], ['热防护', '结构件'], ['电子元器件'], ['总体设计'], ['动力', '推进剂']];
  const statuses = ['合作中', '合作中', '合作中', '休眠', '已流失'];
  const tree: [string, string, [string, string[]][]][] = [
    [
      '中国航天科技集团有限公司',
      '航天科技',
      [
        ['中国运载火箭技术研究院', ['航天材料及工艺研究所', '北京航天长征飞行器研究所', '北京宇航系统工程研究所', '航天特种材料及工艺技术研究所']],
        ['中国空间技术研究院', ['北京空间飞行器总体设计部', '西安空间无线电技术研究所', '兰州空间技术物理研究所', '北京卫星制造厂有限公司']],
        ['航天推进技术研究院', ['西安航天动力研究所', '北京航天动力研究所', '西安航天发动机有限公司', '上海空间推进研究所']],
      ],
    ],
    [
      '中国航空工业集团有限公司',
      '航空工业',
      [
        ['中国航空研究院', ['北京航空材料研究院', '中国飞机强度研究所', '北京航空制造工程研究所', '沈阳飞机设计研究所']],
        ['中航西安飞机工业集团股份有限公司', ['西安飞机设计研究所', '西安航空计算技术研究所']],
      ],
    ],
  ];
  let n = 0;
  const pick = <T>(list: T[]) => list[n % list.length]!;
  for (const [groupName, shortName, academies] of tree) {
    const group = await customers.create({ level: '集团', name: groupName, shortName, type: '军工集团单位', region: '北京', cooperationStart: '2001-03-01' });
    for (const [academyName, institutes] of academies) {
      n++;
      const academy = await customers.create(
        {
          name: academyName,
          region: pick(regions),
          fields: pick(fields),
          cooperationStart: `20${String(5 + (n % 15)).padStart(2, '0')}-0${1 + (n % 9)}-1${n % 10}`,
        },
        group,
      );
      for (const name of institutes) {
        n++;
        await customers.create(
          {
            name,
            region: pick(regions),
            fields: pick(fields),
            tags: pick(tags),
            status: pick(statuses),
            cooperationStart: `20${String(5 + (n % 18)).padStart(2, '0')}-${String(1 + (n % 12)).padStart(2, '0')}-0${1 + (n % 9)}`,
          },
          academy,
        );
      }
    }
  }
  for (const [name, type] of [
    ['中国人民解放军63601部队', '部队单位'],
    ['中国科学院金属研究所', '科研院所'],
    ['江苏某新材料有限公司', '民营企业'],
    ['哈尔滨工业大学复合材料研究所', '科研院所'],
    ['某检测中心', '其他'],
  ] as const) {
    n++;
    await customers.create({ level: '集团', name, type, region: pick(regions), tags: pick(tags), status: pick(statuses) });
  }
}
