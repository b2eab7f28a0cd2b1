import { describe, expect, it } from 'vitest';
import { fileRunProgress, fileRunReducer, INITIAL_FILE_RUN, type FileRunEvent, type FileRunState } from '../../../src-renderer/ui/file-run-flow';

/** The problem type is the screen's (a catalog key for 创建备份, a key with details for 导出): any will do here. */
type Problem = { key: string };
const reduce = fileRunReducer<Problem>;
const initial: FileRunState<Problem> = INITIAL_FILE_RUN;
const run = (...events: FileRunEvent<Problem>[]) => events.reduce(reduce, initial);
const problem: Problem = { key: 'exchange.export.failed' };

describe('the write-and-save flow (创建备份, 导出)', () => {
  it('writes with progress, then is idle again', () => {
    let state = run({ type: 'start', problem: null });
    expect(fileRunProgress(state)).toEqual({ done: 0, total: 0 });
    state = reduce(state, { type: 'progress', progress: { done: 10, total: 20 } });
    expect(state.step).toEqual({ name: 'writing', progress: { done: 10, total: 20 } });
    expect(fileRunProgress(state)).toEqual({ done: 10, total: 20 });
    state = reduce(state, { type: 'finished' });
    expect(state).toEqual(initial);
    expect(fileRunProgress(state)).toBeNull();
  });

  it('refuses a start with a problem and stays idle; a failure keeps its problem after the run ends, until closed', () => {
    expect(run({ type: 'start', problem })).toEqual({ step: { name: 'idle' }, problem });
    expect(run({ type: 'start', problem }, { type: 'start', problem: null }).problem).toBeNull();
    const failed = run({ type: 'start', problem: null }, { type: 'failed', problem }, { type: 'finished' });
    expect(failed).toEqual({ step: { name: 'idle' }, problem });
    expect(reduce(failed, { type: 'closed' }).problem).toBeNull();
  });

  it('ignores a second start while one runs, and progress outside a run', () => {
    const writing = run({ type: 'start', problem: null });
    expect(reduce(writing, { type: 'start', problem: null })).toBe(writing);
    expect(reduce(initial, { type: 'progress', progress: { done: 1, total: 1 } })).toBe(initial);
  });
});
