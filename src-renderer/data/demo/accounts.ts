/**
 * The demo's accounts and published password (load.ts), apart from the loader so that 登录, which shows them
 * while the demo is in use, does not load the loader and the synthetic institute at every start (issue 20).
 */
export const DEMO_PASSWORD = 'Yanshi-2026';

/** The accounts of the demo, in the setup's order: the 三员, then the business user with every business role. */
export const DEMO_ACCOUNTS = [
  { username: 'zhangwei', displayName: '张伟' },
  { username: 'sysadmin', displayName: '赵刚' },
  { username: 'secadmin', displayName: '钱敏' },
  { username: 'auditor', displayName: '孙丽' },
] as const;
