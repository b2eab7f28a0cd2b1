import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useReducer, useRef, useState } from 'react';
import { isArchiveError } from '../../core/archive-file';
import { fileNameMinute, fileNamePart } from '../../core/file-names';
import { passphraseProblem } from '../../core/passphrase';
import type { Profile } from '../../core/profile';
import { exportAuditLog } from '../../data/audit/export';
import { HostError } from '../../host';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { PassphraseFields } from '../../ui/PassphraseFields';
import { useReturnFocus } from '../../ui/use-return-focus';
import { WorkProgress } from '../../ui/WorkProgress';
import { fileRunProgress, fileRunReducer, INITIAL_FILE_RUN } from '../../ui/file-run-flow';
import { useUnlockedInstallation } from '../key-lock';

/** 审计日志-市场部-20260503-1405.age: the safe-file-name rule, the minute as backups write it. */
export function auditFileName(department: string, at: Date): string {
  return `审计日志-${fileNamePart(department, 40, 'audit')}-${fileNameMinute(at)}.age`;
}

function exportErrorKey(error: unknown): MessageKey {
  if (isArchiveError(error)) return `archiveError.${error.code}`;
  if (error instanceof HostError) return `hostError.${error.code}`;
  return 'auditLog.exportFailed';
}

/**
 * 导出审计日志: a passphrase twice → the log, its checkpoints and the print log as an encrypted file
 * signed by the installation (so the secret keys: the key passphrase is asked once per session) →
 * saved through the host. `onDone` after a run that wrote the file (its `audit.export` entry is new).
 */
export function ExportAuditModal({ profile, onClose, onDone }: { profile: Profile; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  const unlockInstallation = useUnlockedInstallation();
  useReturnFocus();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [flow, dispatch] = useReducer(fileRunReducer<MessageKey>, INITIAL_FILE_RUN);
  const progress = fileRunProgress(flow);
  const abort = useRef<AbortController | null>(null);
  const running = flow.step.name !== 'idle';

  const close = () => {
    abort.current?.abort();
    onClose();
  };

  const start = async () => {
    const invalid = passphraseProblem(passphrase, confirmation);
    const installation = invalid ? null : await unlockInstallation();
    if (!invalid && !installation) return;
    dispatch({ type: 'start', problem: invalid });
    if (invalid || !installation) return;
    const controller = new AbortController();
    abort.current = controller;
    try {
      const now = new Date();
      const { bytes } = await exportAuditLog(session.db, {
        profile,
        installation,
        appVersion: session.appInfo.version,
        lock: { passphrase },
        actor: { userId: actor.userId, userName: actor.name },
        now,
        onProgress: (next) => dispatch({ type: 'progress', progress: next }),
        signal: controller.signal,
      });
      dispatch({ type: 'written' });
      onDone();
      const name = auditFileName(profile.department, now);
      const saved = await session.host.saveFile({ suggestedName: name, bytes, filters: [{ name: 'age', extensions: ['age'] }] });
      notifications.show(
        saved.saved ? { color: 'green', message: t('auditLog.saved', { name: saved.name }) } : { color: 'gray', message: t('auditLog.exportCancelled') },
      );
      onClose();
    } catch (error) {
      if (isArchiveError(error, 'cancelled')) notifications.show({ color: 'gray', message: t('auditLog.exportCancelled') });
      else dispatch({ type: 'failed', problem: exportErrorKey(error) });
    } finally {
      abort.current = null;
      dispatch({ type: 'finished' });
    }
  };

  return (
    <Modal opened onClose={close} title={t('auditLog.export')} closeOnClickOutside={!running} size="lg">
      <Stack>
        <Text size="sm">{t('auditLog.exportIntro')}</Text>
        <PassphraseFields
          labels={{ passphrase: t('auditLog.passphrase'), confirmation: t('passphrase.confirm'), hint: t('auditLog.passphraseHint') }}
          passphrase={passphrase}
          confirmation={confirmation}
          onChange={(next) => {
            setPassphrase(next.passphrase);
            setConfirmation(next.confirmation);
          }}
          disabled={running}
        />
        {flow.problem && (
          <Alert color="red" variant="light" role="alert">
            {t(flow.problem)}
          </Alert>
        )}
        {progress && (
          <WorkProgress
            {...progress}
            label={t('auditLog.export')}
            waiting={t('passphrase.deriving')}
            counting={t('common.progress', { done: progress.done, total: progress.total })}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={start} loading={running}>
            {t('auditLog.exportStart')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
