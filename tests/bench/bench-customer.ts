/** The one customer a scratch measurement writes its records under, as the customer form sends it. */
export const BENCH_CUSTOMER = {
  name: '航天材料及工艺研究所',
  shortName: '703所',
  level: 1,
  parentId: null,
  type: 'research_institute',
  fields: [],
  region: '北京',
  address: '',
  cooperationStart: null,
  status: 'active',
  tags: [],
  notes: '',
  classification: 'internal',
  managerId: null,
  managerName: '',
} as const;
