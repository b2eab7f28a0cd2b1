/** 我的需求: the open requirements of one account manager's customers (features/requirements). */
export const requirementsZhCN = {
  'requirements.mine.manager': '客户经理',
  'requirements.mine.pick': '选择客户经理',
  'requirements.mine.pickHint': '请选择客户经理，查看其客户尚未答复的需求。',
  'requirements.mine.noManagers': '还没有客户经理，请先在“系统设置”中添加。',
  'requirements.mine.customer': '所属客户',
  'requirements.mine.empty': '没有未答复的需求',
  'requirements.mine.summary': '共 {count} 项未答复需求，其中 {overdue} 项已逾期',
} as const;

export const requirementsEnUS: Record<keyof typeof requirementsZhCN, string> = {
  'requirements.mine.manager': 'Account manager',
  'requirements.mine.pick': 'Choose a manager',
  'requirements.mine.pickHint': 'Choose an account manager to see the unanswered requirements of their customers.',
  'requirements.mine.noManagers': 'No account managers yet; add them in Settings first.',
  'requirements.mine.customer': 'Customer',
  'requirements.mine.empty': 'No unanswered requirements',
  'requirements.mine.summary': '{count} unanswered requirements, {overdue} overdue',
};
