import { Autocomplete, Select, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useLiveQuery } from 'dexie-react-hooks';
import { contactsOf, type ContactRecord } from '../../data/customers';
import { listQuestionnaires, type QuestionnaireVersion } from '../../data/satisfaction';
import { useT } from '../../i18n/react';
import { useArchive } from '../../ui/hooks/use-archive';
import { versionName } from './satisfaction-labels';
import { answeredScores, ScoreFields, type ScoreValues } from './ScoreFields';

/** The survey part of a form: which questionnaire version, the scores, who answered, what they said. */
export interface SurveyFormValues extends Record<string, unknown> {
  questionnaire: string;
  scores: ScoreValues;
  respondentName: string;
  comment: string;
}

const keyOf = (q: Pick<QuestionnaireVersion, 'questionnaireId' | 'version'>) => `${q.questionnaireId}#${q.version}`;

export const EMPTY_SURVEY: SurveyFormValues = { questionnaire: '', scores: {}, respondentName: '', comment: '' };

/** The questionnaires in use and the customer's contacts, read live for the form. */
export function useSurveyChoices(customerId: string) {
  const { db } = useArchive();
  const questionnaires = useLiveQuery(() => listQuestionnaires(db), [db]);
  const contacts = useLiveQuery(() => contactsOf(db, customerId), [db, customerId]) ?? [];
  return { questionnaires, contacts };
}

/**
 * What the repository takes for the survey: the questionnaire version chosen (the first in use when
 * none was), the answered scores, and the respondent — one of the customer's contacts when the name
 * is theirs, so the survey links to the person.
 */
export function surveyInput(values: SurveyFormValues, questionnaires: readonly QuestionnaireVersion[], contacts: readonly ContactRecord[]) {
  const chosen = questionnaires.find((q) => keyOf(q) === values.questionnaire) ?? questionnaires[0]!;
  const name = values.respondentName.trim();
  return {
    questionnaireId: chosen.questionnaireId,
    questionnaireVersion: chosen.version,
    scores: answeredScores(values.scores),
    respondentName: name,
    respondentId: contacts.find((c) => c.name === name)?.id ?? null,
    comment: values.comment,
  };
}

/** The survey fields of a form whose values include SurveyFormValues (the survey modal, the 回访 modal). */
export function SurveyFields<V extends SurveyFormValues>(props: {
  form: UseFormReturnType<V>;
  questionnaires: readonly QuestionnaireVersion[];
  contacts: readonly ContactRecord[];
}) {
  const t = useT();
  const { form, questionnaires, contacts } = props;
  // Only the survey's own fields are touched, through their paths: Mantine types getInputProps for any
  // form values V, so the wider form needs no cast (its onChange sets the field, as setFieldValue would).
  const values = form.getValues();
  const template = questionnaires.find((q) => keyOf(q) === values.questionnaire) ?? questionnaires[0];
  const setQuestionnaire = form.getInputProps('questionnaire').onChange;
  const setScores = form.getInputProps('scores').onChange;
  return (
    <>
      {questionnaires.length > 1 && (
        <Select
          label={t('satisfaction.form.questionnaire')}
          data={questionnaires.map((q) => ({ value: keyOf(q), label: versionName(t, q) }))}
          value={template ? keyOf(template) : null}
          onChange={(v) => {
            setQuestionnaire(v ?? '');
            setScores({});
          }}
          allowDeselect={false}
        />
      )}
      {template && (
        <ScoreFields template={template} values={values.scores} onChange={(next) => setScores(next)} error={form.errors.scores as string | undefined} />
      )}
      <Autocomplete label={t('satisfaction.form.respondent')} data={[...new Set(contacts.map((c) => c.name))]} {...form.getInputProps('respondentName')} />
      <Textarea label={t('satisfaction.form.comment')} autosize minRows={2} {...form.getInputProps('comment')} />
    </>
  );
}
