import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { newId } from '../../core/ids';
import { activateRestoredDatabase } from '../../data/active-database';
import { restoreBackupFile, type BackupProgress, type RestoredBackup } from '../../data/backup-file';
import { RestoreStager } from '../../data/backup';
import type { HostBridge } from '../../host';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { fileLockHint } from '../exchange';
import { backupErrorKey } from './error-message';
import { KeyUnlock } from './KeyUnlock';
import { RestoreSummary } from './RestoreSummary';
import { WorkProgress } from '../../ui/WorkProgress';
import type { OpenedFile } from '../../core/host-contract';

interface RestoreBackupModalProps {
  host: HostBridge;
  opened: boolean;
  onClose: () => void;
  /** Settings: close and delete the current database once the restored one is active. The error
   *  screen: keep the database that cannot be opened. */
  previous: { close?: () => void; deleteIt: boolean };
  /** This installation's age identity, to open its own scheduled backups (absent on the error screen). */
  ownIdentity?: string;
}

/**
 * Choose file → passphrase → read, verify and stage into a NEW database → show what it holds →
 * on confirmation make it the archive and reload. Until then the current data is untouched.
 */
export function RestoreBackupModal({ host, opened, onClose, previous, ownIdentity }: RestoreBackupModalProps) {
  const t = useT();
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [identities, setIdentities] = useState<string[] | null>(null);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [restored, setRestored] = useState<RestoredBackup | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const abort = useRef<AbortController | null>(null);

  const reset = () => {
    abort.current?.abort();
    if (restored) void RestoreStager.discard(restored.databaseName);
    setFile(null);
    setPassphrase('');
    setIdentities(null);
    setProgress(null);
    setRestored(null);
    setProblem(null);
  };
  const close = () => {
    reset();
    onClose();
  };

  const choose = async () => {
    setProblem(null);
    try {
      const picked = await host.openFile({ title: t('restore.choose'), filters: [{ name: 'age', extensions: ['age'] }] });
      if (!picked) return;
      setFile(picked);
      // A scheduled backup is locked for an installation's key: offer this one's first.
      setIdentities(fileLockHint(picked.bytes) === 'key' && ownIdentity ? [ownIdentity] : null);
    } catch (error) {
      setProblem(backupErrorKey(error, 'restore.failed'));
    }
  };

  const verify = async () => {
    if (!file) return;
    setProblem(null);
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: 0 });
    await new Promise((resolve) => setTimeout(resolve, 50)); // paint before scrypt
    try {
      setRestored(
        await restoreBackupFile(file.bytes, keyLocked ? { identities: identities ?? [] } : { passphrase }, {
          stamp: newId(),
          onProgress: setProgress,
          signal: controller.signal,
        }),
      );
    } catch (error) {
      setProblem(backupErrorKey(error, 'restore.failed'));
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const keyLocked = file !== null && fileLockHint(file.bytes) === 'key';

  const activate = async () => {
    if (!restored) return;
    await activateRestoredDatabase(restored.databaseName, previous);
    setProblem(null);
    window.location.reload();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('restore.title')} size="lg" closeOnClickOutside={false}>
      <Stack>
        {!restored && (
          <>
            <Group>
              <Button variant="default" onClick={choose} disabled={progress !== null}>
                {t('restore.choose')}
              </Button>
              {file && <Text size="sm">{t('restore.file', { name: file.name })}</Text>}
            </Group>
            {file && !keyLocked && (
              <PasswordInput
                label={t('backup.passphrase')}
                value={passphrase}
                onChange={(e) => setPassphrase(e.currentTarget.value)}
                disabled={progress !== null}
                autoComplete="off"
              />
            )}
            {keyLocked && <KeyUnlock host={host} ownIdentity={ownIdentity ?? null} onChange={setIdentities} disabled={progress !== null} />}
          </>
        )}
        {progress && (
          <WorkProgress
            {...progress}
            label={t('restore.title')}
            waiting={t('backup.deriving')}
            counting={t('restore.progress', { done: progress.done, total: progress.total })}
          />
        )}
        {problem && (
          <Alert color="red" variant="light" role="alert" title={t('restore.failed')}>
            {t(problem)}
          </Alert>
        )}
        {restored && (
          <>
            <Alert color="green" variant="light" icon={<IconCircleCheck size={18} />}>
              {t('restore.summary')}
            </Alert>
            <RestoreSummary restored={restored} />
            <Alert color="orange" variant="light">
              {t(previous.deleteIt ? 'restore.replaceWarning' : 'restore.keepBroken')}
            </Alert>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('backup.cancel')}
          </Button>
          {restored ? (
            <Button color="red" onClick={activate}>
              {t('restore.confirm')}
            </Button>
          ) : (
            <Button onClick={verify} disabled={!file || (keyLocked ? identities === null : passphrase.length === 0)} loading={progress !== null}>
              {t('restore.verify')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
