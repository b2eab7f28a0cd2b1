import type { AgeLockKind, ArchiveManifest } from '../../core/archive-file';
import type { HostFile } from '../../host';
import type { ImportPreview, ImportReport } from '../../data/exchange';
import type { MessageKey } from '../../i18n';

/**
 * 导入 as a state machine (ImportPanel renders from it): idle (no file) → chosen (the file's header
 * said how it is locked: the unlock form asks for that only) → reading (unlock, decrypt, verify, stage: writes nothing) → previewed (ready, or an unknown
 * signer to add with its key card, which reads again) → applying → done. A file that is no exchange file
 * by its header (core/archive-file/age-lock.ts) stays idle with its problem: nothing is asked. A failed read
 * goes back to chosen, a failed apply back to previewed, each with its problem; a cancelled read back to chosen.
 * Pure: the panel runs the work and reports its outcome as events.
 */
export type Problem = { key: MessageKey; details: string[]; params?: Record<string, string> };
export type Progress = { done: number; total: number; attachmentBytes?: { done: number; total: number } };
type UnknownSigner = Extract<ImportPreview, { status: 'unknown-signer' }>;
type Ready = Extract<ImportPreview, { status: 'ready' }>;

export type ImportStep =
  | { name: 'idle' }
  | { name: 'chosen' }
  /** `shown`: an unknown signer's preview stays on screen while the file is read again. */
  | { name: 'reading'; run: number; progress: Progress; shown: UnknownSigner | null }
  | { name: 'previewed'; preview: ImportPreview }
  | { name: 'applying'; preview: Ready; progress: Progress }
  /** `department`: the directory's name for the signing key (never the manifest's claim). */
  | { name: 'done'; report: ImportReport; manifest: ArchiveManifest; department: string };

export interface ImportState {
  file: HostFile | null;
  /** How the chosen file is locked, read off its header; null until a file is chosen (or when it was refused). */
  lock: AgeLockKind | null;
  passphrase: string;
  /** The user confirmed importing a file addressed to another department (preview `otherTarget`). */
  targetConfirmed: boolean;
  step: ImportStep;
  problem: Problem | null;
}

/** `run` tells reads apart: the outcome of a read left behind (reset, cancelled) changes nothing. */
export type ImportEvent =
  | { type: 'reset' }
  | { type: 'file-chosen'; file: HostFile; lock: AgeLockKind }
  /** The file's header says it is no exchange file (empty, not age, cut, locked in a foreign way). */
  | { type: 'file-refused'; file: HostFile; problem: Problem }
  | { type: 'choose-failed'; problem: Problem }
  | { type: 'passphrase-changed'; passphrase: string }
  | { type: 'target-confirm-changed'; confirmed: boolean }
  | { type: 'read-started'; run: number }
  | { type: 'read-progress'; run: number; progress: Progress }
  | { type: 'read-done'; run: number; preview: ImportPreview }
  | { type: 'read-failed'; run: number; problem: Problem }
  | { type: 'read-cancelled'; run: number }
  | { type: 'apply-started' }
  | { type: 'apply-progress'; progress: Progress }
  | { type: 'apply-done'; report: ImportReport }
  | { type: 'apply-failed'; problem: Problem };

export const INITIAL_IMPORT: ImportState = {
  file: null,
  lock: null,
  passphrase: '',
  targetConfirmed: false,
  step: { name: 'idle' },
  problem: null,
};
const NOTHING_COUNTED: Progress = { done: 0, total: 0 };

export function importReducer(state: ImportState, event: ImportEvent): ImportState {
  const { step } = state;
  const reading = (run: number) => step.name === 'reading' && step.run === run;
  switch (event.type) {
    case 'reset':
      return INITIAL_IMPORT;
    case 'file-chosen':
      return { ...INITIAL_IMPORT, file: event.file, lock: event.lock, step: { name: 'chosen' } };
    case 'file-refused':
      return { ...INITIAL_IMPORT, file: event.file, problem: event.problem };
    case 'choose-failed':
      return { ...state, problem: event.problem };
    case 'passphrase-changed':
      return { ...state, passphrase: event.passphrase };
    case 'target-confirm-changed':
      return step.name === 'previewed' ? { ...state, targetConfirmed: event.confirmed } : state;
    case 'read-started': {
      const shown = step.name === 'previewed' && step.preview.status === 'unknown-signer' ? step.preview : null;
      if (!state.file || (step.name !== 'chosen' && !shown)) return state;
      return { ...state, step: { name: 'reading', run: event.run, progress: NOTHING_COUNTED, shown }, problem: null };
    }
    case 'read-progress':
      return step.name === 'reading' && step.run === event.run ? { ...state, step: { ...step, progress: event.progress } } : state;
    case 'read-done':
      // A new preview asks again: a confirmation was for the file as it was read then.
      return reading(event.run) ? { ...state, targetConfirmed: false, step: { name: 'previewed', preview: event.preview } } : state;
    case 'read-failed':
      return reading(event.run) ? { ...state, step: { name: 'chosen' }, problem: event.problem } : state;
    case 'read-cancelled':
      return reading(event.run) ? { ...state, step: { name: 'chosen' } } : state;
    case 'apply-started':
      if (step.name !== 'previewed' || step.preview.status !== 'ready') return state;
      // A file for another department is applied only once the user confirmed it (the data layer refuses it too).
      if (step.preview.file.otherTarget && !state.targetConfirmed) return state;
      return { ...state, step: { name: 'applying', preview: step.preview, progress: NOTHING_COUNTED }, problem: null };
    case 'apply-progress':
      return step.name === 'applying' ? { ...state, step: { ...step, progress: event.progress } } : state;
    case 'apply-done':
      if (step.name !== 'applying') return state;
      return {
        ...state,
        step: {
          name: 'done',
          report: event.report,
          manifest: step.preview.file.manifest,
          department: step.preview.file.signer.name,
        },
      };
    case 'apply-failed':
      return step.name === 'applying' ? { ...state, step: { name: 'previewed', preview: step.preview }, problem: event.problem } : state;
  }
}

/** What the panel shows, read off the state. */
export function importView(state: ImportState) {
  const { step } = state;
  return {
    busy: step.name === 'reading' ? ('reading' as const) : step.name === 'applying' ? ('importing' as const) : null,
    progress: step.name === 'reading' || step.name === 'applying' ? step.progress : NOTHING_COUNTED,
    preview: step.name === 'previewed' || step.name === 'applying' ? step.preview : step.name === 'reading' ? step.shown : null,
    report: step.name === 'done' ? { report: step.report, manifest: step.manifest, department: step.department } : null,
    /** Import may start: a ready preview, confirmed when the file is addressed to another department. */
    canApply: step.name === 'previewed' && step.preview.status === 'ready' && (!step.preview.file.otherTarget || state.targetConfirmed),
    /**
     * The unlock form (the passphrase, or nothing for a file locked for this department): a file
     * chosen and not yet read (or being read for the first time).
     */
    unlockForm: state.lock !== null && (step.name === 'chosen' || (step.name === 'reading' && step.shown === null)),
  };
}
