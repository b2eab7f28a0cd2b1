/** Controlled output (issue 15.6): the register's lines and numbers, the output policy, the audit names. */
export * from './output/register';
export * from './output/policy';
export { OUTPUT_AUDIT_ACTIONS } from './output/audit-actions';
