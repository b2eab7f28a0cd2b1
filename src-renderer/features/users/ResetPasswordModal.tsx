import { Text } from '@mantine/core';
import type { UserRecord } from '../../core/accounts';
import { resetPassword } from '../../data/accounts';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { FormModal } from '../../ui/FormModal';
import { useRecordForm } from '../../ui/hooks/use-record-form';
import { notify } from '../../ui/notify';
import { refusalsAsValidation } from './account-refusals';
import { TemporaryPasswordFields, type TemporaryPasswordValues } from './TemporaryPasswordFields';

/** 重置密码 for someone who forgot theirs: a temporary password they must change at the next sign-in. */
export function ResetPasswordModal({ user, onClose }: { user: UserRecord; onClose: () => void }) {
  const t = useT();
  const { db } = useSession();
  const actor = useActor();
  const { form, ...frame } = useRecordForm<TemporaryPasswordValues>({
    initialValues: { password: '', confirmation: '' },
    save: async ({ password, confirmation }) => {
      await refusalsAsValidation(() => resetPassword(db, actor, user.id, password, confirmation, new Date()));
      notify('green', t('users.resetDone', { name: user.displayName }));
    },
    onSaved: onClose,
    savedMessage: null,
  });
  return (
    <FormModal {...frame} title={t('users.resetTitle', { name: user.displayName })} onClose={onClose} submitLabel={t('users.reset')} size="md">
      <Text size="sm">{t('users.resetIntro')}</Text>
      <TemporaryPasswordFields form={form} autoFocus />
    </FormModal>
  );
}
