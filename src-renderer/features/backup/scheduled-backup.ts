import type { Actor } from '../../core/accounts';
import type { BackupRunResult } from '../../core/backup-schedule';
import type { Installation } from '../../data/installation';
import type { Profile } from '../../core/profile';
import { makeScheduledBackup, recordBackupResult, runScheduledBackup, type BackupTarget } from '../../data/backup-schedule';
import { settleOutput } from '../../data/output';
import { HostError, saveStream, type HostBridge } from '../../host';
import { isMessageKey, type Translate } from '../../i18n';
import type { Session } from '../../state/session';

/** The host's backup folder as data/backup-schedule.ts writes to it: a piece at a time, renamed into place once whole. */
function folderOf(host: HostBridge): BackupTarget {
  return {
    write: async (name, produce) => {
      const saved = await saveStream(host, { target: 'backup-directory', name }, produce);
      // The folder has no dialog to cancel: only a host that answers nothing gets here.
      if (!saved) throw new HostError('io-error', 'the backup folder refused the file');
      return saved;
    },
    list: () => host.listBackups(),
    delete: (name) => host.deleteBackup(name),
  };
}

/**
 * One scheduled backup now. Electron: into the host's backup folder, then rotation. The browser
 * has no folder: the same file (locked for this installation's key) is offered as a download, and
 * a started download counts as done — the page cannot know where, or whether, it was kept.
 * `installation` is the unlocked one: a backup carries the keys and is signed (data/backup-file.ts).
 */
export async function backUpNow(session: Session, installation: Installation, profile: Profile, actor: Actor): Promise<BackupRunResult> {
  const options = { profile, installation, appVersion: session.appInfo.version, actor, now: new Date() };
  const at = options.now.toISOString();
  if (session.host.capabilities.backupDirectory) {
    if ((await session.host.backupDirectory()) === null) {
      const result: BackupRunResult = { at, ok: false, fileName: null, bytes: null, error: 'no-directory' };
      await recordBackupResult(session.db, result);
      return result;
    }
    return runScheduledBackup(session.db, folderOf(session.host), options);
  }
  const { name, write, line, records } = await makeScheduledBackup(session.db, options);
  let saved: { name: string; bytes: number } | null = null;
  try {
    saved = await saveStream(session.host, { target: 'dialog', suggestedName: name, filters: [{ name: 'age', extensions: ['age'] }] }, write);
  } finally {
    // The register line (份号) of the file: completed with its audit entry when kept, voided when not.
    await settleOutput(session.db, { actor, now: new Date() }, line.id, saved !== null, { records });
  }
  const result: BackupRunResult = saved
    ? { at, ok: true, fileName: saved.name, bytes: saved.bytes, error: null }
    : { at, ok: false, fileName: null, bytes: null, error: 'cancelled' };
  await recordBackupResult(session.db, result);
  return result;
}

/** The recorded error of a scheduled backup as a Chinese (or English) sentence. */
export function backupRunError(error: string, t: Translate): string {
  const rotation = error.startsWith('rotation:');
  const code = rotation ? error.slice('rotation:'.length) : error;
  const reason = t([`backupSchedule.error.${code}`, `hostError.${code}`, `archiveError.${code}`].find(isMessageKey) ?? 'backupSchedule.error.failed');
  return rotation ? t('backupSchedule.rotationFailed', { reason }) : reason;
}
