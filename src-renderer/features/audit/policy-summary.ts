import { CLASSIFICATION_LEVELS, type ClassificationLevel } from '../../core/classification';
import type { Locale } from '../../core/locale';
import { isMessageKey, type Translate } from '../../i18n';
import { classificationLabel } from '../../i18n/enum-labels';
import { joinList } from '../../ui/format';

/**
 * A policy change's before/after as the log stores it (core/accounts/policy.ts summarisePolicy:
 * `preset=secret; minLength=12; …; lockout=5/15min; idleLock=10min`), read in words: the stored line is
 * the writer's shorthand, and a zh-CN screen shows no English. A value in another shape is shown as is.
 */
export function policySummaryText(summary: string, t: Translate, locale: Locale): string {
  const parts = summary.split(';').map((part) => part.trim().split('='));
  if (parts.some((part) => part.length !== 2)) return summary;
  return joinList(
    parts.map(([key, value]) => `${policyLabel(key!, t)}${locale === 'zh-CN' ? '：' : ': '}${policyValue(key!, value!, t)}`),
    locale,
  );
}

function policyLabel(key: string, t: Translate): string {
  const label = `auditLog.policy.${key}`;
  return isMessageKey(label) ? t(label) : t('auditLog.detail.other', { key });
}

function policyValue(key: string, value: string, t: Translate): string {
  const preset = `auditLog.policyPreset.${value}`;
  if (key === 'preset' && isMessageKey(preset)) return t(preset);
  const lockout = /^(\d+)\/(\d+)min$/.exec(value);
  if (key === 'lockout' && lockout) return t('auditLog.policy.lockoutValue', { times: lockout[1]!, minutes: lockout[2]! });
  // The output policy (issue 15.6): a level, or none.
  if (key.startsWith('print.') || key.startsWith('export.')) {
    if (value === 'none') return t('output.policy.none');
    if ((CLASSIFICATION_LEVELS as readonly string[]).includes(value)) return t(classificationLabel(value as ClassificationLevel));
  }
  const minutes = /^(\d+)min$/.exec(value);
  if (minutes) return t('auditLog.policy.minutes', { minutes: minutes[1]! });
  return value;
}
