import { Select } from '@mantine/core';
import { ValidationError } from '../../core/validation';
import { bulkHandOver, type ManagerRecord } from '../../data/customers';
import { useT } from '../../i18n/react';
import { FormModal } from '../../ui/FormModal';
import { HandoverFields, type HandoverFormValues } from '../customer-detail';
import { todayIso, withDays } from '../../ui/format';
import { notify } from '../../ui/notify';
import { useArchive } from '../../ui/hooks/use-archive';
import { useRecordForm } from '../../ui/hooks/use-record-form';

interface BulkFormValues extends HandoverFormValues {
  fromManagerId: string;
}

/**
 * 批量交接: a manager leaves or changes job and all of their customers go to one successor at once,
 * each with its own handover record (the history stays with every customer).
 */
export function BulkHandoverModal({
  managers,
  counts,
  from,
  onClose,
}: {
  managers: readonly ManagerRecord[];
  counts: ReadonlyMap<string, number>;
  from?: string;
  onClose: () => void;
}) {
  const t = useT();
  const { db } = useArchive();
  const { form, ...frame } = useRecordForm<BulkFormValues>({
    initialValues: { fromManagerId: from ?? '', toManagerId: '', date: todayIso(), reason: '', notes: '' },
    save: async ({ fromManagerId, ...input }, ctx) => {
      // Whose customers is the one choice the repository cannot check for us: it takes an id.
      if (!fromManagerId) throw new ValidationError({ fromManagerId: 'validation.required' });
      const count = await bulkHandOver(db, fromManagerId, withDays(input, ['date']), ctx);
      const to = managers.find((m) => m.id === input.toManagerId)?.name ?? '';
      notify('green', t('managers.bulkDone', { count, to }));
    },
    onSaved: onClose,
    savedMessage: null,
  });
  const fromOptions = managers.map((m) => ({ value: m.id, label: t('managers.withCount', { name: m.name, count: counts.get(m.id) ?? 0 }) }));
  return (
    <FormModal {...frame} title={t('managers.bulk')} onClose={onClose} submitLabel={t('managers.bulk.submit')}>
      <Select
        required
        label={t('managers.bulk.from')}
        data={fromOptions}
        {...form.getInputProps('fromManagerId')}
        onChange={(value) => form.setFieldValue('fromManagerId', value ?? '')}
      />
      <HandoverFields form={form} managers={managers} exclude={form.values.fromManagerId || null} />
    </FormModal>
  );
}
