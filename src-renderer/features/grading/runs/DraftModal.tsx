import { Alert, Text, Textarea } from '@mantine/core';
import { useRef } from 'react';
import { benefitYearFor } from '../../../core/grading';
import { draftGrading } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { DayInput } from '../../../ui/DayInput';
import { FormModal } from '../../../ui/FormModal';
import { normaliseDay, todayIso } from '../../../ui/format';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useRecordForm } from '../../../ui/hooks/use-record-form';

interface DraftValues extends Record<string, unknown> {
  evaluationDate: string;
  note: string;
}

/**
 * 发起年度定级: every live customer graded as a draft on the evaluation date. Nothing else changes
 * until a department head approves it; an open batch draft gives way to the new one (kept, marked
 * 已放弃), which the modal says before the user starts.
 */
export function DraftModal({ openDraft, onClose, onCreated }: { openDraft: boolean; onClose: () => void; onCreated: (runId: string) => void }) {
  const t = useT();
  const { db } = useArchive();
  const created = useRef<string | null>(null);
  const { form, ...frame } = useRecordForm<DraftValues>({
    initialValues: { evaluationDate: todayIso(), note: '' },
    save: async (values, ctx) => {
      const run = await draftGrading(db, { evaluationDate: normaliseDay(values.evaluationDate), note: values.note }, ctx);
      created.current = run.id;
    },
    onSaved: () => created.current && onCreated(created.current),
    savedMessage: 'gradingSection.draft.done',
  });
  const day = normaliseDay(form.values.evaluationDate);
  const year = /^\d{4}-\d{2}-\d{2}$/.test(day) ? benefitYearFor(day) : null;
  return (
    <FormModal {...frame} title={t('gradingSection.draft.title')} onClose={onClose} submitLabel={t('gradingSection.draft.submit')} size="md">
      <Text size="sm">{t('gradingSection.draft.intro')}</Text>
      <DayInput label={t('gradingSection.draft.date')} required {...form.getInputProps('evaluationDate')} />
      {year !== null && (
        <Text size="sm" c="dimmed" data-testid="draft-benefit-year">
          {t('gradingSection.draft.reads', { year })}
        </Text>
      )}
      <Textarea label={t('gradingSection.draft.note')} autosize minRows={2} maxRows={5} {...form.getInputProps('note')} />
      {openDraft && (
        <Alert color="yellow" variant="light">
          {t('gradingSection.draft.replaces')}
        </Alert>
      )}
      {frame.saving && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('gradingSection.draft.working')}
        </Text>
      )}
    </FormModal>
  );
}
