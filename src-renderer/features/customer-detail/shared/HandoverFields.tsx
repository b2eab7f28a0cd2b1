import { Select, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ManagerRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { DayInput } from '../../../ui/DayInput';
import { officeToday } from '../../../data/complaints';

export interface HandoverFormValues extends Record<string, unknown> {
  toManagerId: string;
  date: string;
  reason: string;
  notes: string;
}

/**
 * The fields of a 交接, shared by one customer's handover and a manager's bulk handover. Only active
 * managers can take customers over; `exclude` is the manager handing over (not a choice).
 */
export function HandoverFields<V extends HandoverFormValues>({
  form,
  managers,
  exclude,
}: {
  form: UseFormReturnType<V>;
  managers: readonly ManagerRecord[];
  exclude: string | null;
}) {
  const t = useT();
  const options = managers.filter((m) => m.active && m.id !== exclude).map((m) => ({ value: m.id, label: m.name }));
  // The wider form is typed by its caller (V); its inputs are bound by path, which Mantine types for any V.
  const toManager = form.getInputProps('toManagerId');
  return (
    <>
      <Select
        required
        label={t('detail.handover.to')}
        data={options}
        searchable
        nothingFoundMessage={t('detail.handover.noManagers')}
        {...toManager}
        // Mantine's Select gives null when cleared; the form (and the repository) want ''.
        onChange={(value) => toManager.onChange(value ?? '')}
      />
      <DayInput required label={t('detail.handover.date')} maxDate={officeToday()} {...form.getInputProps('date')} />
      <TextInput required label={t('detail.handover.reason')} {...form.getInputProps('reason')} />
      <Textarea label={t('detail.handover.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </>
  );
}
