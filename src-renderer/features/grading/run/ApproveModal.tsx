import { Text, Textarea, TextInput } from '@mantine/core';
import { approveRun, type GradeRunRecord } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { FormModal } from '../../../ui/FormModal';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useRecordForm } from '../../../ui/hooks/use-record-form';

interface ApproveValues extends Record<string, unknown> {
  approvedBy: string;
  note: string;
}

/**
 * 批准: a department head makes the draft's final grades the customers' grades. There are no user
 * accounts yet, so the approver types their name (nothing is prefilled: the operator is not
 * necessarily the head) and it is recorded with the run.
 */
export function ApproveModal({ run, onClose }: { run: GradeRunRecord; onClose: () => void }) {
  const t = useT();
  const { db } = useArchive();
  const { form, ...frame } = useRecordForm<ApproveValues>({
    initialValues: { approvedBy: '', note: '' },
    save: (values, ctx) => approveRun(db, run.id, values, ctx),
    onSaved: onClose,
    savedMessage: 'gradingSection.approve.done',
  });
  const changing = run.summary.up + run.summary.down + run.summary.new;
  return (
    <FormModal {...frame} title={t('gradingSection.approve.title')} onClose={onClose} submitLabel={t('gradingSection.approve.submit')} size="md">
      <Text size="sm">
        {t('gradingSection.approve.effect', { changing, up: run.summary.up, down: run.summary.down, new: run.summary.new, total: run.summary.total })}
      </Text>
      <TextInput label={t('gradingSection.approve.by')} required data-autofocus {...form.getInputProps('approvedBy')} />
      <Textarea label={t('gradingSection.approve.note')} autosize minRows={2} maxRows={5} {...form.getInputProps('note')} />
      {frame.saving && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('gradingSection.approve.working')}
        </Text>
      )}
    </FormModal>
  );
}
