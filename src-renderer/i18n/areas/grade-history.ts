/** 定级历史: a customer's approved gradings, why and by whom — on the customer page and in the printed dossier alike. */
export const gradeHistoryZhCN = {
  'gradeHistory.title': '定级历史',
  'gradeHistory.empty': '还没有经批准的定级',
  'gradeHistory.approvedOn': '批准日期',
  'gradeHistory.evaluationDate': '评定日期',
  'gradeHistory.change': '等级',
  'gradeHistory.reason': '定级依据',
  'gradeHistory.override': '人工调整为 {grade}：{reason}',
  'gradeHistory.versions': '规则版本',
  'gradeHistory.templateVersion': '打分表第 {version} 版',
  'gradeHistory.criteriaVersion': '定级标准第 {version} 版',
  'gradeHistory.approvedBy': '审批人',
  'gradeHistory.approvalNote': '审批意见：{note}',
  'gradeHistory.runNote': '备注：{note}',
} as const;

export const gradeHistoryEnUS: Record<keyof typeof gradeHistoryZhCN, string> = {
  'gradeHistory.title': 'Grade history',
  'gradeHistory.empty': 'No approved grading yet',
  'gradeHistory.approvedOn': 'Approved on',
  'gradeHistory.evaluationDate': 'Evaluation date',
  'gradeHistory.change': 'Grade',
  'gradeHistory.reason': 'Why',
  'gradeHistory.override': 'Adjusted to {grade}: {reason}',
  'gradeHistory.versions': 'Rule versions',
  'gradeHistory.templateVersion': 'scoring table v{version}',
  'gradeHistory.criteriaVersion': 'criteria v{version}',
  'gradeHistory.approvedBy': 'Approved by',
  'gradeHistory.approvalNote': 'Comment: {note}',
  'gradeHistory.runNote': 'Note: {note}',
};
