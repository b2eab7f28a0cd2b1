import { useForm } from '@mantine/form';
import { useState, type FormEvent } from 'react';
import type { ScoringTemplate } from '../../../core/grading';
import { ValidationError } from '../../../core/validation';
import type { AssessmentRecord } from '../../../data/grading';
import { saveAssessment } from '../../../data/grading';
import { isMessageKey } from '../../../i18n';
import { useT } from '../../../i18n/react';
import { forbiddenMessage } from '../../../ui/forbidden';
import { notify } from '../../../ui/notify';
import { useArchive } from '../../../ui/hooks/use-archive';
import { assessmentErrors, assessmentFormValues, assessmentInput, type AssessmentFormValues } from './assessment-form';

/**
 * The scoring form of one customer and year. The repository is the only validator (as in every
 * archive form): its messages land on the score inputs, and a refused save writes nothing. Saving
 * changes the assessment, which the live preview reads, so score and grade follow by themselves.
 */
export function useAssessmentForm(customerId: string, year: number, template: ScoringTemplate, saved: AssessmentRecord | null) {
  const t = useT();
  const { db, withContext } = useArchive();
  const [saving, setSaving] = useState(false);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<AssessmentFormValues>({ mode: 'controlled', initialValues: assessmentFormValues(template, saved) });
  const itemIds = template.items.filter((i) => i.kind === 'subjective').map((i) => i.id);
  const text = (key: string) => (isMessageKey(key) ? t(key) : t('validation.custom'));

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    setFormErrors([]);
    try {
      await withContext((ctx) => saveAssessment(db, customerId, assessmentInput(values, year), ctx));
      form.resetDirty(values);
      notify('green', t('gradingCustomer.scores.saved'));
    } catch (error) {
      const forbidden = forbiddenMessage(error, t);
      if (forbidden) {
        setFormErrors([forbidden]);
        return;
      }
      if (!(error instanceof ValidationError)) {
        console.error(error);
        setFormErrors([t('common.error')]);
        return;
      }
      const placed = assessmentErrors(error.fieldErrors, itemIds);
      form.setErrors(Object.fromEntries(Object.entries(placed.fields).map(([path, key]) => [path, text(key)])));
      setFormErrors([...(Object.keys(placed.fields).length > 0 ? [t('validation.fixErrors')] : []), ...placed.form.map(text)]);
    } finally {
      setSaving(false);
    }
  });
  return { form, submit: submit as (event?: FormEvent<HTMLFormElement>) => void, saving, formErrors };
}
