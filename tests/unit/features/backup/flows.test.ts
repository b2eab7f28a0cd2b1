import { describe, expect, it } from 'vitest';
import type { HostFile } from '../../../../src-renderer/host';
import type { RestoredBackup } from '../../../../src-renderer/data/backup-file';
import { INITIAL_RESTORE, restoreReducer, type RestoreEvent } from '../../../../src-renderer/features/backup/restore-flow';

const file = { name: 'b.age', size: 1 } as unknown as HostFile;
const restored = { databaseName: 'airgap-crm-restore-1' } as RestoredBackup;
const restore = (...events: RestoreEvent[]) => events.reduce(restoreReducer, INITIAL_RESTORE);

describe('the restore flow', () => {
  it('verifies a chosen file with progress, then shows what it holds', () => {
    let state = restore(
      { type: 'file-chosen', file, keyLocked: false, identities: null },
      { type: 'passphrase-changed', passphrase: '口令' },
      { type: 'verify-started', run: 1 },
    );
    expect(state.step).toEqual({ name: 'verifying', run: 1, progress: { done: 0, total: 0 } });
    state = restoreReducer(state, { type: 'verify-progress', run: 1, progress: { done: 1000, total: 3000 } });
    expect(state.step).toMatchObject({ progress: { done: 1000, total: 3000 } });
    state = restoreReducer(state, { type: 'verified', run: 1, restored });
    expect(state).toMatchObject({ file, passphrase: '口令', step: { name: 'verified', restored }, problem: null });
  });

  it('goes back to the form with the problem when verifying fails; a new try clears it', () => {
    const failed = restore(
      { type: 'file-chosen', file, keyLocked: true, identities: ['AGE-SECRET-KEY-1X'] },
      { type: 'verify-started', run: 1 },
      { type: 'verify-failed', run: 1, problem: 'archiveError.wrong-key' },
    );
    expect(failed).toMatchObject({ step: { name: 'idle' }, problem: 'archiveError.wrong-key', identities: ['AGE-SECRET-KEY-1X'] });
    expect(restoreReducer(failed, { type: 'verify-started', run: 2 }).problem).toBeNull();
    expect(restoreReducer(failed, { type: 'choose-started' }).problem).toBeNull();
  });

  it('ignores the outcome of a verification left behind (the dialog closed)', () => {
    const closed = restore({ type: 'file-chosen', file, keyLocked: false, identities: null }, { type: 'verify-started', run: 1 }, { type: 'reset' });
    expect(closed).toEqual(INITIAL_RESTORE);
    expect(restoreReducer(closed, { type: 'verify-failed', run: 1, problem: 'archiveError.cancelled' })).toBe(closed);
    expect(restoreReducer(closed, { type: 'verified', run: 1, restored })).toBe(closed);
  });

  it('verifies nothing without a file', () => {
    expect(restoreReducer(INITIAL_RESTORE, { type: 'verify-started', run: 1 })).toBe(INITIAL_RESTORE);
  });
});
