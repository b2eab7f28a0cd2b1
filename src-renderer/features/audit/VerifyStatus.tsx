import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n/react';
import type { VerifyState } from './use-verify';

/** The verification's progress (done / total, 取消), or its verdict: 完整 with its counts, or the first problem named. */
export function VerifyStatus({ state, onCancel }: { state: VerifyState; onCancel: () => void }) {
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
  const { ok, entries, checkpoints, firstProblem } = state.verification;
  if (ok || !firstProblem) {
    return (
      <Alert color="green" variant="light" title={t('auditLog.verifyOkTitle')} data-testid="audit-verify">
        {t('auditLog.verifyOk', { entries, checkpoints })}
      </Alert>
    );
  }
  const { seq, checkpointSeq } = firstProblem;
  return (
    <Alert color="red" variant="light" role="alert" title={t('auditLog.verifyBrokenTitle')} data-testid="audit-verify">
      <Text size="sm" fw={600}>
        {t(firstProblem.code, { seq, checkpointSeq: checkpointSeq ?? seq })}
      </Text>
      <Text size="sm">{t('auditLog.verifyBrokenHint')}</Text>
    </Alert>
  );
}
