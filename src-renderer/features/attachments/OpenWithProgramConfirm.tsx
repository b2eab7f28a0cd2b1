import { ForbiddenError } from '../../core/accounts';
import { OutputPolicyError } from '../../core/output';
import { openAttachmentWithProgram, type AttachmentRecord } from '../../data/attachments';
import { HostError } from '../../host';
import type { Translate } from '../../i18n';
import { classificationLabel } from '../../i18n/enum-labels';
import { useT } from '../../i18n/react';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { notify } from '../../ui/notify';
import { outputPolicyMessage } from '../../ui/output-policy';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';

/** Why the file was not handed over, in the user's language. */
export function openWithProgramFailure(t: Translate, error: unknown): string {
  if (error instanceof OutputPolicyError) return outputPolicyMessage(t, error);
  if (error instanceof ForbiddenError) return t('accounts.forbidden');
  // 'io-error' is the system finding no program for the type (or the copy not written): said as such.
  if (error instanceof HostError && error.code !== 'io-error') return t(`hostError.${error.code}`);
  return t('attachments.openWithProgram.failed');
}

/**
 * 用系统程序打开 (issue 18.3, Electron only): asked first, since the file then leaves the app's protection —
 * a temporary copy in the app's folder, shown by another program, removed when the app quits. The data
 * layer checks the permission and the output policy like 下载 and writes the audit entry.
 */
export function OpenWithProgramConfirm({ attachment, onClose }: { attachment: AttachmentRecord; onClose: () => void }) {
  const t = useT();
  const session = useSession();
  const actor = useActor();

  const open = async (): Promise<boolean> => {
    try {
      await openAttachmentWithProgram(session.db, { actor, now: new Date() }, attachment, (file) => session.host.openWithProgram(file));
      notify('green', t('attachments.openWithProgram.done', { name: attachment.fileName }));
      return true;
    } catch (error) {
      if (!(error instanceof HostError || error instanceof OutputPolicyError || error instanceof ForbiddenError)) console.warn('open with program', error);
      notify('red', openWithProgramFailure(t, error));
      return false;
    }
  };

  return (
    <ConfirmModal
      title={t('attachments.openWithProgram.title', { title: attachment.title })}
      confirmLabel={t('attachments.openWithProgram.confirm')}
      color="blue"
      onConfirm={open}
      onClose={onClose}
    >
      {t('attachments.openWithProgram.body', { mark: t(classificationLabel(attachment.classification)) })}
    </ConfirmModal>
  );
}
