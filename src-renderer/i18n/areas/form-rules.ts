/**
 * Messages of the form rules that refuse rather than "fix" input (issue 12): one-line text, money
 * below zero, a year that already has figures, an overpayment to confirm, tags split at separators.
 */
export const formRulesZhCN = {
  'validation.oneLine': '只能填一行：不能含制表符或换行（像是从表格粘贴的一整行，请分栏填写）',
  'validation.moneyNegative': '金额不能小于 0',
  'validation.integerRange': '须为 {min}–{max} 之间的整数',
  'validation.yearExists': '该年度已有数据：请修改该年的数据，不能重复新增',
  'detail.benefits.yearExists': '{year} 年已有数据：合同额 {contract}，年综合效益 {benefit}。保存不会覆盖它。',
  'detail.benefits.editThatYear': '修改 {year} 年的数据',
  'detail.settlements.overpaid': '超额回款',
  'detail.settlements.overpaidConfirm': '回款金额 {paid} 超过应收金额 {receivable}，超额 {excess}。确属超额回款（如预付款）吗？',
  'detail.settlements.overpaidSave': '确认超额回款并保存',
} as const;

export const formRulesEnUS: Record<keyof typeof formRulesZhCN, string> = {
  'validation.oneLine': 'One line only: no tabs or line breaks (this looks like a pasted spreadsheet row; fill in each field)',
  'validation.moneyNegative': 'The amount cannot be less than 0',
  'validation.integerRange': 'Must be a whole number from {min} to {max}',
  'validation.yearExists': 'This year already has figures: edit that year instead of adding it again',
  'detail.benefits.yearExists': '{year} already has figures: contract {contract}, comprehensive benefit {benefit}. Saving will not overwrite them.',
  'detail.benefits.editThatYear': 'Edit the figures of {year}',
  'detail.settlements.overpaid': 'Overpaid',
  'detail.settlements.overpaidConfirm':
    'The amount paid, {paid}, is above the receivable, {receivable}, by {excess}. Is this really an overpayment (an advance, say)?',
  'detail.settlements.overpaidSave': 'Confirm the overpayment and save',
};
