import { Group, Stack, Text } from '@mantine/core';
import { IconPhoneCall, IconStar } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { contactsOf, deleteContact, setPrimaryContact, type ContactRecord, type CustomerRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { CallModal } from '../modals/CallModal';
import { ContactModal } from '../modals/ContactModal';
import { AddBar } from '../../../ui/AddBar';
import { DeleteConfirm } from '../../../ui/ConfirmModal';
import { joinList } from '../../../ui/format';
import { RecordTable } from '../../../ui/RecordTable';
import { IconAction, RowActions } from '../../../ui/RowActions';
import { usePreferences } from '../../../state/preferences';
import { useAction } from '../../../ui/hooks/use-action';
import { useArchive } from '../../../ui/hooks/use-archive';
import { ToneBadge } from '../../../ui/ToneBadge';

type Dialog = { kind: 'new' } | { kind: 'edit' | 'call' | 'delete'; contact: ContactRecord };

/** 联系人: the people at the customer, the primary one first; a call from one is logged in two clicks. */
export function ContactsTab({ customer, readOnly }: { customer: CustomerRecord; readOnly: boolean }) {
  const t = useT();
  const { db } = useArchive();
  const run = useAction();
  const locale = usePreferences((s) => s.locale);
  const contacts = useLiveQuery(() => contactsOf(db, customer.id), [db, customer.id]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  if (!contacts) return null;

  return (
    <Stack gap="sm">
      <AddBar label={t('detail.contacts.add')} onAdd={() => setDialog({ kind: 'new' })} readOnly={readOnly} />
      <RecordTable
        testId="contacts-table"
        rows={contacts}
        rowKey={(c) => c.id}
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
          {
            header: t('field.notes'),
            maw: 260,
            cell: (c) => (
              <Text size="sm" lineClamp={2}>
                {c.notes || '—'}
              </Text>
            ),
          },
        ]}
        actionsWidth={null}
        actions={
          readOnly
            ? undefined
            : (c) => (
                <RowActions name={c.name} onEdit={() => setDialog({ kind: 'edit', contact: c })} onDelete={() => setDialog({ kind: 'delete', contact: c })}>
                  <IconAction
                    label={t('detail.contacts.call', { name: c.name })}
                    icon={<IconPhoneCall size={18} />}
                    onClick={() => setDialog({ kind: 'call', contact: c })}
                  />
                  {!c.primary && (
                    <IconAction
                      label={t('detail.contacts.setPrimary', { name: c.name })}
                      icon={<IconStar size={18} />}
                      onClick={() => run((ctx) => setPrimaryContact(db, c.id, ctx), 'detail.contacts.primarySet', { name: c.name })}
                    />
                  )}
                </RowActions>
              )
        }
      />
      {dialog?.kind === 'new' && <ContactModal customerId={customer.id} onClose={close} />}
      {dialog?.kind === 'edit' && <ContactModal customerId={customer.id} contact={dialog.contact} onClose={close} />}
      {dialog?.kind === 'call' && <CallModal customer={customer} contact={dialog.contact} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <DeleteConfirm title={t('detail.contacts.deleteTitle')} remove={(ctx) => deleteContact(db, dialog.contact.id, ctx)} onClose={close}>
          {t('common.deleteBody', { name: dialog.contact.name })}
        </DeleteConfirm>
      )}
    </Stack>
  );
}
