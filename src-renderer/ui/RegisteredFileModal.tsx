import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useReducer, useRef, useState } from 'react';
import { ForbiddenError } from '../core/accounts';
import { isArchiveError } from '../core/archive-file';
import { OutputPolicyError, type OutputKind, type OutputLine } from '../core/output';
import { passphraseProblem } from '../core/passphrase';
import { ValidationError } from '../core/validation';
import { getOutputPolicy, settleOutput, type OutputResult } from '../data/output';
import type { Installation } from '../data/installation';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/react';
import { useSession } from '../state/session';
import { saveStream } from '../host';
import { useActor } from '../state/signed-in';
import { fileRunProgress, fileRunReducer, INITIAL_FILE_RUN, type RunProgress } from './file-run-flow';
import { outputLimitProblem, outputPolicyMessage, purposeCheck } from './output-policy';
import { PassphraseFields } from './PassphraseFields';
import { useReturnFocus } from './use-return-focus';
import { WorkProgress } from './WorkProgress';
import { PurposeInput } from './PurposeInput';

/** What the caller's `make` returns: the file's writer, its register line (reserved) and what to register once it is saved. */
export interface RegisteredFile {
  /** The file's bytes, produced once the user chose where to save it (host/file-streams.ts `saveStream`). */
  write: () => Promise<ReadableStream<Uint8Array>>;
  line: OutputLine;
  suggestedName: string;
  result: OutputResult;
}

export interface MakeFileInput {
  installation: Installation;
  passphrase: string;
  purpose: string;
  onProgress: (progress: RunProgress) => void;
  signal: AbortSignal;
}

interface RegisteredFileModalProps {
  kind: Extract<OutputKind, 'backup' | 'audit-export'>;
  title: string;
  intro: string;
  labels: { passphrase: string; hint: string; start: string };
  /** Messages: the file saved ({name}), the run cancelled. */
  messages: { saved: MessageKey; cancelled: MessageKey };
  /** The installation's keys (the file is signed), asked once per session; null when the user gave up. */
  unlock: () => Promise<Installation | null>;
  make: (input: MakeFileInput) => Promise<RegisteredFile>;
  /** The sentence of a failure that is not a refusal (archive, host errors). */
  errorKey: (error: unknown) => MessageKey;
  onClose: () => void;
  /** After a run that reserved its 份号 (whether or not the file was then saved). */
  onWritten?: () => void;
}

/**
 * "A passphrase twice and a purpose → a signed, encrypted file under a 份号 → saved": the one flow of
 * 创建备份 and 导出审计日志 (issue 15.6; file-run-flow.ts is its state machine). The file's register line
 * is reserved by `make` (which refuses what the output policy or the user's roles forbid, nothing
 * written), completed with its audit entry when the file is saved, and voided when the save is cancelled.
 * A user the policy allows no export of this kind sees why the button is disabled.
 */
export function RegisteredFileModal({ kind, title, intro, labels, messages, unlock, make, errorKey, onClose, onWritten }: RegisteredFileModalProps) {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  useReturnFocus();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [purpose, setPurpose] = useState('');
  const [purposeError, setPurposeError] = useState<MessageKey | null>(null);
  const [flow, dispatch] = useReducer(fileRunReducer<string>, INITIAL_FILE_RUN);
  const progress = fileRunProgress(flow);
  const abort = useRef<AbortController | null>(null);
  const running = flow.step.name !== 'idle';
  const policy = useLiveQuery(() => getOutputPolicy(session.db), [session.db]);
  const forbidden = policy ? outputLimitProblem(t, policy, actor.roles, kind) : null;

  const close = () => {
    abort.current?.abort();
    onClose();
  };

  const start = async () => {
    // The purpose first: its message under its field, before the key passphrase is asked.
    const purposeProblem = purposeCheck(purpose);
    setPurposeError(purposeProblem);
    if (purposeProblem) return;
    const invalid = passphraseProblem(passphrase, confirmation);
    const installation = invalid ? null : await unlock();
    if (!invalid && !installation) return;
    dispatch({ type: 'start', problem: invalid ? t(invalid) : null });
    if (invalid || !installation) return;
    const controller = new AbortController();
    abort.current = controller;
    try {
      const file = await make({
        installation,
        passphrase,
        purpose,
        onProgress: (next) => dispatch({ type: 'progress', progress: next }),
        signal: controller.signal,
      });
      let saved: { name: string } | null = null;
      try {
        saved = await saveStream(
          session.host,
          { target: 'dialog', suggestedName: file.suggestedName, filters: [{ name: 'age', extensions: ['age'] }] },
          file.write,
        );
      } finally {
        await settleOutput(session.db, { actor, now: new Date() }, file.line.id, saved !== null, file.result);
        onWritten?.();
      }
      const number = file.line.number;
      notifications.show(
        saved
          ? { color: 'green', message: `${t(messages.saved, { name: saved.name })} ${t('output.copyNumberLine', { number })}` }
          : { color: 'gray', message: t('output.cancelled', { number }) },
      );
      onClose();
    } catch (error) {
      if (isArchiveError(error, 'cancelled')) notifications.show({ color: 'gray', message: t(messages.cancelled) });
      else if (error instanceof ValidationError) setPurposeError((error.fieldErrors.purpose ?? 'validation.required') as MessageKey);
      else if (error instanceof OutputPolicyError) dispatch({ type: 'failed', problem: outputPolicyMessage(t, error) });
      else if (error instanceof ForbiddenError) dispatch({ type: 'failed', problem: t('accounts.forbidden') });
      else dispatch({ type: 'failed', problem: t(errorKey(error)) });
    } finally {
      abort.current = null;
      dispatch({ type: 'finished' });
    }
  };

  return (
    <Modal opened onClose={close} title={title} closeOnClickOutside={!running} size="lg">
      <Stack>
        <Text size="sm">{intro}</Text>
        <PurposeInput value={purpose} onChange={setPurpose} error={purposeError} disabled={running} />
        <PassphraseFields
          labels={{ passphrase: labels.passphrase, confirmation: t('passphrase.confirm'), hint: labels.hint }}
          passphrase={passphrase}
          confirmation={confirmation}
          onChange={(next) => {
            setPassphrase(next.passphrase);
            setConfirmation(next.confirmation);
          }}
          disabled={running}
        />
        {forbidden && (
          <Alert color="orange" variant="light" data-testid="output-policy-refusal">
            {forbidden}
          </Alert>
        )}
        {flow.problem && (
          <Alert color="red" variant="light" role="alert">
            {flow.problem}
          </Alert>
        )}
        {progress && (
          <WorkProgress
            {...progress}
            label={title}
            waiting={t('passphrase.deriving')}
            counting={t('common.progress', { done: progress.done, total: progress.total })}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={start} loading={running} disabled={forbidden !== null || policy === undefined}>
            {labels.start}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
