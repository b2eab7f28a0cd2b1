/**
 * The data scope (本人 / 本部门 / 全部, issue 15.3): the refusal of a write outside it and what a
 * screen says instead of a customer the signed-in account may not see.
 */
export const dataScopeZhCN = {
  'accounts.outOfScope': '该客户不在当前账号的数据范围内',
  'scope.hiddenHint': '本页不显示其任何资料。如需查看，请联系安全保密管理员调整数据范围。',
  'scope.complaintHidden': '该投诉所属客户不在当前账号的数据范围内',
  'scope.backToList': '返回客户档案',
} as const;

export const dataScopeEnUS: Record<keyof typeof dataScopeZhCN, string> = {
  'accounts.outOfScope': 'This customer is outside the data scope of the signed-in account',
  'scope.hiddenHint': 'None of its records are shown. Ask the security administrator to change the data scope if you need them.',
  'scope.complaintHidden': 'The customer of this complaint is outside the data scope of the signed-in account',
  'scope.backToList': 'Back to the customer archive',
} as const;
