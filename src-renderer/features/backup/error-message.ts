import { isArchiveError } from '../../core/archive-file';
import { DemoActiveError } from '../../data/active-database';
import { NotABackupError } from '../../data/backup-file';
import { HostError } from '../../host';
import type { MessageKey } from '../../i18n';

/** The sentence the user reads for a failed backup or restore. */
export function backupErrorKey(error: unknown, fallback: MessageKey): MessageKey {
  if (isArchiveError(error)) return `archiveError.${error.code}`;
  if (error instanceof NotABackupError) return 'restore.notABackup';
  if (error instanceof DemoActiveError) return error.refused === 'restore' ? 'demo.restoreRefused' : 'demo.outputRefused';
  if (error instanceof HostError) return `hostError.${error.code}`;
  return fallback;
}
