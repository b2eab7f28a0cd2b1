import { ActionIcon, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPhoneCall, IconPlus, IconStar, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { contactsOf, deleteContact, setPrimaryContact, type ContactRecord, type CustomerRecord } from '../../../data/archive';
import { useT } from '../../../i18n/react';
import { CallModal } from '../modals/CallModal';
import { ContactModal } from '../modals/ContactModal';
import { ConfirmModal } from '../shared/ConfirmModal';
import { joinList } from '../shared/format';
import { usePreferences } from '../../../state/preferences';
import { useAction, useArchive } from '../shared/use-archive';
import { ToneBadge } from '../shared/ToneBadge';

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

  const action = (label: string, icon: React.ReactNode, onClick: () => void, color?: string) => (
    <Tooltip label={label} withArrow>
      <ActionIcon variant="subtle" color={color} aria-label={label} onClick={onClick}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );

  return (
    <Stack gap="sm">
      {!readOnly && (
        <Group justify="flex-end">
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'new' })}>
            {t('detail.contacts.add')}
          </Button>
        </Group>
      )}
      {contacts.length === 0 ? (
        <Text c="dimmed">{t('detail.contacts.empty')}</Text>
      ) : (
        <Table striped withTableBorder verticalSpacing="xs" data-testid="contacts-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('detail.field.contacts.name')}</Table.Th>
              <Table.Th>{t('detail.field.contacts.title')}</Table.Th>
              <Table.Th>{t('detail.field.department')}</Table.Th>
              <Table.Th>{t('detail.field.phones')}</Table.Th>
              <Table.Th>{t('detail.field.notes')}</Table.Th>
              {!readOnly && <Table.Th>{t('detail.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contacts.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={c.primary ? 600 : undefined}>
                      {c.name}
                    </Text>
                    {c.primary && (
                      <ToneBadge size="sm">
                        {t('detail.contacts.primary')}
                      </ToneBadge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{c.title || '—'}</Table.Td>
                <Table.Td>{c.department || '—'}</Table.Td>
                <Table.Td>{c.phones.length > 0 ? joinList(c.phones, locale) : '—'}</Table.Td>
                <Table.Td maw={260}>
                  <Text size="sm" lineClamp={2}>
                    {c.notes || '—'}
                  </Text>
                </Table.Td>
                {!readOnly && (
                  <Table.Td>
                    <Group gap={2} wrap="nowrap">
                      {action(t('detail.contacts.call', { name: c.name }), <IconPhoneCall size={18} />, () => setDialog({ kind: 'call', contact: c }))}
                      {!c.primary &&
                        action(t('detail.contacts.setPrimary', { name: c.name }), <IconStar size={18} />, () =>
                          run((ctx) => setPrimaryContact(db, c.id, ctx), 'detail.contacts.primarySet', { name: c.name }),
                        )}
                      {action(t('detail.editOf', { name: c.name }), <IconPencil size={18} />, () => setDialog({ kind: 'edit', contact: c }))}
                      {action(t('detail.deleteOf', { name: c.name }), <IconTrash size={18} />, () => setDialog({ kind: 'delete', contact: c }), 'red')}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {dialog?.kind === 'new' && <ContactModal customerId={customer.id} onClose={close} />}
      {dialog?.kind === 'edit' && <ContactModal customerId={customer.id} contact={dialog.contact} onClose={close} />}
      {dialog?.kind === 'call' && <CallModal customer={customer} contact={dialog.contact} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <ConfirmModal
          title={t('detail.contacts.deleteTitle')}
          confirmLabel={t('detail.delete')}
          onClose={close}
          onConfirm={() => run((ctx) => deleteContact(db, dialog.contact.id, ctx), 'detail.deleted')}
        >
          {t('detail.deleteBody', { name: dialog.contact.name })}
        </ConfirmModal>
      )}
    </Stack>
  );
}
