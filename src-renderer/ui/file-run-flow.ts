/**
 * "Write a file where the user saves it" as a state machine, shared by 创建备份 and 导出 (each renders
 * from it): idle (the form) → writing (unlock, the save dialog, then read, encrypt and save a piece at a
 * time; progress) → idle again, with a problem when it failed. Pure and generic over the problem's type: the screen runs the work
 * and reports its outcome as events.
 */
export interface RunProgress {
  done: number;
  total: number;
  /** The attachments' bytes, written after the records (a file that carries attachments). */
  attachmentBytes?: { done: number; total: number };
}

export type FileRunStep = { name: 'idle' } | { name: 'writing'; progress: RunProgress };

export interface FileRunState<P> {
  step: FileRunStep;
  problem: P | null;
}

export type FileRunEvent<P> =
  /** Start asked for: refused with `problem`, or started when it is null. */
  | { type: 'start'; problem: P | null }
  | { type: 'progress'; progress: RunProgress }
  /** The run ended (saved, not saved, cancelled, or after `failed`): back to the form, the problem kept. */
  | { type: 'finished' }
  | { type: 'failed'; problem: P }
  /** The form was closed: a shown problem is forgotten. */
  | { type: 'closed' };

export const INITIAL_FILE_RUN: FileRunState<never> = { step: { name: 'idle' }, problem: null };

export function fileRunReducer<P>(state: FileRunState<P>, event: FileRunEvent<P>): FileRunState<P> {
  const { step } = state;
  switch (event.type) {
    case 'start':
      if (step.name !== 'idle') return state;
      return event.problem ? { ...state, problem: event.problem } : { step: { name: 'writing', progress: { done: 0, total: 0 } }, problem: null };
    case 'progress':
      return step.name === 'writing' ? { ...state, step: { ...step, progress: event.progress } } : state;
    case 'finished':
      return { ...state, step: { name: 'idle' } };
    case 'failed':
      return { step: { name: 'idle' }, problem: event.problem };
    case 'closed':
      return { ...state, problem: null };
  }
}

/** The progress bar's figures while a run is on. */
export function fileRunProgress(state: FileRunState<unknown>): RunProgress | null {
  return state.step.name === 'idle' ? null : state.step.progress;
}
