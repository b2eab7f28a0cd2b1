import { Text, TextInput } from '@mantine/core';
import { createUser } from '../../data/accounts';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { FormModal } from '../../ui/FormModal';
import { useRecordForm } from '../../ui/hooks/use-record-form';
import { notify } from '../../ui/notify';
import { refusalsAsValidation } from './account-refusals';
import { TemporaryPasswordFields, type TemporaryPasswordValues } from './TemporaryPasswordFields';

interface NewUserValues extends TemporaryPasswordValues {
  displayName: string;
  username: string;
}

/** 新建用户: name, sign-in name and a temporary password; no roles (三员分立: those are the security administrator's). */
export function NewUserModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { db } = useSession();
  const actor = useActor();
  const { form, ...frame } = useRecordForm<NewUserValues>({
    initialValues: { displayName: '', username: '', password: '', confirmation: '' },
    save: async (values) => {
      const user = await refusalsAsValidation(() => createUser(db, actor, values, new Date()));
      notify('green', t('users.created', { name: user.displayName }));
    },
    onSaved: onClose,
    savedMessage: null,
  });
  return (
    <FormModal {...frame} title={t('users.create')} onClose={onClose} submitLabel={t('users.createSubmit')} size="md">
      <Text size="sm">{t('users.createIntro')}</Text>
      <TextInput required label={t('users.displayName')} data-autofocus {...form.getInputProps('displayName')} />
      <TextInput required label={t('users.username')} description={t('users.usernameHint')} autoComplete="off" {...form.getInputProps('username')} />
      <TemporaryPasswordFields form={form} />
    </FormModal>
  );
}
