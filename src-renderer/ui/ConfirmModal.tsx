import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { WriteContext } from '../data/write-context';
import { useT } from '../i18n/react';
import { useAction } from './hooks/use-action';

interface ConfirmModalProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  color?: string;
  /** Resolves true when done (the modal closes), false to stay open (the action reported why). */
  onConfirm: () => Promise<boolean>;
  onClose: () => void;
}

/** A yes/no question before a write the user should not make by a stray click (delete, deactivate). */
export function ConfirmModal({ title, children, confirmLabel, color = 'red', onConfirm, onClose }: ConfirmModalProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <Stack>
        <Text size="sm">{children}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={color}
            loading={busy}
            onClick={async () => {
              setBusy(true);
              const done = await onConfirm();
              setBusy(false);
              if (done) onClose();
            }}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * 删除…? for a record of a tab: the soft delete runs through `remove`, a refusal is reported, and
 * 已删除 confirms (the record waits in the recycle bin).
 */
export function DeleteConfirm({
  title,
  children,
  remove,
  onClose,
}: {
  title: string;
  children: ReactNode;
  remove: (ctx: WriteContext) => Promise<unknown>;
  onClose: () => void;
}) {
  const t = useT();
  const run = useAction();
  return (
    <ConfirmModal title={title} confirmLabel={t('common.delete')} onClose={onClose} onConfirm={() => run(remove, 'common.deleted')}>
      {children}
    </ConfirmModal>
  );
}
