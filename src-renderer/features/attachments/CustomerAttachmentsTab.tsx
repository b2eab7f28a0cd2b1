import { Select } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { placedAttachmentsOfCustomer, type PlacedAttachment } from '../../data/attachments';
import type { CustomerRecord } from '../../data/customers';
import { useT } from '../../i18n/react';
import { attachmentPlaceLabel } from '../../ui/attachments';
import { useArchive } from '../../ui/hooks/use-archive';
import { useFormat } from '../../ui/hooks/use-format';
import { AttachmentsSection } from './AttachmentsSection';

/** The record filter's value: one record (a zeroing item is a record of its own here). */
const ownerKeyOf = ({ owner }: PlacedAttachment) => `${owner.kind}:${owner.id}:${owner.zeroingItem ?? ''}`;

/**
 * The customer page's 附件 (issue 18.4): every file of the customer and of its records, filtered by
 * kind and by record, sorted by the day added. Files dropped here are attached to the customer itself.
 */
export function CustomerAttachmentsTab({ customer, readOnly }: { customer: CustomerRecord; readOnly: boolean }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const records = useLiveQuery(() => placedAttachmentsOfCustomer(db, customer.id), [db, customer.id]);
  const [owner, setOwner] = useState<string | null>(null);
  const label = (record: PlacedAttachment) => attachmentPlaceLabel(record.place, t, f.day);

  const choices = new Map((records ?? []).map((r) => [ownerKeyOf(r), label(r)]));
  const shown = owner === null ? records : records?.filter((r) => ownerKeyOf(r) === owner);

  return (
    <AttachmentsSection
      records={shown}
      addTo={readOnly ? null : { kind: 'customers', id: customer.id }}
      defaultClassification={customer.classification}
      targetLabel={customer.name}
      recordLabel={label}
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
