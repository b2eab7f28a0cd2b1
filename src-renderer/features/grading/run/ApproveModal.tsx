import { Text, Textarea } from '@mantine/core';
import { approveRun, type GradeRunRecord } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { useActor } from '../../../state/signed-in';
import { FormModal } from '../../../ui/FormModal';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useRecordForm } from '../../../ui/hooks/use-record-form';

interface ApproveValues extends Record<string, unknown> {
  note: string;
}

/**
 * 批准: a department head makes the draft's final grades the customers' grades. The approver is the
 * signed-in user (issue 15.3), shown here and recorded by the repository, which also refuses an
 * account whose roles do not allow approving.
 */
export function ApproveModal({ run, onClose }: { run: GradeRunRecord; onClose: () => void }) {
  const t = useT();
  const actor = useActor();
  const { db } = useArchive();
  const { form, ...frame } = useRecordForm<ApproveValues>({
    initialValues: { note: '' },
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
      <Text size="sm" fw={500} data-testid="approver">
        {t('gradingSection.approve.approver', { name: actor.name })}
      </Text>
      <Textarea label={t('gradingSection.approve.note')} autosize minRows={2} maxRows={5} data-autofocus {...form.getInputProps('note')} />
      {frame.saving && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('gradingSection.approve.working')}
        </Text>
      )}
    </FormModal>
  );
}
