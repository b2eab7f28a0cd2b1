import { Group, MultiSelect, Select, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { splitList } from '../../../core/customers';
import type { InteractionKind, OurDepartment } from '../../../core/model';
import { contactsOf, createInteraction, updateInteraction, type InteractionRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { FormModal } from '../../../ui/FormModal';
import { todayIso, withDays } from '../../../ui/format';
import { departmentOptions, kindOptions } from '../../../ui/archive-options';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useRecordForm } from '../../../ui/hooks/use-record-form';
import { DayInput } from '../../../ui/DayInput';
import { officeToday } from '../../../data/complaints';

export interface InteractionFormValues extends Record<string, unknown> {
  date: string;
  kind: InteractionKind;
  departments: OurDepartment[];
  participants: string[];
  summary: string;
  nextStep: string;
  followUpDate: string;
}

interface InteractionModalProps {
  customerId: string;
  interaction?: InteractionRecord;
  /** Starting values of a new record (a call from a contact presets kind, participant and day). */
  preset?: Partial<InteractionFormValues>;
  title?: string;
  onClose: () => void;
}

/** Add or edit a 往来记录. Cross-field rules (follow-up not before the day) come back from the repository. */
export function InteractionModal({ customerId, interaction, preset, title, onClose }: InteractionModalProps) {
  const t = useT();
  const { db } = useArchive();
  // Contact names are offered as participants; others (our own people) can be typed in.
  const contactNames = useLiveQuery(async () => (await contactsOf(db, customerId)).map((c) => c.name), [db, customerId]) ?? [];
  const { form, ...frame } = useRecordForm<InteractionFormValues>({
    initialValues: {
      date: interaction?.date ?? todayIso(),
      kind: interaction?.kind ?? 'visit',
      departments: interaction?.departments ?? ['marketing'],
      participants: interaction?.participants ?? [],
      summary: interaction?.summary ?? '',
      nextStep: interaction?.nextStep ?? '',
      followUpDate: interaction?.followUpDate ?? '',
      ...preset,
    },
    save: (values, ctx) => {
      const input = { ...withDays(values, ['date', 'followUpDate']), customerId };
      return interaction ? updateInteraction(db, interaction.id, input, ctx) : createInteraction(db, customerId, input, ctx);
    },
    onSaved: onClose,
  });
  return (
    <FormModal {...frame} title={title ?? t(interaction ? 'detail.interactions.editTitle' : 'detail.interactions.add')} onClose={onClose}>
      <Group grow align="flex-start">
        <Select required label={t('field.kind')} data={kindOptions(t)} allowDeselect={false} {...form.getInputProps('kind')} />
        <DayInput required label={t('field.date')} maxDate={officeToday()} {...form.getInputProps('date')} />
      </Group>
      <MultiSelect required label={t('field.departments')} data={departmentOptions(t)} {...form.getInputProps('departments')} />
      <TagsInput
        label={t('field.participants')}
        data={contactNames}
        acceptValueOnBlur
        splitChars={[',', '，', '、']}
        {...form.getInputProps('participants')}
        onChange={(names: string[]) => form.setFieldValue('participants', splitList(names, 'names'))}
      />
      <Textarea required label={t('field.summary')} autosize minRows={3} data-autofocus {...form.getInputProps('summary')} />
      <TextInput label={t('field.nextStep')} {...form.getInputProps('nextStep')} />
      <DayInput label={t('field.followUpDate')} {...form.getInputProps('followUpDate')} />
    </FormModal>
  );
}
