import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useT } from '../i18n/react';
import { keepEnterInField } from './form-keys';
import { useReturnFocus } from './use-return-focus';

interface FormModalProps {
  title: string;
  onClose: () => void;
  submit: (event?: FormEvent<HTMLFormElement>) => void;
  saving: boolean;
  formErrors: string[];
  /** The repository's question about an unusual value (see useRecordForm), answered by its own button. */
  confirmation?: { message: string; label: string; onConfirm: () => void } | null;
  submitLabel?: string;
  size?: string;
  children: ReactNode;
}

/** A form's own messages above its buttons (the hint to fix red fields, a refusal no field owns); nothing when there are none. */
export function FormErrors({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {messages.map((message) => (
        <div key={message}>{message}</div>
      ))}
    </Alert>
  );
}

/**
 * The frame of every archive form: a modal that is mounted open (the parent mounts it to open it,
 * so each opening starts from fresh values), the fields, the form-level messages, cancel and save.
 * Enter submits only from a one-line text field (never from a select or autocomplete), and closing
 * gives focus back to what opened the dialog.
 */
export function FormModal({ title, onClose, submit, saving, formErrors, confirmation, submitLabel, size = 'lg', children }: FormModalProps) {
  const t = useT();
  useReturnFocus();
  return (
    <Modal opened onClose={onClose} title={title} size={size} centered>
      <form onSubmit={submit} onKeyDown={keepEnterInField} noValidate>
        <Stack gap="sm">
          {children}
          <FormErrors messages={formErrors} />
          {confirmation && (
            <Alert color="yellow" variant="light" role="alert" data-testid="form-confirmation">
              <Stack gap="xs" align="flex-start">
                <div>{confirmation.message}</div>
                <Button size="xs" variant="default" onClick={confirmation.onConfirm} loading={saving}>
                  {confirmation.label}
                </Button>
              </Stack>
            </Alert>
          )}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {submitLabel ?? t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
