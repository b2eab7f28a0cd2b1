import { Alert, Badge, Button, Checkbox, Code, Group, PasswordInput, Radio, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconFileImport } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { ArchiveManifest, ArchiveUnlock } from '../../core/archive';
import type { OpenedFile } from '../../core/host-contract';
import type { Profile } from '../../core/profile';
import { applyImport, previewImport, type ImportPreview, type ImportReport } from '../../data/exchange';
import { HostError } from '../../host';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useOpenedFile } from '../../state/opened-file';
import { useSession, writeContextOf } from '../../state/session';
import { WorkProgress } from '../../ui/WorkProgress';
import { fileLockHint } from './file-names';
import { ManifestTable } from './ManifestTable';
import { exchangeErrorMessage } from './messages';
import { OutcomeTable } from './OutcomeTable';
import { ProblemAlert } from './ProblemAlert';
import { SignerCardStep } from './SignerCardStep';

type Unlock = 'passphrase' | 'key';
type Problem = { key: MessageKey; details: string[] };

/**
 * 导入: choose a file → unlock (口令, or this installation's key) → preview (writes nothing) →
 * an unknown signer must be accepted after its fingerprint was checked by phone → 导入 applies
 * everything in one transaction and shows the report.
 */
export function ImportPanel({ profile }: { profile: Profile }) {
  const t = useT();
  const session = useSession();
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [unlock, setUnlock] = useState<Unlock>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [accepted, setAccepted] = useState(false);
  const [report, setReport] = useState<{ report: ImportReport; manifest: ArchiveManifest } | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState<'reading' | 'importing' | null>(null);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const abort = useRef<AbortController | null>(null);

  const reset = () => {
    abort.current?.abort();
    setFile(null);
    setPassphrase('');
    setPreview(null);
    setAccepted(false);
    setReport(null);
    setProblem(null);
  };

  const take = (picked: OpenedFile) => {
    setFile(picked);
    setUnlock(fileLockHint(picked.bytes) ?? 'passphrase');
  };

  // A file the OS handed over (double-click on an .age file): as if it had been chosen here.
  const incoming = useOpenedFile((s) => s.incoming);
  const consumeIncoming = useOpenedFile((s) => s.consume);
  useEffect(() => {
    if (!incoming || busy !== null) return;
    const next = consumeIncoming();
    if (!next) return;
    reset();
    if ('file' in next) take(next.file);
    else setProblem({ key: `hostError.${next.error}`, details: [] });
    // reset/take only set state: the effect depends on the arrival and on the panel being idle.
  }, [incoming, busy, consumeIncoming]);

  const choose = async () => {
    reset();
    try {
      const picked = await session.host.openFile({ title: t('exchange.import.choose'), filters: [{ name: 'age', extensions: ['age'] }] });
      if (!picked) return;
      take(picked);
    } catch (error) {
      setProblem(error instanceof HostError ? { key: `hostError.${error.code}`, details: [] } : { key: 'exchange.import.failed', details: [] });
    }
  };

  const read = async (acceptUnknownSigner: boolean) => {
    if (!file) return;
    setProblem(null);
    const controller = new AbortController();
    abort.current = controller;
    setBusy('reading');
    setProgress({ done: 0, total: 0 });
    await new Promise((resolve) => setTimeout(resolve, 50)); // paint before scrypt takes the thread
    try {
      const key: ArchiveUnlock = unlock === 'passphrase' ? { passphrase } : { identities: [session.installation.keys.ageIdentity] };
      setPreview(
        await previewImport(session.db, file.bytes, key, {
          installation: session.installation,
          acceptUnknownSigner,
          signal: controller.signal,
          onProgress: ({ records, total }) => setProgress({ done: records, total }),
        }),
      );
    } catch (error) {
      setPreview(null);
      setProblem(exchangeErrorMessage(error, 'exchange.import.failed'));
    } finally {
      abort.current = null;
      setBusy(null);
    }
  };

  const apply = async () => {
    if (preview?.status !== 'ready') return;
    setBusy('importing');
    setProgress({ done: 0, total: 0 });
    try {
      const done = await applyImport(session.db, preview.file, writeContextOf(session, profile.operatorName), setProgress);
      setReport({ report: done, manifest: preview.file.manifest });
      setPreview(null);
    } catch (error) {
      setProblem(exchangeErrorMessage(error, 'exchange.import.failed'));
    } finally {
      setBusy(null);
    }
  };

  const signer =
    preview?.status === 'ready' ? (
      preview.file.signer ? (
        <Text size="sm">{t('exchange.import.knownSigner', { name: preview.file.signer.name, fingerprint: preview.file.signerFingerprint })}</Text>
      ) : (
        <Text size="sm">{t('exchange.import.acceptedSigner', { fingerprint: preview.file.signerFingerprint })}</Text>
      )
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
        {file && <Text size="sm">{t('exchange.import.file', { name: file.name })}</Text>}
      </Group>
      {file && !report && preview?.status !== 'ready' && preview?.status !== 'unknown-signer' && (
        <>
          <Radio.Group label={t('exchange.import.unlock')} value={unlock} onChange={(v) => setUnlock(v as Unlock)}>
            <Group gap="lg" mt="xs">
              <Radio value="passphrase" label={t('exchange.lock.passphrase')} />
              <Radio value="key" label={t('exchange.import.ownKey')} />
            </Group>
          </Radio.Group>
          {unlock === 'passphrase' && (
            <PasswordInput
              label={t('exchange.import.passphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              disabled={busy !== null}
              autoComplete="off"
            />
          )}
          <Group>
            <Button onClick={() => read(false)} disabled={unlock === 'passphrase' && passphrase.length === 0} loading={busy === 'reading'}>
              {t('exchange.import.read')}
            </Button>
          </Group>
        </>
      )}
      {busy === 'reading' && (
        <WorkProgress {...progress} label={t('exchange.import.read')} waiting={t('exchange.import.reading')} counting={t('backup.progress', progress)} />
      )}
      {busy === 'importing' && (
        <WorkProgress {...progress} label={t('exchange.import.apply')} waiting={t('exchangeImport.applying')} counting={t('backup.progress', progress)} />
      )}
      {problem && <ProblemAlert problem={problem} title={t('exchange.import.nothingWritten')} />}
      {preview && <ManifestTable manifest={preview.status === 'ready' ? preview.file.manifest : preview.manifest} signer={signer} />}
      {preview?.status === 'unknown-signer' && (
        // No Alert title: the light orange title colour fails contrast (axe); a bold line reads the same.
        <Alert color="orange" variant="light">
          <Stack gap="xs">
            <Text size="sm" fw={700}>
              {t('exchange.import.unknownSigner')}
            </Text>
            <Text size="sm">{t('exchange.unknownSigner', { fingerprint: preview.signerFingerprint })}</Text>
            <Checkbox label={t('exchange.import.accept')} checked={accepted} onChange={(e) => setAccepted(e.currentTarget.checked)} />
            <Group>
              <Button onClick={() => read(true)} disabled={!accepted} loading={busy === 'reading'}>
                {t('exchange.import.continue')}
              </Button>
              <Button variant="default" onClick={reset}>
                {t('backup.cancel')}
              </Button>
            </Group>
            <SignerCardStep
              signerPublicKey={preview.signerPublicKey}
              signerFingerprint={preview.signerFingerprint}
              operator={profile.operatorName}
              onAdded={() => read(false)}
            />
          </Stack>
        </Alert>
      )}
      {preview?.status === 'ready' && (
        <>
          <OutcomeTable counts={preview.counts} total={preview.total} testId="import-preview" />
          {preview.total.conflict > 0 && (
            <Alert color="orange" variant="light">
              {t('exchange.import.conflictsAhead', { count: preview.total.conflict })}
            </Alert>
          )}
          <Group>
            <Button onClick={apply} loading={busy === 'importing'}>
              {t('exchange.import.apply')}
            </Button>
            <Button variant="default" onClick={reset} disabled={busy !== null}>
              {t('backup.cancel')}
            </Button>
          </Group>
        </>
      )}
      {report && (
        <>
          <Alert color="green" variant="light" icon={<IconCircleCheck size={18} />} role="status">
            {t('exchange.import.done', { department: report.manifest.source.department })}
            {report.report.conflictIds.length > 0 && ` ${t('exchange.import.doneConflicts', { count: report.report.conflictIds.length })}`}
          </Alert>
          <OutcomeTable counts={report.report.counts} total={report.report.total} testId="import-report" />
        </>
      )}
    </Stack>
  );
}
