import type { Problem, Progress } from './import-flow';

/**
 * 导出 as a state machine (ExportPanel renders from it): idle (scope, lock, summary) → writing
 * (unlock, read, encrypt; 取消 stops it) → saving (the save dialog) → idle again, with a problem
 * when it failed. Pure: the panel runs the work and reports its outcome as events.
 */
export type ExportStep = { name: 'idle' } | { name: 'writing'; progress: Progress } | { name: 'saving'; progress: Progress };

export interface ExportState {
  step: ExportStep;
  problem: Problem | null;
}

export type ExportEvent =
  /** Start asked for: refused with `problem`, or started when it is null. */
  | { type: 'start'; problem: Problem | null }
  | { type: 'progress'; progress: Progress }
  | { type: 'written' }
  /** The run ended (saved, not saved, cancelled, or after `failed`): back to the form, the problem kept. */
  | { type: 'finished' }
  | { type: 'failed'; problem: Problem };

export const INITIAL_EXPORT: ExportState = { step: { name: 'idle' }, problem: null };

export function exportReducer(state: ExportState, event: ExportEvent): ExportState {
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
  }
}

/** The progress bar's figures while an export runs (the last ones while the save dialog is open). */
export function exportProgress(state: ExportState): Progress | null {
  return state.step.name === 'idle' ? null : state.step.progress;
}
