import { useState } from 'react';
import type { OutputLine } from '../core/output';
import type { SaveOutcome } from '../data/output';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/react';
import { notify } from './notify';
import { fileOutputFailure, purposeCheck } from './output-policy';

/**
 * The run of a registered file output's dialog (a table export, an attachment's 下载): the 用途 is
 * checked first (its message under its field), then `make` registers, writes and saves the file;
 * saved or not is said with its 份号 and the dialog closes; a failure is said where it belongs
 * (`fileOutputFailure`, `failed` for the unforeseen).
 */
export function useFileOutput(failed: MessageKey, onDone: () => void) {
  const t = useT();
  const [purpose, setPurposeText] = useState('');
  const [purposeError, setPurposeError] = useState<MessageKey | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The message was about what was typed before; a new text is checked again on start.
  const setPurpose = (next: string) => {
    setPurposeText(next);
    setPurposeError(null);
  };

  const run = async (make: (purpose: string) => Promise<{ line: OutputLine; save: SaveOutcome }>) => {
    const purposeProblem = purposeCheck(purpose);
    setPurposeError(purposeProblem);
    if (purposeProblem) return;
    setBusy(true);
    setProblem(null);
    try {
      const outcome = await make(purpose);
      const number = outcome.line.number;
      if (outcome.save.saved) notify('green', t('output.done.file', { name: outcome.save.name, number }));
      else notify('gray', t('output.cancelled', { number }));
      onDone();
    } catch (error) {
      const failure = fileOutputFailure(t, error, failed);
      if ('purpose' in failure) setPurposeError(failure.purpose);
      else setProblem(failure.problem);
    } finally {
      setBusy(false);
    }
  };

  return { purpose, setPurpose, purposeError, problem, setProblem, busy, run };
}
