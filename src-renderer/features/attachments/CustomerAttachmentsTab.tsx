import { Select } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { attachmentsOfCustomer, type AttachmentRecord } from '../../data/attachments';
import type { CustomerRecord } from '../../data/customers';
import { useT } from '../../i18n/react';
import { useArchive } from '../../ui/hooks/use-archive';
import { useFormat } from '../../ui/hooks/use-format';
import { AttachmentsSection } from './AttachmentsSection';
import { ownerFacts, ownerKeyOf, type OwnerFacts } from './record-labels';

/**
 * The customer page's 附件 (issue 18.4): every file of the customer and of its records, filtered by
 * kind and by record, sorted by the day added. Files dropped here are attached to the customer itself.
 */
export function CustomerAttachmentsTab({ customer, readOnly }: { customer: CustomerRecord; readOnly: boolean }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const data = useLiveQuery(
    async () => ({ records: await attachmentsOfCustomer(db, customer.id), facts: await ownerFacts(db, customer.id) }),
    [db, customer.id],
  );
  const [owner, setOwner] = useState<string | null>(null);

  const label = (record: AttachmentRecord, facts: OwnerFacts): string => {
    const { kind, id, zeroingItem } = record.owner;
    if (kind === 'customers') return t('attachments.owner.customer');
    if (kind === 'interactions') {
      const i = facts.interactions.get(id);
      return i ? t('attachments.owner.interaction', { date: f.day(i.date) }) : '';
    }
    if (kind === 'requirements') return t('attachments.owner.requirement', { title: facts.requirements.get(id)?.title ?? '' });
    const number = facts.complaints.get(id)?.number ?? '';
    return zeroingItem
      ? t('attachments.owner.zeroing', { number, item: t(`complaints.zeroing.${zeroingItem}`) })
      : t('attachments.owner.complaint', { number });
  };

  const records = data?.records;
  const choices = new Map<string, string>();
  for (const r of records ?? []) choices.set(ownerKeyOf(r), label(r, data!.facts));
  const shown = owner === null ? records : records?.filter((r) => ownerKeyOf(r) === owner);

  return (
    <AttachmentsSection
      records={shown}
      addTo={readOnly ? null : { kind: 'customers', id: customer.id }}
      defaultClassification={customer.classification}
      targetLabel={customer.name}
      recordLabel={(r) => (data ? label(r, data.facts) : undefined)}
      testId="customer-attachments"
      controls={
        choices.size > 1 && (
          <Select
            label={t('attachments.filter.record')}
            placeholder={t('attachments.filter.allRecords')}
            data={[...choices].map(([value, text]) => ({ value, label: text }))}
            value={owner}
            onChange={setOwner}
            clearable
            w={320}
            data-testid="attachments-record-filter"
          />
        )
      }
    />
  );
}
