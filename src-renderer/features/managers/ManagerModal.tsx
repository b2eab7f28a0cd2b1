import { Switch, TextInput } from '@mantine/core';
import { createManager, updateManager, type ManagerRecord } from '../../data/customers';
import { useT } from '../../i18n/react';
import { FormModal } from '../../ui/FormModal';
import { useArchive } from '../../ui/hooks/use-archive';
import { useRecordForm } from '../../ui/hooks/use-record-form';

interface ManagerFormValues extends Record<string, unknown> {
  name: string;
  phone: string;
  active: boolean;
}

/** Add or edit an account manager (客户经理). */
export function ManagerModal({ manager, onClose }: { manager?: ManagerRecord; onClose: () => void }) {
  const t = useT();
  const { db } = useArchive();
  const { form, ...frame } = useRecordForm<ManagerFormValues>({
    initialValues: { name: manager?.name ?? '', phone: manager?.phone ?? '', active: manager?.active ?? true },
    save: (values, ctx) => (manager ? updateManager(db, manager.id, values, ctx) : createManager(db, values, ctx)),
    onSaved: onClose,
  });
  return (
    <FormModal {...frame} title={t(manager ? 'managers.editTitle' : 'managers.add')} onClose={onClose} size="md">
      <TextInput required label={t('managers.name')} data-autofocus {...form.getInputProps('name')} />
      <TextInput label={t('managers.phone')} {...form.getInputProps('phone')} />
      <Switch label={t('managers.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
    </FormModal>
  );
}
