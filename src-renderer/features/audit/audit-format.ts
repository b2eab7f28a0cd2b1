import { DATA_SCOPES, ROLES, SETUP_ACTOR_NAME, type DataScope, type Role } from '../../core/accounts';
import { AUDIT_SYSTEM_USER } from '../../core/audit/actions';
import type { AuditDetails, AuditEntry } from '../../core/audit/types';
import { AUDIT_PROBLEM_CODES, type AuditProblemCode } from '../../core/audit/verify';
import { chinaDayOf } from '../../core/complaints';
import { formatIsoDay } from '../../core/format';
import type { Locale } from '../../core/locale';
import { isMessageKey, type MessageKey, type Translate } from '../../i18n';
import { classificationLabel, dataScopeLabel, recordKindLabel, roleLabel } from '../../i18n/enum-labels';
import { RECORD_KINDS, type RecordKind } from '../../core/record-kinds';
import { CLASSIFICATION_LEVELS, type ClassificationLevel } from '../../core/classification';
import { joinList } from '../../ui/format';
import { policySummaryText } from './policy-summary';

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant in China time (UTC+8, whatever the PC's zone), 24-hour with seconds: an auditor orders events by them. */
export function auditTime(instant: string, locale: Locale): string {
  const d = new Date(Date.parse(instant) + 8 * 3_600_000);
  if (Number.isNaN(d.getTime())) return instant;
  return `${formatIsoDay(chinaDayOf(instant), locale)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Who acted: the user's name as written; the two names the log writes itself (系统, 首次设置) in the reader's language. */
export function auditUserName(entry: Pick<AuditEntry, 'userId' | 'userName'>, t: Translate): string {
  if (entry.userId === null && entry.userName === AUDIT_SYSTEM_USER) return t('auditLog.user.system');
  if (entry.userId === null && entry.userName === SETUP_ACTOR_NAME) return t('auditLog.user.setup');
  return entry.userName;
}

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
const isScope = (value: string): value is DataScope => (DATA_SCOPES as readonly string[]).includes(value);
const isProblem = (value: string): value is AuditProblemCode => (AUDIT_PROBLEM_CODES as readonly string[]).includes(value);
const isRecordKind = (value: string): value is RecordKind => (RECORD_KINDS as readonly string[]).includes(value);
const isLevel = (value: string): value is ClassificationLevel => (CLASSIFICATION_LEVELS as readonly string[]).includes(value);

/** A coded value read in words (a role, a reason, a problem); anything else as written. */
function valueText(key: string, value: string, t: Translate, locale: Locale): string {
  if (key.startsWith('roles')) {
    const roles = value.split(',').filter(Boolean);
    return roles.length === 0
      ? t('auditLog.none')
      : joinList(
          roles.map((role) => (isRole(role) ? t(roleLabel(role)) : role)),
          locale,
        );
  }
  if (key.startsWith('scope') && isScope(value)) return t(dataScopeLabel(value));
  // Instants (lockedUntil, fileCreatedAt, backupCreatedAt…) in China time like the entry's own, never as stored (UTC).
  if ((key === 'lockedUntil' || key.endsWith('At')) && !Number.isNaN(Date.parse(value))) return auditTime(value, locale);
  if (key === 'before' || key === 'after') return policySummaryText(value, t, locale);
  if (key === 'problem' && isProblem(value)) return t(`auditLog.problem.${value}`);
  if (key === 'kind' && isRecordKind(value)) return t(recordKindLabel(value));
  if ((key === 'mark' || key === 'defaultMark' || key === 'highestClassification') && isLevel(value)) return t(classificationLabel(value));
  // Controlled output (issue 15.6): the kind of output and an exchange file's scope, in words.
  if (key === 'outputKind' && isMessageKey(`output.kind.${value}`)) return t(`output.kind.${value}` as MessageKey);
  if (key === 'exportScope' && isMessageKey(`exchange.scope.${value}`)) return t(`exchange.scope.${value}` as MessageKey);
  if (key === 'report' && isMessageKey(`reports.kind.${value}`)) return t(`reports.kind.${value}` as MessageKey);
  const coded = `auditLog.${key}.${value}`;
  if ((key === 'reason' || key === 'via') && isMessageKey(coded)) return t(coded);
  return value;
}

/** The order lines are read in: by key, and a before ahead of its after (rolesBefore, rolesAfter). */
const orderKey = (key: string) => key.replace(/(^b|B)efore$/, '0').replace(/(^a|A)fter$/, '1');

/** An entry's details as 标签：值 lines, in a fixed order (the stored order is the writer's). */
export function detailLines(details: AuditDetails, t: Translate, locale: Locale): { label: string; value: string }[] {
  return Object.keys(details)
    .sort((a, b) => (orderKey(a) < orderKey(b) ? -1 : orderKey(a) > orderKey(b) ? 1 : 0))
    .map((key) => {
      const value = details[key];
      const labelKey = `auditLog.detail.${key}`;
      const label = key !== 'other' && isMessageKey(labelKey) ? t(labelKey) : t('auditLog.detail.other', { key });
      if (value === null || value === undefined || value === '') return { label, value: key.startsWith('roles') ? t('auditLog.none') : '—' };
      if (typeof value === 'boolean') return { label, value: t(value ? 'common.yes' : 'common.no') };
      if (typeof value === 'number') return { label, value: String(value) };
      return { label, value: valueText(key, value, t, locale) };
    });
}
