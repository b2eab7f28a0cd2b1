import { Alert, Badge, Button, Code, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconFileImport } from '@tabler/icons-react';
import { useEffect, useReducer, useRef } from 'react';
import { AGE_LOCK_SNIFF_BYTES, detectAgeLock, isArchiveError, type ArchiveUnlock } from '../../core/archive-file';
import { applyImport, previewImport } from '../../data/exchange';
import { HostError, pickHostFile, type HostFile } from '../../host';
import { useT } from '../../i18n/react';
import { useOpenedFile } from '../../state/opened-file';
import { useSession, writeContextOf } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { useUnlockedInstallation } from '../key-lock';
import { WorkProgress } from '../../ui/WorkProgress';
import { importReducer, importView, INITIAL_IMPORT } from './import-flow';
import { ImportWarnings } from './ImportWarnings';
import { ManifestTable } from './ManifestTable';
import { importErrorMessage } from './messages';
import { OutcomeTable } from './OutcomeTable';
import { AttachmentList } from './AttachmentList';
import { ProblemAlert } from './ProblemAlert';

/**
 * 导入: choose a file → its header says how it is locked (core/archive-file/age-lock.ts), and the
 * panel asks only for that: the 交换口令 for a passphrase file, nothing for a file locked for this
 * department (this installation's key opens it; a locked key asks its key passphrase once); a file
 * that is no exchange file is refused before anything is asked → preview (writes nothing) →
 * an unknown signer must first be added to the directory with its key card (by the security
 * administrator: the reader is told to ask the security administrator) → 导入 applies
 * everything in one transaction and shows the report.
 */
export function ImportPanel() {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  const unlockInstallation = useUnlockedInstallation();
  const [state, dispatch] = useReducer(importReducer, INITIAL_IMPORT);
  const { file, lock, passphrase, targetConfirmed, problem } = state;
  const { busy, progress, preview, report, unlockForm, canApply } = importView(state);
  const abort = useRef<AbortController | null>(null);
  const runs = useRef(0);

  const reset = () => {
    abort.current?.abort();
    dispatch({ type: 'reset' });
  };

  // Only the header is read (its first few KB), nothing is decrypted: a file that is no exchange file is refused at once.
  // The file itself is read by pieces when previewed (host/file-streams.ts): never held whole, whatever its attachments weigh.
  const take = async (picked: HostFile) => {
    try {
      dispatch({ type: 'file-chosen', file: picked, lock: detectAgeLock(await picked.head(AGE_LOCK_SNIFF_BYTES)).lock });
    } catch (error) {
      dispatch({ type: 'file-refused', file: picked, problem: importErrorMessage(error, null) });
    }
  };

  // The host forgets a file once another replaces it or the panel goes.
  useEffect(() => () => void file?.close(), [file]);

  // A file the OS handed over (double-click on an .age file): as if it had been chosen here.
  const incoming = useOpenedFile((s) => s.incoming);
  const consumeIncoming = useOpenedFile((s) => s.consume);
  useEffect(() => {
    if (!incoming || busy !== null) return;
    const next = consumeIncoming();
    if (!next) return;
    reset();
    if ('file' in next) void take(next.file);
    else dispatch({ type: 'choose-failed', problem: { key: `hostError.${next.error}`, details: [] } });
    // reset/take only dispatch: the effect depends on the arrival and on the panel being idle.
  }, [incoming, busy, consumeIncoming]);

  const choose = async () => {
    reset();
    try {
      const picked = await pickHostFile(session.host, { title: t('exchange.import.choose'), filters: [{ name: 'age', extensions: ['age'] }] });
      if (!picked) return;
      await take(picked);
    } catch (error) {
      dispatch({
        type: 'choose-failed',
        problem: error instanceof HostError ? { key: `hostError.${error.code}`, details: [] } : { key: 'exchange.import.failed', details: [] },
      });
    }
  };

  // Unlocking runs in the crypto worker (core/archive-file/age-off-thread.ts): the window stays responsive and 取消 works.
  const read = async () => {
    if (!file || !lock) return;
    // This installation's age identity opens a file locked for this department: its key passphrase is asked once per session.
    const installation = lock === 'passphrase' ? null : await unlockInstallation();
    if (lock !== 'passphrase' && !installation) return;
    const run = ++runs.current;
    const controller = new AbortController();
    abort.current = controller;
    dispatch({ type: 'read-started', run });
    try {
      const key: ArchiveUnlock = installation ? { identities: [installation.keys.ageIdentity] } : { passphrase };
      const result = await previewImport(session.db, file.stream(), key, {
        installation: session.installation,
        signal: controller.signal,
        onProgress: ({ records, total, attachmentBytes }) =>
          dispatch({ type: 'read-progress', run, progress: { done: records, total, ...(attachmentBytes ? { attachmentBytes } : {}) } }),
      });
      dispatch({ type: 'read-done', run, preview: result });
    } catch (error) {
      if (controller.signal.aborted && isArchiveError(error, 'cancelled')) dispatch({ type: 'read-cancelled', run });
      else dispatch({ type: 'read-failed', run, problem: importErrorMessage(error, lock) });
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  };

  const apply = async () => {
    if (preview?.status !== 'ready') return;
    dispatch({ type: 'apply-started' });
    try {
      const done = await applyImport(session.db, preview.file, writeContextOf(session, actor), (progress) => dispatch({ type: 'apply-progress', progress }), {
        confirmedOtherTarget: targetConfirmed,
      });
      dispatch({ type: 'apply-done', report: done });
    } catch (error) {
      dispatch({ type: 'apply-failed', problem: importErrorMessage(error, lock) });
    }
  };

  const signer =
    preview?.status === 'ready' ? (
      <Text size="sm">{t('exchange.import.knownSigner', { name: preview.file.signer.name, fingerprint: preview.file.signerFingerprint })}</Text>
    ) : preview?.status === 'unknown-signer' ? (
      <>
        <Badge color="red.9" variant="filled">
          {t('exchange.import.unknownSigner')}
        </Badge>
        <Code fz="md" fw={700} data-testid="signer-fingerprint">
          {preview.signerFingerprint}
        </Code>
      </>
    ) : null;

  return (
    <Stack maw={900}>
      <Text size="sm">{t('exchange.import.intro')}</Text>
      <Group>
        <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={choose} disabled={busy !== null}>
          {t('exchange.import.choose')}
        </Button>
        {/* A refused file is not called 交换文件: it is not one. */}
        {file && <Text size="sm">{t(lock ? 'exchange.import.file' : 'exchangeImport.chosenFile', { name: file.name })}</Text>}
      </Group>
      {unlockForm && (
        <>
          <Text size="sm" data-testid="import-lock">
            {t(lock === 'passphrase' ? 'exchangeImport.lockedWithPassphrase' : 'exchangeImport.lockedForUs')}
          </Text>
          {lock === 'passphrase' && (
            <PasswordInput
              label={t('exchange.import.passphrase')}
              value={passphrase}
              onChange={(e) => dispatch({ type: 'passphrase-changed', passphrase: e.currentTarget.value })}
              disabled={busy !== null}
              autoComplete="off"
            />
          )}
          <Group>
            <Button onClick={() => void read()} disabled={lock === 'passphrase' && passphrase.length === 0} loading={busy === 'reading'}>
              {t('exchange.import.read')}
            </Button>
            {busy === 'reading' && (
              <Button variant="default" onClick={() => abort.current?.abort()}>
                {t('common.cancel')}
              </Button>
            )}
          </Group>
        </>
      )}
      {busy === 'reading' && (
        <WorkProgress
          {...progress}
          label={t('exchange.import.read')}
          waiting={t('exchange.import.reading')}
          counting={t('common.progress', { done: progress.done, total: progress.total })}
        />
      )}
      {busy === 'importing' && (
        <WorkProgress
          {...progress}
          label={t('exchange.import.apply')}
          waiting={t('exchangeImport.applying')}
          counting={t('common.progress', { done: progress.done, total: progress.total })}
        />
      )}
      {problem && <ProblemAlert problem={problem} title={t('exchange.import.nothingWritten')} />}
      {preview?.status === 'ready' && <ManifestTable manifest={preview.file.manifest} signer={signer} file={preview.file} />}
      {preview?.status === 'unknown-signer' && <ManifestTable manifest={preview.manifest} signer={signer} />}
      {preview?.status === 'unknown-signer' && (
        // No Alert title: the light orange title colour fails contrast (axe); a bold line reads the same.
        <Alert color="orange" variant="light">
          <Stack gap="xs">
            <Text size="sm" fw={700}>
              {t('exchange.import.unknownSigner')}
            </Text>
            <Text size="sm">{t('keyTrust.unknownSigner', { fingerprint: preview.signerFingerprint })}</Text>
            {/* Only the security administrator adds a key card (issue 15.3), and she imports nothing (三员分立): whoever
                reads the file is told whom to ask. */}
            <Text size="sm" data-testid="ask-security-admin">
              {t('exchangeImport.askSecurityAdmin', { fingerprint: preview.signerFingerprint })}
            </Text>
            <Group>
              <Button variant="default" onClick={reset} disabled={busy === 'reading'}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {preview?.status === 'ready' && (
        <>
          <OutcomeTable counts={preview.counts} total={preview.total} testId="import-preview" />
          <AttachmentList attachments={preview.file.attachments} />
          <ImportWarnings
            file={preview.file}
            targetConfirmed={targetConfirmed}
            onTargetConfirmed={(confirmed) => dispatch({ type: 'target-confirm-changed', confirmed })}
            disabled={busy !== null}
          />
          {preview.total.conflict > 0 && (
            <Alert color="orange" variant="light">
              {t('exchange.import.conflictsAhead', { count: preview.total.conflict })}
            </Alert>
          )}
          <Group>
            <Button onClick={apply} loading={busy === 'importing'} disabled={!canApply && busy !== 'importing'}>
              {t('exchange.import.apply')}
            </Button>
            <Button variant="default" onClick={reset} disabled={busy !== null}>
              {t('common.cancel')}
            </Button>
          </Group>
        </>
      )}
      {report && (
        <>
          <Alert color="green" variant="light" icon={<IconCircleCheck size={18} />} role="status">
            {t('exchange.import.done', { department: report.department })}
            {report.report.conflictIds.length > 0 && ` ${t('exchange.import.doneConflicts', { count: report.report.conflictIds.length })}`}
          </Alert>
          <OutcomeTable counts={report.report.counts} total={report.report.total} testId="import-report" />
        </>
      )}
    </Stack>
  );
}
