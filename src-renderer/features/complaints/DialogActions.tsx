import { Alert, Button, Group } from '@mantine/core';
import { useT } from '../../i18n/react';

/** The foot of a complaint dialog: why the save was refused (if it was), 取消 and the confirm button. */
export function DialogActions({
  error,
  busy,
  confirmLabel,
  onCancel,
  onConfirm,
  testId,
}: {
  error: string | undefined;
  busy: boolean;
  confirmLabel: string;
  onCancel: () => void;
  onConfirm: () => void;
  testId: string;
}) {
  const t = useT();
  return (
    <>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('complaints.dialog.cancel')}
        </Button>
        <Button loading={busy} onClick={onConfirm} data-testid={testId}>
          {confirmLabel}
        </Button>
      </Group>
    </>
  );
}
