import { Alert, Code, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import type { RestoreImpact } from './restore-impact';

/**
 * Before 确认: whose backup this is (another installation's is a red warning with both
 * fingerprints), and what the restore replaces, part by part.
 */
export function RestoreImpactAlert({ impact, policies = [] }: { impact: RestoreImpact; policies?: readonly string[] }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const n = (value: number) => value.toLocaleString(locale);
  const foreign = impact.origin === 'other';
  const identity =
    impact.identity === 'kept'
      ? t('keyTrust.restore.identityKept')
      : impact.identity === 'new'
        ? t('keyTrust.restore.identityNew')
        : t(impact.identity === 'unchecked' ? 'keyTrust.restore.identityUnchecked' : 'keyTrust.restore.identityBackup', { id: impact.backup.installationId });
  const directory =
    impact.directory.current === null
      ? t('keyTrust.restore.directoryUnknown', { backup: n(impact.directory.backup) })
      : t('keyTrust.restore.directory', { current: n(impact.directory.current), backup: n(impact.directory.backup) });
  return (
    // No Alert title: the light title colours fail contrast (axe); a bold line reads the same.
    <Alert
      color={foreign ? 'red' : 'orange'}
      variant="light"
      icon={foreign ? <IconAlertTriangle size={18} /> : undefined}
      data-testid="restore-impact"
      data-origin={impact.origin}
    >
      <Stack gap={6}>
        {foreign && (
          <>
            <Text size="sm" fw={700} data-testid="restore-foreign">
              {t('keyTrust.restore.foreignTitle')}
            </Text>
            <Text size="sm">{t('keyTrust.restore.foreignBackup', { id: impact.backup.installationId })}</Text>
            <Code fz="sm" fw={700}>
              {impact.backup.fingerprint}
            </Code>
            <Text size="sm">{t('keyTrust.restore.foreignOwn', { id: impact.own?.installationId ?? '' })}</Text>
            <Code fz="sm" fw={700}>
              {impact.own?.fingerprint}
            </Code>
          </>
        )}
        {impact.origin === 'unknown' && <Text size="sm">{t('keyTrust.restore.originUnknown')}</Text>}
        <Text size="sm" fw={700}>
          {t('keyTrust.restore.replaces')}
        </Text>
        <List size="sm" spacing={2} data-testid="restore-replaces">
          <List.Item>{identity}</List.Item>
          <List.Item>{directory}</List.Item>
          <List.Item>{t('keyTrust.restore.records', { records: n(impact.records), changes: n(impact.changes) })}</List.Item>
          <List.Item>{t('keyTrust.restore.local', { conflicts: n(impact.conflicts), printLog: n(impact.printLog) })}</List.Item>
          {/* The password and session policy and the output policy (restore-policies.ts). */}
          {policies.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
        {foreign && <Text size="sm">{t('keyTrust.restore.foreignAdvice')}</Text>}
      </Stack>
    </Alert>
  );
}
