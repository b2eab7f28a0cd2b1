import { Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { handOverCustomer, listManagers, type CustomerRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { FormModal } from '../../../ui/FormModal';
import { HandoverFields, type HandoverFormValues } from '../shared/HandoverFields';
import { todayIso, withDays } from '../../../ui/format';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useRecordForm } from '../../../ui/hooks/use-record-form';

/** 交接 of this one customer to another account manager; the record stays in its handover history. */
export function HandoverModal({ customer, onClose }: { customer: CustomerRecord; onClose: () => void }) {
  const t = useT();
  const { db } = useArchive();
  const managers = useLiveQuery(() => listManagers(db), [db]) ?? [];
  const { form, ...frame } = useRecordForm<HandoverFormValues>({
    initialValues: { toManagerId: '', date: todayIso(), reason: '', notes: '' },
    save: (values, ctx) => handOverCustomer(db, customer.id, withDays(values, ['date']), ctx),
    onSaved: onClose,
    savedMessage: 'detail.handover.done',
  });
  return (
    <FormModal {...frame} title={t('detail.handover.title', { name: customer.name })} onClose={onClose} submitLabel={t('detail.handover.submit')}>
      <Text size="sm">{t('detail.handover.fromLine', { name: customer.managerName || t('field.noManager') })}</Text>
      <HandoverFields form={form} managers={managers} exclude={customer.managerId} />
    </FormModal>
  );
}
