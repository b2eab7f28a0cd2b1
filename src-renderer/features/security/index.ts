/** 角色与策略 (issue 15): the security administrator's page (roles and data scope, the password and session policy). */
export { SecurityPage } from './SecurityPage';
