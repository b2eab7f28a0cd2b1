import type { HostFile } from '../../host';
import type { BackupProgress, RestoredBackup } from '../../data/backup-file';
import type { MessageKey } from '../../i18n';

/**
 * 从备份恢复 as a state machine (RestoreBackupModal renders from it): idle (choose a file, type the
 * passphrase or pick the key) → verifying (unlock, verify, stage into a new database) → verified
 * (what it holds; 确认 makes it the archive). A failed verify goes back to idle with its problem.
 * Pure: the modal runs the work and reports its outcome as events.
 */
/** Why a restore failed: the sentence, and the attachment's file name where the backup's bytes of one were wrong (issue 18.5). */
export interface RestoreProblem {
  key: MessageKey;
  params?: { name: string };
}

export type RestoreStep = { name: 'idle' } | { name: 'verifying'; run: number; progress: BackupProgress } | { name: 'verified'; restored: RestoredBackup };

export interface RestoreState {
  file: HostFile | null;
  /** The chosen file is locked for an installation's key (its header says so), not with a passphrase. */
  keyLocked: boolean;
  passphrase: string;
  /** The key(s) for a file locked for an installation's key; null until there is one. */
  identities: string[] | null;
  step: RestoreStep;
  problem: RestoreProblem | null;
}

/** `run` tells verifications apart: the outcome of one left behind (closed, cancelled) changes nothing. */
export type RestoreEvent =
  | { type: 'reset' }
  | { type: 'choose-started' }
  | { type: 'file-chosen'; file: HostFile; keyLocked: boolean; identities: string[] | null }
  | { type: 'failed'; problem: RestoreProblem }
  | { type: 'passphrase-changed'; passphrase: string }
  | { type: 'identities-changed'; identities: string[] | null }
  | { type: 'verify-started'; run: number }
  | { type: 'verify-progress'; run: number; progress: BackupProgress }
  | { type: 'verified'; run: number; restored: RestoredBackup }
  | { type: 'verify-failed'; run: number; problem: RestoreProblem }
  | { type: 'activated' };

export const INITIAL_RESTORE: RestoreState = { file: null, keyLocked: false, passphrase: '', identities: null, step: { name: 'idle' }, problem: null };

export function restoreReducer(state: RestoreState, event: RestoreEvent): RestoreState {
  const { step } = state;
  const verifying = (run: number) => step.name === 'verifying' && step.run === run;
  switch (event.type) {
    case 'reset':
      return INITIAL_RESTORE;
    case 'choose-started':
      return { ...state, problem: null };
    case 'file-chosen':
      return step.name === 'idle' ? { ...state, file: event.file, keyLocked: event.keyLocked, identities: event.identities } : state;
    case 'failed':
      return { ...state, problem: event.problem };
    case 'passphrase-changed':
      return { ...state, passphrase: event.passphrase };
    case 'identities-changed':
      return { ...state, identities: event.identities };
    case 'verify-started':
      return step.name === 'idle' && state.file
        ? { ...state, step: { name: 'verifying', run: event.run, progress: { done: 0, total: 0 } }, problem: null }
        : state;
    case 'verify-progress':
      return step.name === 'verifying' && step.run === event.run ? { ...state, step: { ...step, progress: event.progress } } : state;
    case 'verified':
      return verifying(event.run) ? { ...state, step: { name: 'verified', restored: event.restored } } : state;
    case 'verify-failed':
      return verifying(event.run) ? { ...state, step: { name: 'idle' }, problem: event.problem } : state;
    case 'activated':
      return { ...state, problem: null };
  }
}
