import { isArchiveError } from '../../core/archive-file';
import { fileNameMinute, fileNamePart } from '../../core/file-names';
import type { Profile } from '../../core/profile';
import { exportAuditLog } from '../../data/audit/export';
import { HostError } from '../../host';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { RegisteredFileModal } from '../../ui/RegisteredFileModal';
import { useUnlockedInstallation } from '../key-lock';

/** 审计日志-市场部-20260503-1405-FH-KF3-2026-000007.age: the safe-file-name rule, the minute as backups write it, the 份号. */
export function auditFileName(department: string, at: Date, number: string): string {
  return `审计日志-${fileNamePart(department, 40, 'audit')}-${fileNameMinute(at)}-${fileNamePart(number, 40, 'FH')}.age`;
}

function exportErrorKey(error: unknown): MessageKey {
  if (isArchiveError(error)) return `archiveError.${error.code}`;
  if (error instanceof HostError) return `hostError.${error.code}`;
  return 'auditLog.exportFailed';
}

/**
 * 导出审计日志: a purpose and a passphrase twice → the log, its checkpoints and the output register as an
 * encrypted file under a 份号, signed by the installation (so the secret keys: the key passphrase is
 * asked once per session) → saved through the host; the `audit.export` entry is written with the
 * register line once saved. `onDone` after a run that wrote the file. The flow is 创建备份's
 * (ui/RegisteredFileModal.tsx).
 */
export function ExportAuditModal({ profile, onClose, onDone }: { profile: Profile; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  const unlockInstallation = useUnlockedInstallation();
  return (
    <RegisteredFileModal
      kind="audit-export"
      title={t('auditLog.export')}
      intro={t('auditLog.exportIntro')}
      labels={{ passphrase: t('auditLog.passphrase'), hint: t('auditLog.passphraseHint'), start: t('auditLog.exportStart') }}
      messages={{ saved: 'auditLog.saved', cancelled: 'auditLog.exportCancelled' }}
      unlock={unlockInstallation}
      make={async ({ installation, passphrase, purpose, onProgress, signal }) => {
        const now = new Date();
        const file = await exportAuditLog(session.db, {
          profile,
          installation,
          appVersion: session.appInfo.version,
          lock: { passphrase },
          actor,
          purpose,
          now,
          onProgress,
          signal,
        });
        return {
          // Written whole first: its audit entry names the file's hash (details), known only once written.
          write: async () => new Blob([file.bytes]).stream(),
          line: file.line,
          suggestedName: auditFileName(profile.department, now, file.line.number),
          result: { details: file.details },
        };
      }}
      errorKey={exportErrorKey}
      onClose={onClose}
      onWritten={onDone}
    />
  );
}
