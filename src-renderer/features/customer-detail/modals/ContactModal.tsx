import { TagsInput, TextInput, Textarea } from '@mantine/core';
import { createContact, updateContact, type ContactRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { FormModal } from '../../../ui/FormModal';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useRecordForm } from '../../../ui/hooks/use-record-form';

interface ContactFormValues extends Record<string, unknown> {
  name: string;
  title: string;
  department: string;
  phones: string[];
  notes: string;
}

/** Add or edit a contact. The primary flag is not here: it is set from the list, which demotes the previous one. */
export function ContactModal({ customerId, contact, onClose }: { customerId: string; contact?: ContactRecord; onClose: () => void }) {
  const t = useT();
  const { db } = useArchive();
  const { form, ...frame } = useRecordForm<ContactFormValues>({
    initialValues: {
      name: contact?.name ?? '',
      title: contact?.title ?? '',
      department: contact?.department ?? '',
      phones: contact?.phones ?? [],
      notes: contact?.notes ?? '',
    },
    save: (values, ctx) => {
      const input = { ...values, customerId, primary: contact?.primary ?? false };
      return contact ? updateContact(db, contact.id, input, ctx) : createContact(db, customerId, input, ctx);
    },
    onSaved: onClose,
  });
  return (
    <FormModal {...frame} title={t(contact ? 'detail.contacts.editTitle' : 'detail.contacts.add')} onClose={onClose}>
      <TextInput required label={t('field.contacts.name')} data-autofocus {...form.getInputProps('name')} />
      <TextInput label={t('field.contacts.title')} {...form.getInputProps('title')} />
      <TextInput label={t('field.department')} {...form.getInputProps('department')} />
      {/* A number typed but not yet confirmed with Enter still counts: users click 保存 straight away. */}
      <TagsInput
        label={t('field.phones')}
        description={t('detail.contacts.phonesHint')}
        splitChars={[',', '，', '、', ';', '；']}
        acceptValueOnBlur
        clearable
        {...form.getInputProps('phones')}
      />
      <Textarea label={t('field.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
