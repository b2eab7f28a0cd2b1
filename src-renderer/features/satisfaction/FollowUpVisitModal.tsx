import { Checkbox, Text, Group, MultiSelect, SegmentedControl, Input, Textarea, TagsInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { splitList } from '../../core/customers';
import type { OurDepartment } from '../../core/model';
import { openFollowUpOf } from '../../data/grading';
import { recordFollowUpVisit, type FollowUpVisitKind } from '../../data/satisfaction';
import { interactionKindLabel } from '../../i18n/enum-labels';
import { useT } from '../../i18n/react';
import { DayInput } from '../../ui/DayInput';
import { FormModal } from '../../ui/FormModal';
import { todayIso, withDays } from '../../ui/format';
import { departmentOptions } from '../../ui/archive-options';
import { notify } from '../../ui/notify';
import { useArchive } from '../../ui/hooks/use-archive';
import { useFormat } from '../../ui/hooks/use-format';
import { useRecordForm } from '../../ui/hooks/use-record-form';
import { EMPTY_SURVEY, SurveyFields, surveyInput, useSurveyChoices, type SurveyFormValues } from './SurveyFields';
import { officeToday } from '../../data/complaints';

interface VisitValues extends SurveyFormValues {
  kind: FollowUpVisitKind;
  date: string;
  departments: OurDepartment[];
  participants: string[];
  summary: string;
  withSurvey: boolean;
}

/**
 * 记录回访: a visit or call with the customer and, if ticked, the satisfaction asked during it —
 * saved together (recordFollowUpVisit), so the follow-up task the grading planned is completed and
 * the next one planned, and the survey is kept with the visit's day.
 */
export function FollowUpVisitModal({ customerId, customerName, onClose }: { customerId: string; customerName: string; onClose: () => void }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const { questionnaires, contacts } = useSurveyChoices(customerId);
  const task = useLiveQuery(async () => (await openFollowUpOf(db, customerId)) ?? null, [db, customerId]);
  const { form, ...frame } = useRecordForm<VisitValues>({
    initialValues: { ...EMPTY_SURVEY, kind: 'visit', date: todayIso(), departments: ['marketing'], participants: [], summary: '', withSurvey: true },
    save: async (values, ctx) => {
      const interaction = {
        ...withDays({ date: values.date }, ['date']),
        kind: values.kind,
        departments: values.departments,
        participants: values.participants,
        summary: values.summary,
        nextStep: '',
        followUpDate: '',
      };
      const survey = values.withSurvey
        ? { ...surveyInput(values, questionnaires ?? [], contacts), respondentName: values.respondentName || (values.participants[0] ?? '') }
        : null;
      const saved = await recordFollowUpVisit(db, customerId, { interaction, survey }, ctx);
      notify('green', t(saved.survey ? 'satisfaction.visit.savedWithSurvey' : 'satisfaction.visit.saved'));
    },
    onSaved: onClose,
    savedMessage: null,
  });
  const kinds = [
    { value: 'visit', label: t(interactionKindLabel('visit')) },
    { value: 'call', label: t(interactionKindLabel('call')) },
  ];
  return (
    <FormModal {...frame} title={t('satisfaction.visit.title', { name: customerName })} onClose={onClose}>
      {task && (
        <Text size="sm" c="dimmed" data-testid="visit-plan">
          {t('satisfaction.visit.plan', { due: f.day(task.dueDate) })}
        </Text>
      )}
      <Group grow align="flex-start">
        <Input.Wrapper label={t('satisfaction.visit.kind')} labelElement="div" labelProps={{ id: 'visit-kind-label' }}>
          <div>
            <SegmentedControl aria-labelledby="visit-kind-label" data={kinds} {...form.getInputProps('kind')} />
          </div>
        </Input.Wrapper>
        <DayInput required label={t('field.date')} maxDate={officeToday()} {...form.getInputProps('date')} />
      </Group>
      <MultiSelect required label={t('field.departments')} data={departmentOptions(t)} {...form.getInputProps('departments')} />
      <TagsInput
        label={t('field.participants')}
        data={[...new Set(contacts.map((c) => c.name))]}
        acceptValueOnBlur
        splitChars={[',', '，', '、']}
        {...form.getInputProps('participants')}
        onChange={(names: string[]) => form.setFieldValue('participants', splitList(names, 'names'))}
      />
      <Textarea required label={t('field.summary')} autosize minRows={2} data-autofocus {...form.getInputProps('summary')} />
      <Checkbox label={t('satisfaction.visit.withSurvey')} {...form.getInputProps('withSurvey', { type: 'checkbox' })} />
      {form.getValues().withSurvey && questionnaires && <SurveyFields form={form} questionnaires={questionnaires} contacts={contacts} />}
    </FormModal>
  );
}
