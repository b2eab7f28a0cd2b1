/** 我的需求, and the manager choice the complaint list shares. */
export { ManagerChoice } from './ManagerChoice';
export { MyRequirementsPage } from './MyRequirementsPage';
