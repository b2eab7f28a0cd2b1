import type { GridCell } from './book';
import type { FiguresField, SettlementField, SheetField } from './types';

/**
 * The headers offices write, per field: the first one of each list is the template's. Matching is on the
 * tidied header (see `headerKey`), so 客户名称*, 客户名称（必填）, ＂联系人：＂ and " 手机号码 " all match.
 * Lookups go through Maps: a header such as __proto__ or constructor is just an unknown header.
 */
export const CUSTOMER_HEADERS: Readonly<Record<SheetField, readonly string[]>> = {
  'customer.name': ['客户名称', '单位名称', '名称', '客户', '单位', '客户单位', '客户全称', '单位全称', '公司名称', '企业名称', '客户单位名称'],
  'customer.shortName': ['简称', '客户简称', '单位简称'],
  'customer.type': ['客户类型', '类型', '单位类型', '单位性质', '客户性质', '客户类别'],
  'customer.region': ['地区', '区域', '所在地区', '所在地', '省份', '省市'],
  'customer.address': ['地址', '详细地址', '单位地址', '通讯地址', '通信地址', '联系地址'],
  'customer.cooperationStart': ['合作开始时间', '合作开始日期', '开始合作时间', '开始合作日期', '合作起始时间', '合作起始日期', '合作时间', '首次合作时间'],
  'customer.managerName': ['客户经理', '客户经理姓名', '负责客户经理', '责任客户经理'],
  'customer.tags': ['标签', '客户标签'],
  'customer.notes': ['备注', '客户备注', '单位备注', '说明'],
  'contact.name': ['联系人', '联系人姓名', '姓名', '对接人'],
  'contact.title': ['职务', '职位', '联系人职务', '职称'],
  'contact.department': ['部门', '所在部门', '联系人部门', '科室'],
  'contact.phones': ['手机', '手机号', '手机号码', '电话', '联系电话', '固定电话', '办公电话', '座机', '电话号码', '移动电话', '联系方式'],
  'contact.notes': ['联系人备注'],
};

export const FIGURES_HEADERS: Readonly<Record<FiguresField, readonly string[]>> = {
  'figures.customerName': CUSTOMER_HEADERS['customer.name'],
  'figures.year': ['年度', '年份', '年', '业务年度'],
  'figures.contractWan': ['合同额', '合同金额', '年合同额', '合同额（万元）', '年度合同额'],
  'figures.benefitWan': ['综合效益', '年综合效益', '效益', '年度综合效益'],
};

export const SETTLEMENT_HEADERS: Readonly<Record<SettlementField, readonly string[]>> = {
  'settlement.customerName': CUSTOMER_HEADERS['customer.name'],
  'settlement.receivableWan': ['应收金额', '应收款', '应收', '应收账款', '应收款金额'],
  'settlement.dueDate': ['应收日期', '到期日', '到期日期', '约定回款日期', '应回款日期', '应付日期'],
  'settlement.paidDate': ['回款日期', '实际回款日期', '付款日期', '收款日期'],
  'settlement.amountPaidWan': ['回款金额', '实收金额', '已回款', '已回款金额', '实际回款金额', '收款金额'],
};

/** A unit or hint in brackets after the header: （万元）, (元), （必填）, [选填]. */
const BRACKETED = /[(（[【<《]([^)）\]】>》]*)[)）\]】>》]/g;

/** The header as matched: NFKC (full-width forms), no spaces, no * marks, no brackets, no colon; lower case. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .replace(BRACKETED, '')
    .replace(/[\s*:：]/g, '')
    .toLowerCase();
}

/** The unit a money header names: 合同额（元） → yuan; 万元, or no unit, → wan. */
export function moneyUnitOf(header: string): 'wan' | 'yuan' {
  const units = [...header.normalize('NFKC').matchAll(BRACKETED)].map((m) => m[1] ?? '').join('');
  const tail = header.normalize('NFKC').replace(BRACKETED, '');
  const written = `${units}${/元$/.test(tail) ? tail.slice(-2) : ''}`;
  return /元/.test(written) && !/万/.test(written) ? 'yuan' : 'wan';
}

/** Header → field, built once per sheet kind; also the field codes themselves (customer.name) are accepted. */
export function aliasMap<F extends string>(headers: Readonly<Record<F, readonly string[]>>): ReadonlyMap<string, F> {
  const map = new Map<string, F>();
  for (const field of Object.keys(headers) as F[]) {
    map.set(headerKey(field), field);
    for (const header of headers[field]) if (!map.has(headerKey(header))) map.set(headerKey(header), field);
  }
  return map;
}

/** The field a header names, or null. */
export function headerFieldOf<F extends string>(header: GridCell, aliases: ReadonlyMap<string, F>): F | null {
  if (typeof header !== 'string') return null;
  return aliases.get(headerKey(header)) ?? null;
}

const HINT = /^[(（[【]?(?:必填|选填|可选|非必填|可不填|必须填写|可空|填写说明)/;

/**
 * A row under the header explaining it (必填 / 选填, 必填，格式 2019-03-01): every non-blank cell is a
 * hint. Not data: it is skipped, and its number reported.
 */
export function isHintRow(cells: readonly GridCell[]): boolean {
  let hints = 0;
  for (const cell of cells) {
    if (cell === null) continue;
    if (typeof cell !== 'string') return false;
    const text = cell.normalize('NFKC').trim();
    if (text === '') continue;
    if (!HINT.test(text)) return false;
    hints++;
  }
  return hints > 0;
}

export function isBlankRow(cells: readonly GridCell[]): boolean {
  return cells.every((c) => c === null || (typeof c === 'string' && c.normalize('NFKC').trim() === ''));
}

/**
 * The same column layout gives the same key (headers tidied as they are matched), so the import screen can
 * remember a mapping the user chose and propose it again for the next file laid out the same way.
 */
export function columnLayoutKey(headers: readonly string[]): string {
  return JSON.stringify(headers.map(headerKey));
}
