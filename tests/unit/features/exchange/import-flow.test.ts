import { describe, expect, it } from 'vitest';
import type { HostFile } from '../../../../src-renderer/host';
import type { ImportPreview, ImportReport } from '../../../../src-renderer/data/exchange';
import {
  importReducer,
  importView,
  INITIAL_IMPORT,
  type ImportEvent,
  type ImportState,
  type Problem,
} from '../../../../src-renderer/features/exchange/import-flow';

const file = { name: 'a.age', size: 1 } as unknown as HostFile;
const manifest = { source: { department: '质量部' } } as never;
/** The directory's name for the signer, which the report shows (not the manifest's claim). */
const signer = { name: '质量部（通讯录）' };
const ready = { status: 'ready', file: { manifest, signer }, counts: {}, total: {} } as unknown as ImportPreview;
const unknownSigner = { status: 'unknown-signer', manifest, signerPublicKey: 'k', signerFingerprint: 'F' } as ImportPreview;
const report = { counts: {}, total: {}, conflictIds: [] } as unknown as ImportReport;
const problem: Problem = { key: 'archiveError.wrong-key', details: [] };

const run = (...events: ImportEvent[]): ImportState => events.reduce(importReducer, INITIAL_IMPORT);
const chosen = (): ImportEvent => ({ type: 'file-chosen', file, lock: 'recipients' });
const notExchange: Problem = { key: 'exchangeImport.error.notExchangeFile', details: [] };

describe('the import flow', () => {
  it('goes from a chosen file through reading and the preview to the report', () => {
    let state = run({ type: 'file-chosen', file, lock: 'passphrase' }, { type: 'passphrase-changed', passphrase: '口令' });
    expect(state.step.name).toBe('chosen');
    expect(importView(state).unlockForm).toBe(true);

    state = importReducer(state, { type: 'read-started', run: 1 });
    expect(importView(state)).toMatchObject({ busy: 'reading', unlockForm: true, preview: null });
    state = importReducer(state, { type: 'read-progress', run: 1, progress: { done: 1000, total: 5000 } });
    expect(importView(state).progress).toEqual({ done: 1000, total: 5000 });

    state = importReducer(state, { type: 'read-done', run: 1, preview: ready });
    expect(importView(state)).toMatchObject({ busy: null, preview: ready, unlockForm: false });

    state = importReducer(state, { type: 'apply-started' });
    expect(importView(state)).toMatchObject({ busy: 'importing', preview: ready });
    state = importReducer(state, { type: 'apply-done', report });
    expect(importView(state)).toMatchObject({ busy: null, preview: null, report: { report, manifest, department: '质量部（通讯录）' }, unlockForm: false });
    expect(state.passphrase).toBe('口令');
  });

  it('takes the lock the file’s header names, and forgets the passphrase on a new file', () => {
    expect(run(chosen()).lock).toBe('recipients');
    const typed = run({ type: 'file-chosen', file, lock: 'passphrase' }, { type: 'passphrase-changed', passphrase: 'x' });
    expect(importReducer(typed, chosen())).toMatchObject({ lock: 'recipients', passphrase: '' });
  });

  it('refuses a file that is no exchange file before asking anything: no unlock form, no read', () => {
    const refused = run(chosen(), { type: 'passphrase-changed', passphrase: 'x' }, { type: 'file-refused', file, problem: notExchange });
    expect(refused).toMatchObject({ file, lock: null, passphrase: '', step: { name: 'idle' }, problem: notExchange });
    expect(importView(refused)).toMatchObject({ unlockForm: false, busy: null });
    expect(importReducer(refused, { type: 'read-started', run: 1 })).toBe(refused);
    // Choosing another file starts over.
    expect(importReducer(refused, chosen())).toMatchObject({ lock: 'recipients', step: { name: 'chosen' }, problem: null });
  });

  it('returns to the unlock form with the problem when the read fails, and without one when cancelled', () => {
    const failed = run(chosen(), { type: 'read-started', run: 1 }, { type: 'read-failed', run: 1, problem });
    expect(failed).toMatchObject({ step: { name: 'chosen' }, problem });
    expect(importView(failed).unlockForm).toBe(true);
    expect(run(chosen(), { type: 'read-started', run: 1 }, { type: 'read-cancelled', run: 1 })).toMatchObject({ step: { name: 'chosen' }, problem: null });
    // A new read clears the last problem.
    expect(importReducer(failed, { type: 'read-started', run: 2 }).problem).toBeNull();
  });

  it('keeps an unknown signer on screen while the file is read again, once its card is added', () => {
    let state = run(chosen(), { type: 'read-started', run: 1 }, { type: 'read-done', run: 1, preview: unknownSigner });
    expect(importView(state)).toMatchObject({ preview: unknownSigner, unlockForm: false });
    state = importReducer(state, { type: 'read-started', run: 2 });
    expect(importView(state)).toMatchObject({ busy: 'reading', preview: unknownSigner, unlockForm: false });
    state = importReducer(state, { type: 'read-done', run: 2, preview: ready });
    expect(importView(state).preview).toBe(ready);
  });

  it('ignores the outcome of a read left behind', () => {
    const afterReset = run(chosen(), { type: 'read-started', run: 1 }, { type: 'reset' });
    expect(importReducer(afterReset, { type: 'read-failed', run: 1, problem })).toBe(afterReset);
    const again = run(chosen(), { type: 'read-started', run: 1 }, { type: 'reset' }, chosen(), { type: 'read-started', run: 2 });
    expect(importReducer(again, { type: 'read-done', run: 1, preview: ready })).toBe(again);
  });

  it('keeps the preview and shows the problem when the apply fails; refuses what the state does not allow', () => {
    const previewed = run(chosen(), { type: 'read-started', run: 1 }, { type: 'read-done', run: 1, preview: ready });
    const failed = run(
      chosen(),
      { type: 'read-started', run: 1 },
      { type: 'read-done', run: 1, preview: ready },
      { type: 'apply-started' },
      { type: 'apply-failed', problem },
    );
    expect(failed).toMatchObject({ step: { name: 'previewed', preview: ready }, problem });
    expect(importReducer(INITIAL_IMPORT, { type: 'read-started', run: 1 })).toBe(INITIAL_IMPORT);
    const unknown = run(chosen(), { type: 'read-started', run: 1 }, { type: 'read-done', run: 1, preview: unknownSigner });
    expect(importReducer(unknown, { type: 'apply-started' })).toBe(unknown);
    expect(importReducer(previewed, { type: 'read-started', run: 2 })).toBe(previewed);
  });

  it('resets to no file: the next file’s header decides its lock again', () => {
    expect(run(chosen(), { type: 'passphrase-changed', passphrase: 'x' }, { type: 'reset' })).toEqual(INITIAL_IMPORT);
  });
});

describe('a file addressed to another department (issue 14.14)', () => {
  const otherTarget = { status: 'ready', file: { manifest, otherTarget: { department: '质量部' } }, counts: {}, total: {} } as unknown as ImportPreview;
  const previewed = () => run(chosen(), { type: 'read-started', run: 1 }, { type: 'read-done', run: 1, preview: otherTarget });

  it('is not applied before the user confirms it, and is once confirmed', () => {
    const state = previewed();
    expect(importView(state).canApply).toBe(false);
    expect(importReducer(state, { type: 'apply-started' }).step.name).toBe('previewed');
    const confirmed = importReducer(state, { type: 'target-confirm-changed', confirmed: true });
    expect(importView(confirmed).canApply).toBe(true);
    expect(importReducer(confirmed, { type: 'apply-started' }).step.name).toBe('applying');
  });

  it('asks again after a new read (a confirmation given on an earlier preview does not carry over)', () => {
    const state = run(
      chosen(),
      { type: 'read-started', run: 1 },
      { type: 'read-done', run: 1, preview: unknownSigner },
      { type: 'target-confirm-changed', confirmed: true },
      { type: 'read-started', run: 2 },
      { type: 'read-done', run: 2, preview: otherTarget },
    );
    expect(state.targetConfirmed).toBe(false);
    expect(importView(state).canApply).toBe(false);
  });
});

describe('the report names the directory entry of the signing key (issue 14.5)', () => {
  it('not the department the manifest claims', () => {
    const claimed = { status: 'ready', file: { manifest, signer: { name: '市场部' } }, counts: {}, total: {} } as unknown as ImportPreview;
    const state = run(
      chosen(),
      { type: 'read-started', run: 1 },
      { type: 'read-done', run: 1, preview: claimed },
      { type: 'apply-started' },
      { type: 'apply-done', report },
    );
    expect(importView(state).report).toMatchObject({ department: '市场部' });
  });
});
