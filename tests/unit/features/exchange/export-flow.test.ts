import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../../src-renderer/features/exchange/import-flow';
import { exportProgress, exportReducer, INITIAL_EXPORT, type ExportEvent } from '../../../../src-renderer/features/exchange/export-flow';

const run = (...events: ExportEvent[]) => events.reduce(exportReducer, INITIAL_EXPORT);
const problem: Problem = { key: 'exchange.export.failed', details: [] };

describe('the export flow', () => {
  it('writes with progress, keeps the last figures while the save dialog is open, then is idle again', () => {
    let state = run({ type: 'start', problem: null });
    expect(exportProgress(state)).toEqual({ done: 0, total: 0 });
    state = exportReducer(state, { type: 'progress', progress: { done: 10, total: 20 } });
    state = exportReducer(state, { type: 'written' });
    expect(state.step.name).toBe('saving');
    expect(exportProgress(state)).toEqual({ done: 10, total: 20 });
    state = exportReducer(state, { type: 'finished' });
    expect(state).toEqual(INITIAL_EXPORT);
  });

  it('refuses a start with a problem and stays idle; a failure keeps its problem after the run ends', () => {
    expect(run({ type: 'start', problem })).toEqual({ step: { name: 'idle' }, problem });
    expect(run({ type: 'start', problem }, { type: 'start', problem: null }).problem).toBeNull();
    expect(run({ type: 'start', problem: null }, { type: 'failed', problem }, { type: 'finished' })).toEqual({ step: { name: 'idle' }, problem });
  });

  it('ignores a second start while one runs, and progress after it ended', () => {
    const writing = run({ type: 'start', problem: null });
    expect(exportReducer(writing, { type: 'start', problem: null })).toBe(writing);
    expect(exportReducer(INITIAL_EXPORT, { type: 'progress', progress: { done: 1, total: 1 } })).toBe(INITIAL_EXPORT);
  });
});
