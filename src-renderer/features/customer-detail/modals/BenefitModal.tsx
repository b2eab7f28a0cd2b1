import { Alert, Button, NumberInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { createBenefitYear, updateBenefitYear, type BenefitYearRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { FormModal } from '../../../ui/FormModal';
import { MONEY_INPUT, numberOrBlank } from '../../../ui/archive-options';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useFormat } from '../../../ui/hooks/use-format';
import { useRecordForm } from '../../../ui/hooks/use-record-form';

interface BenefitFormValues extends Record<string, unknown> {
  year: number | string;
  contractWan: number | string;
  benefitWan: number | string;
}

interface BenefitModalProps {
  customerId: string;
  /** Editing this year; adding a year when absent. */
  benefit?: BenefitYearRecord;
  /** The customer's years (adding one of them offers to edit it instead). */
  years?: readonly BenefitYearRecord[];
  onClose: () => void;
}

const valuesOf = (b: BenefitYearRecord | undefined, year: number): BenefitFormValues => ({
  year: b?.year ?? year,
  contractWan: b?.contractWan ?? '',
  benefitWan: b?.benefitWan ?? '',
});

/**
 * The figures of one year. Adding a year that already has figures never overwrites them: the year
 * field says so with the stored figures and offers to edit that year, and the repository refuses
 * the create (field message on 年度) if saved anyway.
 */
export function BenefitModal({ customerId, benefit, years = [], onClose }: BenefitModalProps) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  // The row being edited: the one opened, or the existing year the user chose to edit instead.
  const [editing, setEditing] = useState<BenefitYearRecord | undefined>(benefit);
  const { form, ...frame } = useRecordForm<BenefitFormValues>({
    initialValues: valuesOf(benefit, new Date().getFullYear() - 1),
    save: (values, ctx) => {
      const input = {
        customerId,
        year: numberOrBlank(values.year),
        contractWan: numberOrBlank(values.contractWan),
        benefitWan: numberOrBlank(values.benefitWan),
      };
      return editing ? updateBenefitYear(db, editing.id, input, ctx) : createBenefitYear(db, customerId, input, ctx);
    },
    onSaved: onClose,
  });
  const existing = editing ? undefined : years.find((y) => y.year === Number(form.values.year));
  const editExisting = (row: BenefitYearRecord) => {
    setEditing(row);
    form.setValues(valuesOf(row, row.year));
    form.clearErrors();
  };
  return (
    <FormModal {...frame} title={t(editing ? 'detail.benefits.editTitle' : 'detail.benefits.add')} onClose={onClose} size="md">
      <NumberInput required label={t('field.year')} hideControls clampBehavior="none" {...form.getInputProps('year')} disabled={!!editing} />
      {existing && (
        <Alert color="yellow" variant="light" data-testid="year-exists">
          <Stack gap="xs" align="flex-start">
            <div>{t('detail.benefits.yearExists', { year: existing.year, contract: f.wan(existing.contractWan), benefit: f.wan(existing.benefitWan) })}</div>
            <Button size="xs" variant="default" onClick={() => editExisting(existing)}>
              {t('detail.benefits.editThatYear', { year: existing.year })}
            </Button>
          </Stack>
        </Alert>
      )}
      <NumberInput required label={t('field.contractWan')} {...MONEY_INPUT} {...form.getInputProps('contractWan')} />
      <NumberInput required label={t('field.benefitWan')} {...MONEY_INPUT} {...form.getInputProps('benefitWan')} />
    </FormModal>
  );
}
