import { describe, expect, it } from 'vitest';
import type { HostFile } from '../../../../src-renderer/host';
import type { RestoredBackup } from '../../../../src-renderer/data/backup-file';
import { INITIAL_RESTORE, restoreReducer, type RestoreEvent } from '../../../../src-renderer/features/backup/restore-flow';
import { restoreProblemOf } from '../../../../src-renderer/features/backup/error-message';
import { ArchiveError } from '../../../../src-renderer/core/archive-file';

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
      { type: 'verify-failed', run: 1, problem: { key: 'archiveError.wrong-key' } },
    );
    expect(failed).toMatchObject({ step: { name: 'idle' }, problem: { key: 'archiveError.wrong-key' }, identities: ['AGE-SECRET-KEY-1X'] });
    expect(restoreReducer(failed, { type: 'verify-started', run: 2 }).problem).toBeNull();
    expect(restoreReducer(failed, { type: 'choose-started' }).problem).toBeNull();
  });

  it('ignores the outcome of a verification left behind (the dialog closed)', () => {
    const closed = restore({ type: 'file-chosen', file, keyLocked: false, identities: null }, { type: 'verify-started', run: 1 }, { type: 'reset' });
    expect(closed).toEqual(INITIAL_RESTORE);
    expect(restoreReducer(closed, { type: 'verify-failed', run: 1, problem: { key: 'archiveError.cancelled' } })).toBe(closed);
    expect(restoreReducer(closed, { type: 'verified', run: 1, restored })).toBe(closed);
  });

  it('verifies nothing without a file', () => {
    expect(restoreReducer(INITIAL_RESTORE, { type: 'verify-started', run: 1 })).toBe(INITIAL_RESTORE);
  });
});

describe('why a restore failed (restoreProblemOf)', () => {
  it('names the attachment whose bytes are missing or altered, in the restore’s words; other problems keep the archive’s', () => {
    const altered = new ArchiveError('blob-mismatch', 'the bytes do not hash', { line: 9, subject: '检测报告.pdf' });
    expect(restoreProblemOf(altered)).toEqual({ key: 'restore.attachmentAltered', params: { name: '检测报告.pdf' } });
    expect(restoreProblemOf(new ArchiveError('blob-missing', 'no data', { subject: '照片.jpg' }))).toEqual({
      key: 'restore.attachmentMissing',
      params: { name: '照片.jpg' },
    });
    expect(restoreProblemOf(new ArchiveError('wrong-key', 'no'))).toEqual({ key: 'archiveError.wrong-key' });
    expect(restoreProblemOf(new Error('?'))).toEqual({ key: 'restore.failed' });
  });
});
