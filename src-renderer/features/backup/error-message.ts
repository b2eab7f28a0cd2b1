import { isArchiveError } from '../../core/archive-file';
import { DemoActiveError } from '../../data/active-database';
import { NotABackupError } from '../../data/backup-file';
import { HostError } from '../../host';
import type { MessageKey } from '../../i18n';
import type { RestoreProblem } from './restore-flow';

/**
 * Why a restore failed: as `backupErrorKey`, except that a backup whose attachment bytes are missing or
 * altered names the attachment's file (issue 18.5), as the exchange import does.
 */
export function restoreProblemOf(error: unknown): RestoreProblem {
  if (isArchiveError(error) && error.subject !== undefined) {
    if (error.code === 'blob-missing') return { key: 'restore.attachmentMissing', params: { name: error.subject } };
    if (error.code === 'blob-mismatch' || error.code === 'blob-unexpected') return { key: 'restore.attachmentAltered', params: { name: error.subject } };
  }
  return { key: backupErrorKey(error, 'restore.failed') };
}

/** The sentence the user reads for a failed backup or restore. */
export function backupErrorKey(error: unknown, fallback: MessageKey): MessageKey {
  if (isArchiveError(error)) return `archiveError.${error.code}`;
  if (error instanceof NotABackupError) return 'restore.notABackup';
  if (error instanceof DemoActiveError) return error.refused === 'restore' ? 'demo.restoreRefused' : 'demo.outputRefused';
  if (error instanceof HostError) return `hostError.${error.code}`;
  return fallback;
}
