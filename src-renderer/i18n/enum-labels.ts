import type { AttachmentKind } from '../core/attachments/kinds';
import type { DataScope, Role } from '../core/accounts/types';
import type { AuditOutcome } from '../core/audit/types';
import type { ClassificationLevel } from '../core/classification';
import type { ZeroingItemId } from '../core/complaints/zeroing';
import type { SignOffRole } from '../core/grading/service-policy';
import type { GradeRunStatus } from '../core/grading/stored';
import type { PaymentStability } from '../core/grading/types';
import type {
  ComplaintCategory,
  ComplaintChannel,
  ComplaintSeverity,
  ComplaintStatus,
  CustomerLevel,
  CustomerStatus,
  CustomerType,
  InteractionKind,
  OurDepartment,
  RequirementStatus,
} from '../core/model';
import type { RecordKind } from '../core/record-kinds';
import type { SurveySource } from '../core/satisfaction-records';
import { isMessageKey, type MessageKey } from './index';

/**
 * One label map per enum the user sees (ENGINEERING.md: "an enum has one label map"): the catalog
 * key of each stored value. Forms, lists, filters, statistics, the change history, exports and the
 * printed reports all name a value through these, so a complaint category reads the same on the
 * form, in 投诉分析 and on paper. The words themselves are in the catalogs (zh-CN and en-US), each
 * under its domain's area; nothing else in the catalogs labels these values a second time.
 */

// ── customer archive (PRODUCT.md §1) ───────────────────────────────────────────────────────────
export const customerLevelLabel = (level: CustomerLevel): MessageKey => `customers.level.${level}`;
export const customerTypeLabel = (type: CustomerType): MessageKey => `customers.type.${type}`;
export const customerStatusLabel = (status: CustomerStatus): MessageKey => `customers.status.${status}`;
export const interactionKindLabel = (kind: InteractionKind): MessageKey => `detail.kind.${kind}`;
export const departmentLabel = (department: OurDepartment): MessageKey => `detail.dept.${department}`;
export const requirementStatusLabel = (status: RequirementStatus): MessageKey => `detail.reqStatus.${status}`;
export const classificationLabel = (level: ClassificationLevel): MessageKey => `mark.${level}`;
export const attachmentKindLabel = (kind: AttachmentKind): MessageKey => `attachments.kind.${kind}`;

// ── complaints (PRODUCT.md §3): the category words are the institute's (质量问题, 交付, 技术资料) ──
export const complaintChannelLabel = (channel: ComplaintChannel): MessageKey => `complaints.channel.${channel}`;
export const complaintCategoryLabel = (category: ComplaintCategory): MessageKey => `complaints.category.${category}`;
export const complaintSeverityLabel = (severity: ComplaintSeverity): MessageKey => `complaints.severity.${severity}`;
export const complaintStatusLabel = (status: ComplaintStatus): MessageKey => `complaints.status.${status}`;
export const zeroingItemLabel = (item: ZeroingItemId): MessageKey => `complaints.zeroing.${item}`;
export const surveySourceLabel = (source: SurveySource): MessageKey => `satisfaction.source.${source}`;

// ── grading (PRODUCT.md §2) ────────────────────────────────────────────────────────────────────
/** 稳定 / 较稳定 / 不稳定 / 拖欠一年以上; 未知 when no receivable could be counted. */
export const paymentStabilityLabel = (stability: PaymentStability | null): MessageKey => `gradingCustomer.stability.${stability ?? 'unknown'}`;
export const gradeRunStatusLabel = (status: GradeRunStatus): MessageKey => `gradingSection.status.${status}`;
export const signOffRoleLabel = (role: SignOffRole): MessageKey => `gradingRules.policy.role.${role}`;

// ── records ───────────────────────────────────────────────────────────────────────────────────
/** A kind of record the archive holds ('customers', 'benefits'…): every one has a name. */
export const recordKindLabel = (kind: RecordKind): MessageKey => `kind.${kind}`;

/**
 * Any kind an archive file or a backup may hold (also 'changes', 'printLog'…), or null for one that
 * has no name (internal tables): callers then show the code.
 */
export function anyKindLabel(kind: string): MessageKey | null {
  const key = `kind.${kind}`;
  return isMessageKey(key) ? key : null;
}

/**
 * The label-key prefix of an enum field of a stored record, for screens that show any field by its
 * name (修改记录): the same maps as above, looked up by table and field.
 */
export const ENUM_FIELD_PREFIX: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  customers: { status: 'customers.status', type: 'customers.type', level: 'customers.level' },
  interactions: { kind: 'detail.kind', departments: 'detail.dept' },
  requirements: { status: 'detail.reqStatus', department: 'detail.dept' },
};

// ── accounts (issue 15) ─────────────────────────────────────────────────────────────────────────
export const roleLabel = (role: Role): MessageKey => `role.${role}`;
export const dataScopeLabel = (scope: DataScope): MessageKey => `scope.${scope}`;

// ── audit log (issue 15.5) ──────────────────────────────────────────────────────────────────────
/**
 * An action of the audit log (`auth.sign-in`…). One this version has no word for (written by a newer
 * version, read from a restored backup) is 其他操作（code）: callers always pass `{ code: action }`.
 */
export function auditActionLabel(action: string): MessageKey {
  const key = `auditAction.${action}`;
  return key !== 'auditAction.other' && isMessageKey(key) ? key : 'auditAction.other';
}
export const auditOutcomeLabel = (outcome: AuditOutcome): MessageKey => `auditLog.outcome.${outcome}`;
