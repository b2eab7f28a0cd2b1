import { Group, Select, TextInput, Textarea } from '@mantine/core';
import type { OurDepartment, RequirementStatus } from '../../../core/model';
import { createRequirement, updateRequirement, type CustomerRecord, type RequirementRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { FormModal } from '../../../ui/FormModal';
import { todayIso, withDays } from '../../../ui/format';
import { departmentOptions, requirementStatusOptions } from '../../../ui/archive-options';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useRecordForm } from '../../../ui/hooks/use-record-form';
import { DayInput } from '../../../ui/DayInput';
import { officeToday } from '../../../data/complaints';

interface RequirementFormValues extends Record<string, unknown> {
  receivedDate: string;
  title: string;
  detail: string;
  department: OurDepartment | '';
  dueDate: string;
  status: RequirementStatus;
  answer: string;
  answeredDate: string;
}

/**
 * Add or edit a 需求. A new one is tracked by the customer's account manager (so "my requirements"
 * finds it); an edit keeps whoever tracks it. Handovers move open ones to the successor.
 */
export function RequirementModal({ customer, requirement, onClose }: { customer: CustomerRecord; requirement?: RequirementRecord; onClose: () => void }) {
  const t = useT();
  const { db } = useArchive();
  const { form, ...frame } = useRecordForm<RequirementFormValues>({
    initialValues: {
      receivedDate: requirement?.receivedDate ?? todayIso(),
      title: requirement?.title ?? '',
      detail: requirement?.detail ?? '',
      department: requirement?.department ?? '',
      dueDate: requirement?.dueDate ?? '',
      status: requirement?.status ?? 'open',
      answer: requirement?.answer ?? '',
      answeredDate: requirement?.answeredDate ?? '',
    },
    save: (values, ctx) => {
      // A new one: no manager given, so the repository assigns the customer's own (and its current name).
      const input = {
        ...withDays(values, ['receivedDate', 'dueDate', 'answeredDate']),
        customerId: customer.id,
        managerId: requirement?.managerId ?? null,
        managerName: requirement?.managerName ?? '',
      };
      return requirement ? updateRequirement(db, requirement.id, input, ctx) : createRequirement(db, customer.id, input, ctx);
    },
    onSaved: onClose,
  });
  return (
    <FormModal {...frame} title={t(requirement ? 'detail.requirements.editTitle' : 'detail.requirements.add')} onClose={onClose}>
      <TextInput required label={t('field.title')} data-autofocus {...form.getInputProps('title')} />
      <Textarea label={t('field.detail')} autosize minRows={2} {...form.getInputProps('detail')} />
      <Group grow align="flex-start">
        <Select
          required
          label={t('field.routedTo')}
          data={departmentOptions(t)}
          {...form.getInputProps('department')}
          onChange={(value) => form.setFieldValue('department', (value ?? '') as OurDepartment | '')}
        />
        <Select required label={t('field.status')} data={requirementStatusOptions(t)} allowDeselect={false} {...form.getInputProps('status')} />
      </Group>
      <Group grow align="flex-start">
        <DayInput required label={t('field.receivedDate')} maxDate={officeToday()} {...form.getInputProps('receivedDate')} />
        <DayInput required label={t('field.dueDate')} {...form.getInputProps('dueDate')} />
      </Group>
      <Textarea label={t('field.answer')} autosize minRows={2} {...form.getInputProps('answer')} />
      <DayInput label={t('field.answeredDate')} maxDate={officeToday()} {...form.getInputProps('answeredDate')} />
    </FormModal>
  );
}
