import { DEFAULT_SECURITY_POLICY, type SecurityPolicy } from '../../core/accounts';
import type { Locale } from '../../core/locale';
import type { ClassificationLevel } from '../../core/classification';
import { DEFAULT_OUTPUT_POLICY, EXPORT_ROLES, PRINT_ROLES, type OutputPolicy } from '../../core/output';
import type { Translate } from '../../i18n';
import { classificationLabel, roleLabel } from '../../i18n/enum-labels';
import { joinList } from '../../ui/format';

/** The security administrator's two policies (a backup's kind 'policies', core/backup.ts POLICY_SETTING_KEYS). */
export interface Policies {
  security: SecurityPolicy;
  output: OutputPolicy;
}

/** A backup's policies: null where it carries none (made before they were backed up, or never set): the default then comes into force. */
export interface BackupPolicies {
  security: SecurityPolicy | null;
  output: OutputPolicy | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The restore summary's lines for the policies it replaces (issue 15 loose end): the password and
 * session policy by its preset as the security screen names it (当前「秘密级常用」，换成备份中的「基本」),
 * the output policy by the limits that change (客户经理最高可导出由秘密改为机密). `current` is null on
 * the error screen, where the archive in force cannot be read: only the backup's side is told.
 */
export function restorePolicyLines(current: Policies | null, backup: BackupPolicies, t: Translate, locale: Locale): string[] {
  const security = backup.security ?? DEFAULT_SECURITY_POLICY;
  const output = backup.output ?? DEFAULT_OUTPUT_POLICY;
  const preset = (policy: SecurityPolicy) => t(`security.preset.${policy.preset}`);
  const securityLine = !current
    ? t('keyTrust.restore.securityUnknown', { backup: preset(security) })
    : same(current.security, security)
      ? t('keyTrust.restore.securitySame', { current: preset(current.security) })
      : t(current.security.preset === security.preset ? 'keyTrust.restore.securityValues' : 'keyTrust.restore.security', {
          current: preset(current.security),
          backup: preset(security),
        });
  const level = (value: ClassificationLevel | null) => (value === null ? t('output.policy.none') : t(classificationLabel(value)));
  const change = (role: (typeof EXPORT_ROLES)[number], list: 'print' | 'export', from: ClassificationLevel | null, to: ClassificationLevel | null) =>
    from === to
      ? []
      : [
          t('keyTrust.restore.outputChange', {
            role: t(roleLabel(role)),
            list: t(list === 'print' ? 'output.policy.print' : 'output.policy.export'),
            from: level(from),
            to: level(to),
          }),
        ];
  const changes = current
    ? [
        ...PRINT_ROLES.flatMap((role) => change(role, 'print', current.output.print[role], output.print[role])),
        ...EXPORT_ROLES.flatMap((role) => change(role, 'export', current.output.export[role], output.export[role])),
      ]
    : [];
  const outputLine = !current
    ? t('keyTrust.restore.outputUnknown')
    : changes.length === 0
      ? t('keyTrust.restore.outputSame')
      : t('keyTrust.restore.output', { changes: joinList(changes, locale) });
  return [securityLine, outputLine];
}
