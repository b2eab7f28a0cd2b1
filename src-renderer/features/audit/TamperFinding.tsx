import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileExport } from '@tabler/icons-react';
import { formatDateTime } from '../../core/format';
import type { AuditEntry } from '../../core/audit/types';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { problemText } from './problem-text';

/**
 * The tamper finding nobody has acknowledged yet (data/audit/re-anchor.ts openTamperFinding), at the top of
 * the auditor's page for as long as it stands: what broke and where, and the two things to do — export the
 * log as evidence, then 确认并重新锚定 (only then are checkpoints signed again).
 */
export function TamperFinding({ finding, onExport, onReAnchor }: { finding: AuditEntry; onExport: () => void; onReAnchor?: () => void }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const { problem, problemSeq, checkpointSeq } = finding.details;
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle />} title={t('audit.finding.title')} data-testid="audit-tamper-finding">
      <Stack gap="sm">
        <Text size="sm">
          {t('audit.finding.body', {
            problem: problemText(t, { code: problem, seq: problemSeq, checkpointSeq }),
            at: formatDateTime(finding.at, locale),
            seq: finding.seq,
          })}
        </Text>
        <Group gap="sm">
          <Button size="sm" variant="default" leftSection={<IconFileExport size={16} />} onClick={onExport}>
            {t('auditLog.export')}
          </Button>
          {onReAnchor && (
            <Button size="sm" color="red" onClick={onReAnchor}>
              {t('audit.reAnchor.action')}
            </Button>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}
