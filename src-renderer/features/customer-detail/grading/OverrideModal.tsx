import { Button, Input, SegmentedControl, Text, Textarea } from '@mantine/core';
import { GRADES, type Grade } from '../../../core/grading';
import { overrideGrading, type GradingRecord } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { FormModal } from '../../../ui/FormModal';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useRecordForm } from '../../../ui/hooks/use-record-form';

interface OverrideValues extends Record<string, unknown> {
  grade: Grade;
  reason: string;
}

/**
 * 调整: the manager's grade instead of the computed one. The reason is required (the repository
 * refuses without one and writes nothing); choosing the computed grade again needs none. 恢复计算结果
 * removes an override outright.
 */
export function OverrideModal({ entry, onClose }: { entry: GradingRecord; onClose: () => void }) {
  const t = useT();
  const { db, withContext } = useArchive();
  const { form, ...frame } = useRecordForm<OverrideValues>({
    initialValues: { grade: entry.override?.grade ?? entry.proposedGrade, reason: entry.override?.reason ?? '' },
    save: (values, ctx) => overrideGrading(db, entry.id, { grade: values.grade, reason: values.reason }, ctx),
    onSaved: onClose,
    savedMessage: 'gradingCustomer.override.done',
  });
  const restore = async () => {
    await withContext((ctx) => overrideGrading(db, entry.id, { grade: null, reason: '' }, ctx));
    onClose();
  };
  return (
    <FormModal {...frame} title={t('gradingCustomer.override.title')} onClose={onClose} size="md">
      <Text size="sm">{t('gradingCustomer.override.computed', { grade: entry.proposedGrade })}</Text>
      <Input.Wrapper label={t('gradingCustomer.override.grade')} id="override-grade" labelElement="div" required>
        <SegmentedControl
          fullWidth
          data={GRADES.map((g) => ({ value: g, label: g }))}
          aria-labelledby="override-grade-label"
          {...form.getInputProps('grade')}
        />
      </Input.Wrapper>
      <Textarea
        required
        label={t('gradingCustomer.override.reason')}
        description={t('gradingCustomer.override.reasonHint')}
        autosize
        minRows={2}
        maxRows={6}
        {...form.getInputProps('reason')}
      />
      {entry.override && (
        <Button variant="subtle" onClick={restore} style={{ alignSelf: 'flex-start' }}>
          {t('gradingCustomer.override.restore')}
        </Button>
      )}
    </FormModal>
  );
}
