import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../../core/format';
import type { AcknowledgedBreak } from '../../core/audit/re-anchor';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { problemText } from './problem-text';
import type { VerifyState } from './use-verify';

/**
 * The verification's progress (done / total, 取消), or its verdict: 完整 with its counts, or the first problem
 * named (with 确认并重新锚定 when `onReAnchor` is given); and the breaks acknowledged earlier, always listed.
 */
export function VerifyStatus({ state, onCancel, onReAnchor }: { state: VerifyState; onCancel: () => void; onReAnchor?: () => void }) {
  const t = useT();
  if (state.name === 'idle') return null;
  if (state.name === 'running') {
    const { done, total } = state.progress;
    return (
      <Stack gap={4} data-testid="audit-verify">
        <Group gap="sm" wrap="nowrap">
          <Progress value={total ? (100 * done) / total : 0} animated aria-label={t('auditLog.verifying')} style={{ flex: 1 }} />
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {total ? t('auditLog.verifyProgress', { done, total }) : t('auditLog.verifyStarting')}
        </Text>
      </Stack>
    );
  }
  if (state.name === 'cancelled') return <Text c="dimmed">{t('auditLog.verifyCancelled')}</Text>;
  if (state.name === 'failed') {
    return (
      <Alert color="red" variant="light" role="alert" data-testid="audit-verify">
        {t('auditLog.verifyFailed')}
      </Alert>
    );
  }
  const { ok, entries, checkpoints, firstProblem, acknowledged } = state.verification;
  const breaks = acknowledged.length > 0 && <AcknowledgedBreaks breaks={acknowledged} />;
  if (ok || !firstProblem) {
    return (
      <Stack gap="sm" data-testid="audit-verify">
        <Alert color="green" variant="light" title={t('auditLog.verifyOkTitle')}>
          <Text size="sm">{t('auditLog.verifyOk', { entries, checkpoints })}</Text>
          {acknowledged.length > 0 && <Text size="sm">{t('audit.acknowledged.after', { anchorSeq: acknowledged[acknowledged.length - 1]!.anchorSeq })}</Text>}
        </Alert>
        {breaks}
      </Stack>
    );
  }
  return (
    <Stack gap="sm" data-testid="audit-verify">
      <Alert color="red" variant="light" role="alert" title={t('auditLog.verifyBrokenTitle')}>
        <Text size="sm" fw={600}>
          {problemText(t, firstProblem)}
        </Text>
        <Text size="sm">{t('auditLog.verifyBrokenHint')}</Text>
        {onReAnchor && (
          <Button size="sm" color="red" mt="sm" onClick={onReAnchor}>
            {t('audit.reAnchor.action')}
          </Button>
        )}
      </Alert>
      {breaks}
    </Stack>
  );
}

/** Breaks an auditor acknowledged: never hidden, each with where, what, who, when and why. */
function AcknowledgedBreaks({ breaks }: { breaks: readonly AcknowledgedBreak[] }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  return (
    <Alert color="orange" variant="light" title={t('audit.acknowledged.title')} data-testid="audit-acknowledged">
      <Stack gap={4}>
        {breaks.map((b) => (
          <Text size="sm" key={b.anchorSeq}>
            {t('audit.acknowledged.item', { problem: problemText(t, b), by: b.by, at: formatDateTime(b.at, locale), anchorSeq: b.anchorSeq, reason: b.reason })}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
