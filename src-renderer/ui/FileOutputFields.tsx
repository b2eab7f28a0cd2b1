import { Alert, Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import type { OutputPolicyError } from '../core/output';
import { useT } from '../i18n/react';
import { outputPolicyMessage } from './output-policy';
import { PurposeInput } from './PurposeInput';
import type { useFileOutput } from './use-file-output';

/**
 * The lower half of a registered file output's dialog (导出表格, 下载附件): the 用途, a hint, why the output
 * policy refuses this file (the start button is then disabled), the run's problem, and 取消 / start. The
 * dialog above it says what is output and under which mark.
 */
export function FileOutputFields({
  output,
  refusal,
  hint,
  startLabel,
  startDisabled,
  onStart,
  onCancel,
  testIds,
}: {
  output: ReturnType<typeof useFileOutput>;
  refusal: OutputPolicyError | null;
  hint?: ReactNode;
  startLabel: string;
  startDisabled: boolean;
  onStart: () => void;
  onCancel: () => void;
  testIds: { purpose: string; start?: string };
}) {
  const t = useT();
  const { purpose, setPurpose, purposeError, problem, busy } = output;
  return (
    <>
      <PurposeInput value={purpose} onChange={setPurpose} error={purposeError} disabled={busy} testId={testIds.purpose} />
      {hint}
      {refusal && (
        <Alert color="orange" variant="light" data-testid="output-policy-refusal">
          {outputPolicyMessage(t, refusal)}
        </Alert>
      )}
      {problem && (
        <Alert color="red" variant="light" role="alert">
          {problem}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button onClick={onStart} loading={busy} disabled={startDisabled || refusal !== null} data-testid={testIds.start}>
          {startLabel}
        </Button>
      </Group>
    </>
  );
}
