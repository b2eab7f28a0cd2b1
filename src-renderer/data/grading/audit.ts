import { INTAKE_AUDIT_ACTIONS, RULE_VERSION_ACTIONS } from '../../core/audit/intake-actions';
import { auditAction } from '../audit/record';
import type { AirgapDb } from '../db';
import type { WriteContext } from '../write-context';
import type { CustomerRecord } from '../rows/archive';
import type { GradeRunRecord, GradingConfigRecord } from './types';

/**
 * The audit entries of the department head's decisions (issue 15.5), appended inside the
 * approval's own transaction (`inTransaction`'s scope includes `db.audit`). The approver is the
 * entry's user, as it is the record's `approvedById`.
 */

/**
 * An approved grade run: the object is the run (a single grading is named by its customer, a batch
 * by its evaluation day); details say how many customers it decided and how many grades changed.
 */
export function auditRunApproval(
  db: AirgapDb,
  ctx: WriteContext,
  run: GradeRunRecord,
  decided: { customers: number; changed: number; customer: CustomerRecord | undefined },
): Promise<unknown> {
  const label = run.kind === 'single' && decided.customer ? decided.customer.name : run.evaluationDate;
  return auditAction(
    db,
    ctx,
    INTAKE_AUDIT_ACTIONS.gradeApprove,
    { kind: 'gradeRuns', id: run.id, label },
    {
      evaluationDate: run.evaluationDate,
      batch: run.kind === 'batch',
      customers: decided.customers,
      gradeChanges: decided.changed,
      templateVersion: run.templateVersion,
      criteriaVersion: run.criteriaVersion,
      approvalNote: run.approvalNote ?? '',
    },
  );
}

/** A new version of a grading rule (template, criteria or policy, each its own action): its number and the approver's note. */
export function auditRuleVersion(db: AirgapDb, ctx: WriteContext, record: GradingConfigRecord): Promise<unknown> {
  return auditAction(
    db,
    ctx,
    RULE_VERSION_ACTIONS[record.kind],
    { kind: 'gradingConfigs', id: record.id, label: String(record.version) },
    { version: record.version, approvalNote: record.note },
  );
}
