/**
 * 用户管理 (issue 15), the system administrator's screen (features/users): the accounts table that
 * 角色与数据范围 shows too, creating an account, disabling and enabling, password reset, unlocking.
 * Its navigation entry is here rather than in zh-CN.ts so the section and its words come together.
 */
export const usersZhCN = {
  'nav.users': '用户管理',

  'users.title': '用户管理',
  'users.intro': '创建用户、停用或启用账户、重置密码、解除锁定。角色和数据范围由安全保密管理员分配；系统管理员不查看业务数据和审计记录。',
  'users.empty': '还没有用户账户',
  'users.displayName': '姓名',
  'users.username': '登录名',
  'users.roles': '角色',
  'users.scope': '数据范围',
  'users.state': '状态',
  'users.lastSignIn': '上次登录',
  'users.awaitingRoles': '待分配角色',
  'users.never': '从未登录',
  'users.active': '正常',
  'users.disabled': '已停用',
  'users.lockedUntil': '已锁定至 {time}',
  'users.mustChange': '须修改密码',

  'users.create': '新建用户',
  'users.createIntro': '新用户首次登录时必须先修改这个临时密码。角色和数据范围由安全保密管理员分配，分配之前该用户登录后只能修改密码。',
  'users.usernameHint': '2–32 个英文字母、数字或 . _ -，不区分大小写',
  'users.temporaryPassword': '临时密码',
  'users.confirmation': '再次输入临时密码',
  'users.passwordRule': '密码至少 {min} 个字符，包含大写字母、小写字母、数字、符号中的至少 {classes} 类，且不能包含登录名或姓名。',
  'users.createSubmit': '创建用户',
  'users.created': '已创建用户 {name}，请通知安全保密管理员为其分配角色',

  'users.disable': '停用',
  'users.disableOf': '停用 {name}',
  'users.disableTitle': '停用账户',
  'users.disableBody': '确定停用 {name} 的账户吗？停用后该账户不能登录，历史记录中仍保留其姓名，以后可以重新启用。',
  'users.disabledDone': '已停用 {name} 的账户',
  'users.enable': '启用',
  'users.enableOf': '启用 {name}',
  'users.enabledDone': '已启用 {name} 的账户',
  'users.reset': '重置密码',
  'users.resetOf': '重置 {name} 的密码',
  'users.resetTitle': '重置 {name} 的密码',
  'users.resetIntro': '请当面核实身份后设置临时密码。该用户下次登录时必须先修改密码；账户如被锁定，也一并解除。',
  'users.resetDone': '已重置 {name} 的密码',
  'users.unlock': '解除锁定',
  'users.unlockOf': '解除 {name} 的锁定',
  'users.unlockedDone': '已解除 {name} 的锁定',
} as const;

export const usersEnUS: Record<keyof typeof usersZhCN, string> = {
  'nav.users': 'Users',

  'users.title': 'Users',
  'users.intro':
    'Create users, disable or enable accounts, reset passwords, unlock accounts. Roles and data scopes are assigned by the security administrator; the system administrator sees no business data and no audit log.',
  'users.empty': 'No user accounts yet',
  'users.displayName': 'Name',
  'users.username': 'User name',
  'users.roles': 'Roles',
  'users.scope': 'Data scope',
  'users.state': 'Status',
  'users.lastSignIn': 'Last sign-in',
  'users.awaitingRoles': 'Awaiting roles',
  'users.never': 'Never',
  'users.active': 'Active',
  'users.disabled': 'Disabled',
  'users.lockedUntil': 'Locked until {time}',
  'users.mustChange': 'Must change password',

  'users.create': 'New user',
  'users.createIntro':
    'The new user must change this temporary password at the first sign-in. Roles and data scope are assigned by the security administrator; until then the user can only change the password.',
  'users.usernameHint': '2–32 letters, digits or . _ -, case does not matter',
  'users.temporaryPassword': 'Temporary password',
  'users.confirmation': 'Temporary password again',
  'users.passwordRule':
    'At least {min} characters of at least {classes} kinds (upper case, lower case, digits, symbols), not containing the user name or name.',
  'users.createSubmit': 'Create user',
  'users.created': 'User {name} created; ask the security administrator to assign roles',

  'users.disable': 'Disable',
  'users.disableOf': 'Disable {name}',
  'users.disableTitle': 'Disable account',
  'users.disableBody': "Disable {name}'s account? The account can no longer sign in; history keeps the name. It can be enabled again later.",
  'users.disabledDone': "{name}'s account disabled",
  'users.enable': 'Enable',
  'users.enableOf': 'Enable {name}',
  'users.enabledDone': "{name}'s account enabled",
  'users.reset': 'Reset password',
  'users.resetOf': "Reset {name}'s password",
  'users.resetTitle': "Reset {name}'s password",
  'users.resetIntro': 'Check who the person is first, then set a temporary password. The user must change it at the next sign-in; a lockout is cleared too.',
  'users.resetDone': "{name}'s password reset",
  'users.unlock': 'Unlock',
  'users.unlockOf': 'Unlock {name}',
  'users.unlockedDone': '{name} unlocked',
};
