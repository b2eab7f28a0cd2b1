/** The built-in demo institute (issue 17.2): the setup screen's button, the 演示数据 mark, leaving the demo. */
export const demoZhCN = {
  'demo.badge': '演示数据',
  'demo.badgeTitle': '当前使用的是虚构的演示数据，与本机的真实档案分开保存',
  'demo.offer': '想先看看？可载入一个虚构的演示研究所（约 200 个客户及其联系人、往来记录和投诉）。演示数据单独保存，不影响真实数据，可随时一键退出。',
  'demo.load': '载入演示数据',
  'demo.loading': '正在载入演示数据（{percent}%）…',
  'demo.loadFailed': '演示数据载入失败，本机的真实数据未作任何改动。请重试。',
  'demo.leave': '退出演示',
  'demo.leaveTitle': '退出演示',
  'demo.leaveConfirm': '退出后演示数据将全部删除，回到本机的真实档案（尚未设置时回到首次设置）。真实数据未受演示影响。',
  'demo.signInHint': '演示账户的登录名：业务用户 {business}；系统管理员 {system}、安全保密管理员 {security}、安全审计员 {audit}。密码均为 {password}。',
  'demo.keyPassphraseHint': '需要密钥口令时，同样输入 {password}。',
  'demo.incomplete': '演示数据不完整（可能载入时被中断）。请退出演示后重新载入。',
  'demo.restoreRefused': '演示期间不能恢复备份：请先退出演示，回到真实档案后再恢复',
  'demo.outputRefused': '演示期间不能导出交换文件或创建备份：演示数据不得进入任何真实档案。请先退出演示。',
} as const;

export const demoEnUS: Record<keyof typeof demoZhCN, string> = {
  'demo.badge': 'Demo data',
  'demo.badgeTitle': 'You are using fictional demo data, kept apart from this computer’s real archive',
  'demo.offer':
    'Look around first? Load a fictional demo institute (about 200 customers with their contacts, interactions and complaints). It is kept apart from real data and can be left with one click at any time.',
  'demo.load': 'Load demo data',
  'demo.loading': 'Loading demo data ({percent}%)…',
  'demo.loadFailed': 'The demo data could not be loaded; the real data on this computer is unchanged. Please try again.',
  'demo.leave': 'Leave demo',
  'demo.leaveTitle': 'Leave demo',
  'demo.leaveConfirm':
    'Leaving deletes all demo data and returns to this computer’s real archive (or to first-run setup if there is none yet). The real data was not touched by the demo.',
  'demo.signInHint':
    'Demo accounts: business user {business}; system administrator {system}, security administrator {security}, audit administrator {audit}. The password of all of them is {password}.',
  'demo.keyPassphraseHint': 'When the key passphrase is asked, type {password} as well.',
  'demo.incomplete': 'The demo data is incomplete (its loading may have been interrupted). Leave the demo and load it again.',
  'demo.restoreRefused': 'A backup cannot be restored during the demo: leave the demo first, then restore in the real archive',
  'demo.outputRefused': 'No exchange file or backup can be made during the demo: demo data never goes into a real archive. Leave the demo first.',
} as const;
