import { NumberInput } from '@mantine/core';
import { saveBenefitYear, type BenefitYearRecord } from '../../../data/archive';
import { useT } from '../../../i18n/react';
import { FormModal } from '../shared/FormModal';
import { numberOrBlank } from '../shared/options';
import { useArchive } from '../shared/use-archive';
import { useRecordForm } from '../shared/use-record-form';

interface BenefitFormValues extends Record<string, unknown> {
  year: number | string;
  contractWan: number | string;
  benefitWan: number | string;
}

/** The figures of one year; saving a year that already has a row updates that row (one per year). */
export function BenefitModal({ customerId, benefit, onClose }: { customerId: string; benefit?: BenefitYearRecord; onClose: () => void }) {
  const t = useT();
  const { db } = useArchive();
  const { form, submit, saving, formErrors } = useRecordForm<BenefitFormValues>({
    initialValues: {
      year: benefit?.year ?? new Date().getFullYear() - 1,
      contractWan: benefit?.contractWan ?? '',
      benefitWan: benefit?.benefitWan ?? '',
    },
    save: (values, ctx) =>
      saveBenefitYear(db, customerId, { customerId, year: numberOrBlank(values.year), contractWan: numberOrBlank(values.contractWan), benefitWan: numberOrBlank(values.benefitWan) }, ctx),
    onSaved: onClose,
  });
  // The unit is in the label (合同额（万元）): a suffix inside the input gets in the way of typing.
  const money = { min: 0, decimalScale: 4, thousandSeparator: ',', hideControls: true } as const;
  return (
    <FormModal title={t(benefit ? 'detail.benefits.editTitle' : 'detail.benefits.add')} onClose={onClose} submit={submit} saving={saving} formErrors={formErrors} size="md">
      <NumberInput required label={t('detail.field.year')} allowDecimal={false} hideControls {...form.getInputProps('year')} disabled={!!benefit} />
      <NumberInput required label={t('detail.field.contractWan')} {...money} {...form.getInputProps('contractWan')} />
      <NumberInput required label={t('detail.field.benefitWan')} {...money} {...form.getInputProps('benefitWan')} />
    </FormModal>
  );
}
