import { Group, Text } from '@mantine/core';
import { IconPhoneCall, IconStar } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { contactsOf, deleteContact, setPrimaryContact, type ContactRecord, type CustomerRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { CallModal } from '../modals/CallModal';
import { ContactModal } from '../modals/ContactModal';
import { EditableRecordTable } from '../../../ui/EditableRecordTable';
import { noteColumn } from '../../../ui/RecordTable';
import { joinList } from '../../../ui/format';
import { IconAction } from '../../../ui/RowActions';
import { usePreferences } from '../../../state/preferences';
import { useAction } from '../../../ui/hooks/use-action';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useCanWriteRecord } from '../../../ui/hooks/use-can';
import { ToneBadge } from '../../../ui/ToneBadge';

/** 联系人: the people at the customer, the primary one first; a call from one is logged in two clicks. */
export function ContactsTab({ customer, readOnly }: { customer: CustomerRecord; readOnly: boolean }) {
  const t = useT();
  const { db } = useArchive();
  const run = useAction();
  const locale = usePreferences((s) => s.locale);
  const contacts = useLiveQuery(() => contactsOf(db, customer.id), [db, customer.id]);
  const [calling, setCalling] = useState<ContactRecord | null>(null);
  // 记一次来电 writes an interaction, 设为主联系人 updates the contact: each shown to who may (查阅 neither).
  const mayCall = useCanWriteRecord('interactions');
  const maySetPrimary = useCanWriteRecord('contacts', 'update');
  if (!contacts) return null;

  return (
    <>
      <EditableRecordTable
        kind="contacts"
        addLabel={t('detail.contacts.add')}
        readOnly={readOnly}
        nameOf={(c) => c.name}
        editor={(contact, close) => <ContactModal customerId={customer.id} contact={contact} onClose={close} />}
        deleteTitle={t('detail.contacts.deleteTitle')}
        remove={(contact, ctx) => deleteContact(db, contact.id, ctx)}
        testId="contacts-table"
        rows={contacts}
        empty={t('detail.contacts.empty')}
        columns={[
          {
            header: t('field.contacts.name'),
            cell: (c) => (
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={c.primary ? 600 : undefined}>
                  {c.name}
                </Text>
                {c.primary && <ToneBadge size="sm">{t('detail.contacts.primary')}</ToneBadge>}
              </Group>
            ),
          },
          { header: t('field.contacts.title'), cell: (c) => c.title || '—' },
          { header: t('field.department'), cell: (c) => c.department || '—' },
          { header: t('field.phones'), cell: (c) => (c.phones.length > 0 ? joinList(c.phones, locale) : '—') },
          noteColumn(t('field.notes'), (c: ContactRecord) => c.notes),
        ]}
        actionsWidth={null}
        rowButtons={
          mayCall || maySetPrimary
            ? (c) => (
                <>
                  {mayCall && (
                    <IconAction label={t('detail.contacts.call', { name: c.name })} icon={<IconPhoneCall size={18} />} onClick={() => setCalling(c)} />
                  )}
                  {maySetPrimary && !c.primary && (
                    <IconAction
                      label={t('detail.contacts.setPrimary', { name: c.name })}
                      icon={<IconStar size={18} />}
                      onClick={() => run((ctx) => setPrimaryContact(db, c.id, ctx), 'detail.contacts.primarySet', { name: c.name })}
                    />
                  )}
                </>
              )
            : undefined
        }
      />
      {calling && <CallModal customer={customer} contact={calling} onClose={() => setCalling(null)} />}
    </>
  );
}
