import type { ContactRecord, CustomerRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { todayIso } from '../../../ui/format';
import { InteractionModal } from './InteractionModal';

/**
 * 记录来电: the commonest entry, a call from a contact, as an interaction already filled in (kind
 * call, today, the contact as participant); the manager types only what was said.
 */
export function CallModal({ customer, contact, onClose }: { customer: CustomerRecord; contact: ContactRecord; onClose: () => void }) {
  const t = useT();
  return (
    <InteractionModal
      customerId={customer.id}
      preset={{ kind: 'call', date: todayIso(), participants: [contact.name] }}
      title={t('detail.contacts.callTitle', { name: contact.name })}
      onClose={onClose}
    />
  );
}
