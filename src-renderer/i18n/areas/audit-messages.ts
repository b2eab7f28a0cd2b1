/**
 * The audit log's verification verdicts (core/audit/verify.ts AuditProblemCode), for the auditor's viewer;
 * then 确认并重新锚定 (core/audit/re-anchor.ts, features/audit ReAnchorModal and TamperFinding).
 */
export const auditMessagesZhCN = {
  'audit.problem.gap': '第 {seq} 条记录缺失（已被删除）。',
  'audit.problem.outOfOrder': '第 {seq} 条记录的顺序错误。',
  'audit.problem.hashMismatch': '第 {seq} 条记录被改动。',
  'audit.problem.chainBreak': '第 {seq} 条记录与前一条记录的链接断开（记录被插入或替换）。',
  'audit.problem.checkpointMismatch': '第 {seq} 条记录与签名检查点不符（此前的记录被改动）。',
  'audit.problem.badCheckpointSignature': '第 {seq} 条记录处的检查点签名无效（不是本机密钥签署的）。',
  'audit.problem.missingAfterCheckpoint': '第 {seq} 条至第 {checkpointSeq} 条记录缺失（审计记录被清空或截断）。',

  'audit.reAnchor.reasonRequired': '请填写确认原因（如事件经过、处理单号）',
  'audit.reAnchor.reasonTooLong': '确认原因不能超过 500 个字',
  'audit.reAnchor.nothingBroken': '日志链完整，没有需要确认的篡改，未做任何更改',
  'audit.reAnchor.action': '确认并重新锚定',
  'audit.reAnchor.intro':
    '确认后，审计日志中追加一条“确认篡改并重新锚定”记录（含原因和断点序号），本机立即签署新的检查点，此后恢复定期签署。断点不会被隐藏：每次核验都会列出它。请先导出审计日志留存证据。',
  'audit.reAnchor.reason': '确认原因',
  'audit.reAnchor.reasonHint': '将写入审计日志，不能修改。至多 500 个字。',
  'audit.reAnchor.confirm': '确认并重新锚定',
  'audit.reAnchor.done': '已重新锚定：第 {seq} 条记录起恢复签署检查点',
  'audit.reAnchor.failed': '重新锚定未能完成，未做任何更改',
  'audit.finding.title': '审计日志被篡改，尚未确认',
  'audit.finding.body': '{problem}于 {at} 发现，已记入第 {seq} 条。此后不再签署检查点，直到安全审计员确认并重新锚定。',
  'audit.acknowledged.title': '已确认的断点',
  'audit.acknowledged.item': '{problem}{by} 于 {at} 确认并从第 {anchorSeq} 条重新锚定。原因：{reason}',
  'audit.acknowledged.after': '自第 {anchorSeq} 条起日志链完整。',
} as const;

export const auditMessagesEnUS: Record<keyof typeof auditMessagesZhCN, string> = {
  'audit.problem.gap': 'Entry {seq} is missing (deleted).',
  'audit.problem.outOfOrder': 'Entry {seq} is out of order.',
  'audit.problem.hashMismatch': 'Entry {seq} was altered.',
  'audit.problem.chainBreak': 'Entry {seq} does not link to the entry before it (an entry was inserted or replaced).',
  'audit.problem.checkpointMismatch': 'Entry {seq} does not match its signed checkpoint (earlier entries were altered).',
  'audit.problem.badCheckpointSignature': 'The checkpoint at entry {seq} has an invalid signature (not signed by this installation’s key).',
  'audit.problem.missingAfterCheckpoint': 'Entries {seq} to {checkpointSeq} are missing (the audit log was emptied or cut short).',

  'audit.reAnchor.reasonRequired': 'Give the reason (what happened, the incident number)',
  'audit.reAnchor.reasonTooLong': 'The reason can be at most 500 characters',
  'audit.reAnchor.nothingBroken': 'The chain is intact: there is no tampering to acknowledge. Nothing was changed',
  'audit.reAnchor.action': 'Acknowledge and re-anchor',
  'audit.reAnchor.intro':
    'An entry “tampering acknowledged, log re-anchored” (with the reason and the broken entry) is appended, this installation signs a new checkpoint at once and then on schedule again. The break is not hidden: every verification lists it. Export the audit log first as evidence.',
  'audit.reAnchor.reason': 'Reason',
  'audit.reAnchor.reasonHint': 'Written to the audit log and never changed. At most 500 characters.',
  'audit.reAnchor.confirm': 'Acknowledge and re-anchor',
  'audit.reAnchor.done': 'Re-anchored: checkpoints are signed again from entry {seq}',
  'audit.reAnchor.failed': 'The re-anchoring did not complete. Nothing was changed',
  'audit.finding.title': 'The audit log was tampered with (not yet acknowledged)',
  'audit.finding.body': '{problem} Found {at}, recorded as entry {seq}. No checkpoint is signed until the audit administrator acknowledges it and re-anchors.',
  'audit.acknowledged.title': 'Acknowledged breaks',
  'audit.acknowledged.item': '{problem} Acknowledged by {by} on {at}, re-anchored at entry {anchorSeq}. Reason: {reason}',
  'audit.acknowledged.after': 'The chain is intact from entry {anchorSeq} on.',
};
