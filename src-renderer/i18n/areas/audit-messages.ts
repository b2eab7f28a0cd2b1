/** The audit log's verification verdicts (core/audit/verify.ts AuditProblemCode), for the auditor's viewer. */
export const auditMessagesZhCN = {
  'audit.problem.gap': '第 {seq} 条记录缺失（已被删除）。',
  'audit.problem.outOfOrder': '第 {seq} 条记录的顺序错误。',
  'audit.problem.hashMismatch': '第 {seq} 条记录被改动。',
  'audit.problem.chainBreak': '第 {seq} 条记录与前一条记录的链接断开（记录被插入或替换）。',
  'audit.problem.checkpointMismatch': '第 {seq} 条记录与签名检查点不符（此前的记录被改动）。',
  'audit.problem.badCheckpointSignature': '第 {seq} 条记录处的检查点签名无效（不是本机密钥签署的）。',
  'audit.problem.missingAfterCheckpoint': '第 {seq} 条至第 {checkpointSeq} 条记录缺失（审计记录被清空或截断）。',
} as const;

export const auditMessagesEnUS: Record<keyof typeof auditMessagesZhCN, string> = {
  'audit.problem.gap': 'Entry {seq} is missing (deleted).',
  'audit.problem.outOfOrder': 'Entry {seq} is out of order.',
  'audit.problem.hashMismatch': 'Entry {seq} was altered.',
  'audit.problem.chainBreak': 'Entry {seq} does not link to the entry before it (an entry was inserted or replaced).',
  'audit.problem.checkpointMismatch': 'Entry {seq} does not match its signed checkpoint (earlier entries were altered).',
  'audit.problem.badCheckpointSignature': 'The checkpoint at entry {seq} has an invalid signature (not signed by this installation’s key).',
  'audit.problem.missingAfterCheckpoint': 'Entries {seq} to {checkpointSeq} are missing (the audit log was emptied or cut short).',
};
