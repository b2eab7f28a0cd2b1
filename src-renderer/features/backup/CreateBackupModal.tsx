import { backupFileName } from '../../core/backup';
import type { Profile } from '../../core/profile';
import { prepareBackup } from '../../data/backup-file';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { useUnlockedInstallation } from '../key-lock';
import { RegisteredFileModal } from '../../ui/RegisteredFileModal';
import { backupErrorKey } from './error-message';

/**
 * Purpose and passphrase → encrypted, signed file of the whole database under a 份号, written a piece
 * at a time where the user saves it (attachments of any size), its register line completed (or voided
 * when the save is cancelled or fails). The flow is
 * the one 导出审计日志 runs too (ui/RegisteredFileModal.tsx).
 */
export function CreateBackupModal({ profile, opened, onClose }: { profile: Profile; opened: boolean; onClose: () => void }) {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  const unlockInstallation = useUnlockedInstallation();
  if (!opened) return null;
  return (
    <RegisteredFileModal
      kind="backup"
      title={t('backup.create')}
      intro={t('backup.intro')}
      labels={{ passphrase: t('backup.passphrase'), hint: t('backup.passphraseHint'), start: t('backup.start') }}
      messages={{ saved: 'backup.saved', cancelled: 'backup.cancelled' }}
      unlock={unlockInstallation}
      // scrypt and the cipher run in the crypto worker (core/archive-file/age-off-thread.ts): the window stays responsive.
      make={async ({ installation, passphrase, purpose, onProgress, signal }) => {
        const now = new Date();
        const backup = await prepareBackup(session.db, {
          profile,
          installation,
          appVersion: session.appInfo.version,
          actor,
          purpose,
          lock: { passphrase },
          now,
          onProgress,
          signal,
        });
        return {
          write: backup.write,
          line: backup.line,
          suggestedName: backupFileName(profile.department, now, backup.line.number),
          result: { records: backup.records },
        };
      }}
      errorKey={(error) => backupErrorKey(error, 'backup.failed')}
      onClose={onClose}
    />
  );
}
