/** 审计日志 (issue 15.5): the audit administrator's page, and the checkpoint runner every signed-in window mounts. */
export { AuditCheckpointRunner } from './AuditCheckpointRunner';
export { AuditPage } from './AuditPage';
