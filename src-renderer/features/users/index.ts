/** 用户管理 (issue 15): the system administrator's page, and the accounts table and refusal handling the security administrator's page shares. */
export { AccountsTable } from './AccountsTable';
export { refusalsAsValidation } from './account-refusals';
export { UsersPage } from './UsersPage';
