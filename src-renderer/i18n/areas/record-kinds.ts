/**
 * The names of the kinds of records (a table of the database, a `kind` in archive files): one map
 * for every screen that counts or lists records by kind — 修改记录, 回收站, 客户合并, 数据交换,
 * 备份与恢复 (i18n/enum-labels.ts recordKindLabel). Year figures are 年度经营数据 everywhere, as
 * the customer page calls them.
 */
export const recordKindsZhCN = {
  'kind.installation': '本机信息',
  'kind.profile': '部门信息',
  'kind.managers': '客户经理',
  'kind.customers': '客户',
  'kind.contacts': '联系人',
  'kind.interactions': '往来记录',
  'kind.requirements': '需求',
  'kind.benefits': '年度经营数据',
  'kind.settlements': '结算记录',
  'kind.handovers': '交接记录',
  'kind.complaints': '投诉',
  'kind.gradingConfigs': '分级规则',
  'kind.assessments': '年度评估',
  'kind.gradeRuns': '定级批次',
  'kind.gradings': '客户定级',
  'kind.followUps': '跟进任务',
  'kind.questionnaires': '满意度问卷',
  'kind.surveys': '满意度调查',
  'kind.lineage': '版本谱系',
  'kind.changes': '修改记录',
  'kind.printLog': '输出登记簿',
} as const;

export const recordKindsEnUS: Record<keyof typeof recordKindsZhCN, string> = {
  'kind.installation': 'Installation',
  'kind.profile': 'Department profile',
  'kind.managers': 'Account managers',
  'kind.customers': 'Customers',
  'kind.contacts': 'Contacts',
  'kind.interactions': 'Interactions',
  'kind.requirements': 'Requirements',
  'kind.benefits': 'Yearly business figures',
  'kind.settlements': 'Settlements',
  'kind.handovers': 'Handovers',
  'kind.complaints': 'Complaints',
  'kind.gradingConfigs': 'Grading rules',
  'kind.assessments': 'Annual assessments',
  'kind.gradeRuns': 'Grading runs',
  'kind.gradings': 'Customer grades',
  'kind.followUps': 'Follow-ups',
  'kind.questionnaires': 'Satisfaction questionnaires',
  'kind.surveys': 'Satisfaction surveys',
  'kind.lineage': 'Version lineages',
  'kind.changes': 'Change history',
  'kind.printLog': 'Output register',
};
