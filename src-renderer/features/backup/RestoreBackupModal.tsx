import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useReducer, useRef } from 'react';
import { newId } from '../../core/ids';
import { restoreBackupFile } from '../../data/backup-file';
import { activateRestore, type Restorer } from '../../data/backup-restore';
import type { AirgapDb } from '../../data/db';
import { RestoreStager } from '../../data/backup';
import { pickHostFile, type HostBridge } from '../../host';
import { AGE_LOCK_SNIFF_BYTES } from '../../core/archive-file';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { fileLockHint } from '../exchange';
import { restoreProblemOf } from './error-message';
import { KeyUnlock } from './KeyUnlock';
import { RestoreImpactAlert } from './RestoreImpactAlert';
import { restoreImpact, type ThisInstallation } from './restore-impact';
import { restorePolicyLines } from './restore-policies';
import { RestoreSummary } from './RestoreSummary';
import { INITIAL_RESTORE, restoreReducer } from './restore-flow';
import { WorkProgress } from '../../ui/WorkProgress';

interface RestoreBackupModalProps {
  host: HostBridge;
  opened: boolean;
  onClose: () => void;
  /** Settings: close and delete the current database once the restored one is active. The error
   *  screen: keep the database that cannot be opened. `db`: the archive replaced, whose audit log's
   *  newest entry the restore's entry names (data/backup-restore.ts). */
  previous: { db?: AirgapDb; close?: () => void; deleteIt: boolean };
  /** Who restores: the signed-in system administrator, or nobody on the error screen (the archive cannot be opened). */
  by: Restorer;
  /** This installation's age identity, to open its own scheduled backups (absent on the error screen). */
  ownIdentity?: string;
  /** This installation, to tell whether a backup is its own and what a restore replaces (absent on the error screen). */
  current?: ThisInstallation;
}

/**
 * Choose file → passphrase → read, verify and stage into a NEW database → show what it holds and
 * what it replaces (another installation's backup: a red warning, restore-impact.ts) → on
 * confirmation make it the archive and reload. Until then the current data is untouched.
 */
export function RestoreBackupModal({ host, opened, onClose, previous, by, ownIdentity, current }: RestoreBackupModalProps) {
  const t = useT();
  const [state, dispatch] = useReducer(restoreReducer, INITIAL_RESTORE);
  const { file, keyLocked, passphrase, identities, step, problem } = state;
  // The host forgets a file once another replaces it or the dialog goes.
  useEffect(() => () => void file?.close(), [file]);
  const progress = step.name === 'verifying' ? step.progress : null;
  const restored = step.name === 'verified' ? step.restored : null;
  const locale = usePreferences((s) => s.locale);
  const impact = restored && restoreImpact(restored, current ?? null);
  const policyLines = restored ? restorePolicyLines(current?.policies ?? null, restored.policies, t, locale) : [];
  const abort = useRef<AbortController | null>(null);
  const runs = useRef(0);

  const reset = () => {
    abort.current?.abort();
    if (restored) void RestoreStager.discard(restored.databaseName);
    dispatch({ type: 'reset' });
  };
  const close = () => {
    reset();
    onClose();
  };

  const choose = async () => {
    dispatch({ type: 'choose-started' });
    try {
      // Read by pieces (host/file-streams.ts): a backup with gigabytes of attachments is never held whole.
      const picked = await pickHostFile(host, { title: t('restore.choose'), filters: [{ name: 'age', extensions: ['age'] }] });
      if (!picked) return;
      // A scheduled backup is locked for an installation's key: offer this one's first.
      const keyLocked = fileLockHint(await picked.head(AGE_LOCK_SNIFF_BYTES)) === 'key';
      dispatch({ type: 'file-chosen', file: picked, keyLocked, identities: keyLocked && ownIdentity ? [ownIdentity] : null });
    } catch (error) {
      dispatch({ type: 'failed', problem: restoreProblemOf(error) });
    }
  };

  // Unlocking runs in the crypto worker (core/archive-file/age-off-thread.ts): the window stays
  // responsive, and 取消 (close) stops it at once.
  const verify = async () => {
    if (!file) return;
    const run = ++runs.current;
    const controller = new AbortController();
    abort.current = controller;
    dispatch({ type: 'verify-started', run });
    try {
      const result = await restoreBackupFile(file.stream(), keyLocked ? { identities: identities ?? [] } : { passphrase }, {
        stamp: newId(),
        by,
        onProgress: (next) => dispatch({ type: 'verify-progress', run, progress: next }),
        signal: controller.signal,
      });
      // Closed after the last check of the signal: nobody will confirm this one.
      if (controller.signal.aborted) void RestoreStager.discard(result.databaseName);
      else dispatch({ type: 'verified', run, restored: result });
    } catch (error) {
      dispatch({ type: 'verify-failed', run, problem: restoreProblemOf(error) });
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  };

  const activate = async () => {
    if (!restored) return;
    // The restore's audit entry goes into the restored log, then the pointer moves (data/backup-restore.ts).
    await activateRestore(restored, by, previous);
    dispatch({ type: 'activated' });
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
                onChange={(e) => dispatch({ type: 'passphrase-changed', passphrase: e.currentTarget.value })}
                disabled={progress !== null}
                autoComplete="off"
              />
            )}
            {keyLocked && (
              <KeyUnlock
                host={host}
                ownIdentity={ownIdentity ?? null}
                onChange={(next) => dispatch({ type: 'identities-changed', identities: next })}
                disabled={progress !== null}
              />
            )}
          </>
        )}
        {progress && (
          <WorkProgress
            {...progress}
            label={t('restore.title')}
            waiting={t('passphrase.deriving')}
            counting={t('restore.progress', { done: progress.done, total: progress.total })}
          />
        )}
        {problem && (
          <Alert color="red" variant="light" role="alert" title={t('restore.failed')}>
            {t(problem.key, problem.params)}
          </Alert>
        )}
        {restored && (
          <>
            <Alert color="green" variant="light" icon={<IconCircleCheck size={18} />}>
              {t('restore.summary')}
            </Alert>
            <RestoreSummary restored={restored} />
            {impact && <RestoreImpactAlert impact={impact} policies={policyLines} />}
            <Alert color="orange" variant="light">
              {t(previous.deleteIt ? 'restore.replaceWarning' : 'restore.keepBroken')}
            </Alert>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          {restored ? (
            <Button color="red" onClick={activate}>
              {t(impact?.origin === 'other' ? 'keyTrust.restore.confirmForeign' : 'restore.confirm')}
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
