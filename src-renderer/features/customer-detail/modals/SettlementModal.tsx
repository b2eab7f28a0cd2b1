import { Group, NumberInput } from '@mantine/core';
import { createSettlement, updateSettlement, type SettlementRecord } from '../../../data/archive';
import { useT } from '../../../i18n/react';
import { FormModal } from '../shared/FormModal';
import { normaliseDay } from '../shared/format';
import { numberOrBlank } from '../shared/options';
import { useArchive } from '../shared/use-archive';
import { useRecordForm } from '../shared/use-record-form';
import { DayInput } from '../../../ui/DayInput';
import { officeToday } from '../../../data/complaints';

interface SettlementFormValues extends Record<string, unknown> {
  receivableWan: number | string;
  dueDate: string;
  paidDate: string;
  amountPaidWan: number | string;
}

/** One receivable; a payment is a date and an amount together (the repository refuses one without the other). */
export function SettlementModal({ customerId, settlement, onClose }: { customerId: string; settlement?: SettlementRecord; onClose: () => void }) {
  const t = useT();
  const { db } = useArchive();
  const { form, submit, saving, formErrors } = useRecordForm<SettlementFormValues>({
    initialValues: {
      receivableWan: settlement?.receivableWan ?? '',
      dueDate: settlement?.dueDate ?? '',
      paidDate: settlement?.paidDate ?? '',
      amountPaidWan: settlement?.amountPaidWan ?? '',
    },
    save: (values, ctx) => {
      const input = {
        customerId,
        receivableWan: numberOrBlank(values.receivableWan),
        dueDate: normaliseDay(values.dueDate),
        paidDate: normaliseDay(values.paidDate),
        amountPaidWan: numberOrBlank(values.amountPaidWan),
      };
      return settlement ? updateSettlement(db, settlement.id, input, ctx) : createSettlement(db, customerId, input, ctx);
    },
    onSaved: onClose,
  });
  const money = { min: 0, decimalScale: 4, thousandSeparator: ',', hideControls: true } as const;
  return (
    <FormModal title={t(settlement ? 'detail.settlements.editTitle' : 'detail.settlements.add')} onClose={onClose} submit={submit} saving={saving} formErrors={formErrors} size="md">
      <Group grow align="flex-start">
        <NumberInput required label={t('detail.field.receivableWan')} data-autofocus {...money} {...form.getInputProps('receivableWan')} />
        <DayInput required label={t('detail.field.settlements.dueDate')} {...form.getInputProps('dueDate')} />
      </Group>
      <Group grow align="flex-start">
        <NumberInput label={t('detail.field.amountPaidWan')} {...money} {...form.getInputProps('amountPaidWan')} />
        <DayInput label={t('detail.field.paidDate')} maxDate={officeToday()} {...form.getInputProps('paidDate')} />
      </Group>
    </FormModal>
  );
}
