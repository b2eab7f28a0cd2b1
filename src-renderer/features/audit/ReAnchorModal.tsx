import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ForbiddenError } from '../../core/accounts';
import { checkReAnchorReason } from '../../core/audit/re-anchor';
import { reAnchorAuditLog, ReAnchorRefusedError } from '../../data/audit/re-anchor';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { keepEnterInField } from '../../ui/form-keys';
import { useReturnFocus } from '../../ui/use-return-focus';
import { useUnlockedInstallation } from '../key-lock';

/**
 * 确认并重新锚定: the auditor's reason (required, kept in the log), then the anchor entry and its signed
 * checkpoint (the installation's secret key: the key passphrase is asked once per session). The data
 * layer checks the role, the reason and that the chain is really broken; a refusal writes nothing.
 */
export function ReAnchorModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  const unlockInstallation = useUnlockedInstallation();
  useReturnFocus();
  const [reason, setReason] = useState('');
  const [reasonProblem, setReasonProblem] = useState<MessageKey | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const checked = checkReAnchorReason(reason);
    setReasonProblem(checked.ok ? null : checked.code);
    setProblem(null);
    if (!checked.ok) return;
    const installation = await unlockInstallation();
    if (!installation) return;
    setBusy(true);
    try {
      const { signingSecretKey, signingPublicKey } = installation.keys;
      const done = await reAnchorAuditLog(session.db, actor, reason, { secretKey: signingSecretKey, publicKey: signingPublicKey }, new Date());
      notifications.show({ color: 'green', message: t('audit.reAnchor.done', { seq: done.entry.seq }) });
      onDone();
      onClose();
    } catch (error) {
      if (error instanceof ReAnchorRefusedError) setProblem(error.code);
      else if (error instanceof ForbiddenError) setProblem(error.messageKey);
      else {
        console.error('re-anchor', error);
        setProblem('audit.reAnchor.failed');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('audit.reAnchor.action')} size="lg" closeOnClickOutside={!busy}>
      <form onSubmit={(event) => void submit(event)} onKeyDown={keepEnterInField} noValidate>
        <Stack>
          <Text size="sm">{t('audit.reAnchor.intro')}</Text>
          <Textarea
            label={t('audit.reAnchor.reason')}
            description={t('audit.reAnchor.reasonHint')}
            required
            autosize
            minRows={3}
            maxRows={8}
            data-autofocus
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonProblem(null);
            }}
            error={reasonProblem ? t(reasonProblem) : undefined}
          />
          {problem && (
            <Alert color="red" variant="light" role="alert">
              {t(problem)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {t('audit.reAnchor.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
