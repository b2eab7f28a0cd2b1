import { Group, NumberInput } from '@mantine/core';
import { createSettlement, OverpaymentError, updateSettlement, type SettlementRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { FormModal } from '../../../ui/FormModal';
import { normaliseDay } from '../../../ui/format';
import { MONEY_INPUT, numberOrBlank } from '../../../ui/archive-options';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useFormat } from '../../../ui/hooks/use-format';
import { useRecordForm } from '../../../ui/hooks/use-record-form';
import { DayInput } from '../../../ui/DayInput';
import { officeToday } from '../../../data/complaints';

interface SettlementFormValues extends Record<string, unknown> {
  receivableWan: number | string;
  dueDate: string;
  paidDate: string;
  amountPaidWan: number | string;
}

/**
 * One receivable; a payment is a date and an amount together (the repository refuses one without the
 * other). Amounts are kept as typed (no clamp): -50 is refused with its message, and a payment above
 * the receivable is saved only after the user confirms the overpayment the repository asks about.
 */
export function SettlementModal({ customerId, settlement, onClose }: { customerId: string; settlement?: SettlementRecord; onClose: () => void }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const { form, ...frame } = useRecordForm<SettlementFormValues>({
    initialValues: {
      receivableWan: settlement?.receivableWan ?? '',
      dueDate: settlement?.dueDate ?? '',
      paidDate: settlement?.paidDate ?? '',
      amountPaidWan: settlement?.amountPaidWan ?? '',
    },
    save: (values, ctx, confirmed) => {
      const input = {
        customerId,
        receivableWan: numberOrBlank(values.receivableWan),
        dueDate: normaliseDay(values.dueDate),
        paidDate: normaliseDay(values.paidDate),
        amountPaidWan: numberOrBlank(values.amountPaidWan),
      };
      const options = { allowOverpayment: confirmed };
      return settlement ? updateSettlement(db, settlement.id, input, ctx, options) : createSettlement(db, customerId, input, ctx, options);
    },
    confirmationOf: (error) =>
      error instanceof OverpaymentError
        ? {
            message: t('detail.settlements.overpaidConfirm', {
              paid: f.wan(error.amountPaidWan),
              receivable: f.wan(error.receivableWan),
              excess: f.wan(error.overpaidWan),
            }),
            label: t('detail.settlements.overpaidSave'),
          }
        : null,
    onSaved: onClose,
  });
  const money = MONEY_INPUT;
  return (
    <FormModal {...frame} title={t(settlement ? 'detail.settlements.editTitle' : 'detail.settlements.add')} onClose={onClose} size="md">
      <Group grow align="flex-start">
        <NumberInput required label={t('field.receivableWan')} data-autofocus {...money} {...form.getInputProps('receivableWan')} />
        <DayInput required label={t('field.settlements.dueDate')} {...form.getInputProps('dueDate')} />
      </Group>
      <Group grow align="flex-start">
        <NumberInput label={t('field.amountPaidWan')} {...money} {...form.getInputProps('amountPaidWan')} />
        <DayInput label={t('field.paidDate')} maxDate={officeToday()} {...form.getInputProps('paidDate')} />
      </Group>
    </FormModal>
  );
}
