import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useReducer, useRef, useState } from 'react';
import { isArchiveError } from '../../core/archive-file';
import { backupFileName } from '../../core/backup';
import { passphraseProblem } from '../../core/passphrase';
import type { Profile } from '../../core/profile';
import { createBackupFile } from '../../data/backup-file';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { useUnlockedInstallation } from '../key-lock';
import { PassphraseFields } from '../../ui/PassphraseFields';
import { WorkProgress } from '../../ui/WorkProgress';
import { fileRunProgress, fileRunReducer, INITIAL_FILE_RUN } from '../../ui/file-run-flow';
import { backupErrorKey } from './error-message';

/** Passphrase → encrypted, signed file of the whole database → saved through the host bridge. */
export function CreateBackupModal({ profile, opened, onClose }: { profile: Profile; opened: boolean; onClose: () => void }) {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  const unlockInstallation = useUnlockedInstallation();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [flow, dispatch] = useReducer(fileRunReducer<MessageKey>, INITIAL_FILE_RUN);
  const { problem, step } = flow;
  const progress = fileRunProgress(flow);
  const abort = useRef<AbortController | null>(null);
  const running = step.name !== 'idle';

  const close = () => {
    abort.current?.abort();
    setPassphrase('');
    setConfirmation('');
    dispatch({ type: 'closed' });
    onClose();
  };

  const start = async () => {
    const invalid = passphraseProblem(passphrase, confirmation);
    // The backup carries the keys and is signed: asked once per session (the key passphrase).
    const installation = invalid ? null : await unlockInstallation();
    if (!invalid && !installation) return;
    dispatch({ type: 'start', problem: invalid });
    if (invalid || !installation) return;
    const controller = new AbortController();
    abort.current = controller;
    // scrypt and the cipher run in the crypto worker (core/archive-file/age-off-thread.ts): the window stays responsive.
    try {
      const now = new Date();
      const bytes = await createBackupFile(session.db, {
        profile,
        installation,
        appVersion: session.appInfo.version,
        exporter: actor.name,
        lock: { passphrase },
        now,
        onProgress: (next) => dispatch({ type: 'progress', progress: next }),
        signal: controller.signal,
      });
      dispatch({ type: 'written' });
      const saved = await session.host.saveFile({
        suggestedName: backupFileName(profile.department, now),
        bytes,
        filters: [{ name: 'age', extensions: ['age'] }],
      });
      if (saved.saved) notifications.show({ color: 'green', message: t('backup.saved', { name: saved.name }) });
      else notifications.show({ color: 'gray', message: t('backup.cancelled') });
      close();
    } catch (error) {
      if (isArchiveError(error, 'cancelled')) notifications.show({ color: 'gray', message: t('backup.cancelled') });
      else dispatch({ type: 'failed', problem: backupErrorKey(error, 'backup.failed') });
    } finally {
      abort.current = null;
      dispatch({ type: 'finished' });
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('backup.create')} closeOnClickOutside={!running} size="lg">
      <Stack>
        <Text size="sm">{t('backup.intro')}</Text>
        <PassphraseFields
          labels={{ passphrase: t('backup.passphrase'), confirmation: t('passphrase.confirm'), hint: t('backup.passphraseHint') }}
          passphrase={passphrase}
          confirmation={confirmation}
          onChange={(next) => {
            setPassphrase(next.passphrase);
            setConfirmation(next.confirmation);
          }}
          disabled={running}
        />
        {problem && (
          <Alert color="red" variant="light" role="alert">
            {t(problem)}
          </Alert>
        )}
        {progress && (
          <WorkProgress
            {...progress}
            label={t('backup.create')}
            waiting={t('passphrase.deriving')}
            counting={t('common.progress', { done: progress.done, total: progress.total })}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={start} loading={running}>
            {t('backup.start')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
