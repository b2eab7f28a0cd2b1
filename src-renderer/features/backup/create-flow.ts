import type { BackupProgress } from '../../data/backup-file';
import type { MessageKey } from '../../i18n';

/**
 * 创建备份 as a state machine (CreateBackupModal renders from it): idle (the passphrase form) →
 * writing (unlock, read every table, encrypt) → saving (the save dialog) → idle again, with a
 * problem when it failed. Pure: the modal runs the work and reports its outcome as events.
 */
export type CreateStep = { name: 'idle' } | { name: 'writing'; progress: BackupProgress } | { name: 'saving'; progress: BackupProgress };

export interface CreateState {
  step: CreateStep;
  problem: MessageKey | null;
}

export type CreateEvent =
  /** Start asked for: refused with `problem`, or started when it is null. */
  | { type: 'start'; problem: MessageKey | null }
  | { type: 'progress'; progress: BackupProgress }
  | { type: 'written' }
  /** The run ended (saved, not saved, cancelled, or after `failed`): back to the form, the problem kept. */
  | { type: 'finished' }
  | { type: 'failed'; problem: MessageKey }
  | { type: 'closed' };

export const INITIAL_CREATE: CreateState = { step: { name: 'idle' }, problem: null };

export function createReducer(state: CreateState, event: CreateEvent): CreateState {
  const { step } = state;
  switch (event.type) {
    case 'start':
      if (step.name !== 'idle') return state;
      return event.problem ? { ...state, problem: event.problem } : { step: { name: 'writing', progress: { done: 0, total: 0 } }, problem: null };
    case 'progress':
      return step.name === 'writing' ? { ...state, step: { ...step, progress: event.progress } } : state;
    case 'written':
      return step.name === 'writing' ? { ...state, step: { name: 'saving', progress: step.progress } } : state;
    case 'finished':
      return { ...state, step: { name: 'idle' } };
    case 'failed':
      return { step: { name: 'idle' }, problem: event.problem };
    case 'closed':
      return { ...state, problem: null };
  }
}
