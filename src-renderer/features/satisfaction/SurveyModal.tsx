import { Group, Select } from '@mantine/core';
import { SURVEY_SOURCES, type SurveySource } from '../../core/satisfaction-records';
import { createSurvey } from '../../data/satisfaction';
import { surveySourceLabel } from '../../i18n/enum-labels';
import { useT } from '../../i18n/react';
import { DayInput } from '../../ui/DayInput';
import { FormModal } from '../../ui/FormModal';
import { todayIso, withDays } from '../../ui/format';
import { useRecordForm } from '../../ui/hooks/use-record-form';
import { useArchive } from '../../ui/hooks/use-archive';
import { EMPTY_SURVEY, SurveyFields, surveyInput, useSurveyChoices, type SurveyFormValues } from './SurveyFields';
import { officeToday } from '../../data/complaints';

interface SurveyModalValues extends SurveyFormValues {
  date: string;
  source: SurveySource;
}

/** 录入调查: a filled-in questionnaire (or a call's answers) for one customer, on the current version. */
export function SurveyModal({ customerId, onClose }: { customerId: string; onClose: () => void }) {
  const t = useT();
  const { db } = useArchive();
  const { questionnaires, contacts } = useSurveyChoices(customerId);
  const { form, ...frame } = useRecordForm<SurveyModalValues>({
    initialValues: { ...EMPTY_SURVEY, date: todayIso(), source: 'questionnaire' },
    save: (values, ctx) =>
      createSurvey(db, customerId, { ...withDays(values, ['date']), source: values.source, ...surveyInput(values, questionnaires ?? [], contacts) }, ctx),
    onSaved: onClose,
    savedMessage: 'satisfaction.form.saved',
  });
  return (
    <FormModal {...frame} title={t('satisfaction.form.title')} onClose={onClose}>
      <Group grow align="flex-start">
        <DayInput required label={t('satisfaction.form.date')} maxDate={officeToday()} {...form.getInputProps('date')} />
        <Select
          label={t('satisfaction.form.source')}
          data={SURVEY_SOURCES.map((s) => ({ value: s, label: t(surveySourceLabel(s)) }))}
          allowDeselect={false}
          {...form.getInputProps('source')}
        />
      </Group>
      {questionnaires && <SurveyFields form={form} questionnaires={questionnaires} contacts={contacts} />}
    </FormModal>
  );
}
