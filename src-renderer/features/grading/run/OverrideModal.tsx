import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useRef } from 'react';
import { GRADES, OVERRIDE_REASON_MAX, type Grade } from '../../../core/grading';
import { overrideGrading, type GradingRecord } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { usePreferences } from '../../../state/preferences';
import { GradeBadge } from '../../../ui/GradeBadge';
import { FormModal } from '../../../ui/FormModal';
import { useAction } from '../../../ui/hooks/use-action';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useRecordForm } from '../../../ui/hooks/use-record-form';
import { reasonOf } from '../decision-text';
import type { EntryRow } from './entry-rows';

interface OverrideValues extends Record<string, unknown> {
  grade: Grade;
  reason: string;
}

/**
 * 调整: the manager's grade instead of the computed one, with a reason the repository requires
 * (a refusal shows under the field and writes nothing). Choosing the computed grade again, or
 * 恢复计算结果, removes the override. The saved grading replaces the row in the table.
 */
export function OverrideModal({ row, onClose, onSaved }: { row: EntryRow; onClose: () => void; onSaved: (updated: GradingRecord) => void }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const { db } = useArchive();
  const run = useAction();
  const { grading } = row;
  const saved = useRef<GradingRecord | null>(null);
  const { form, ...frame } = useRecordForm<OverrideValues>({
    initialValues: { grade: grading.override?.grade ?? grading.proposedGrade, reason: grading.override?.reason ?? '' },
    save: async (values, ctx) => {
      saved.current = await overrideGrading(db, grading.id, { grade: values.grade, reason: values.reason }, ctx);
    },
    onSaved: () => {
      if (saved.current) onSaved(saved.current);
      onClose();
    },
    savedMessage: 'gradingSection.override.saved',
  });
  const same = form.values.grade === grading.proposedGrade;
  const restore = async () => {
    const result: { updated: GradingRecord | null } = { updated: null };
    const done = await run(async (ctx) => {
      result.updated = await overrideGrading(db, grading.id, { grade: null, reason: '' }, ctx);
    }, 'gradingSection.override.restored');
    if (done && result.updated) {
      onSaved(result.updated);
      onClose();
    }
  };
  return (
    <FormModal {...frame} title={t('gradingSection.override.title', { name: row.name })} onClose={onClose} size="lg">
      <Stack gap={6}>
        <Group gap="xs">
          <Text size="sm">{t('gradingSection.override.computed')}</Text>
          <GradeBadge grade={grading.proposedGrade} size="sm" />
        </Group>
        <Text size="sm" c="dimmed">
          {reasonOf(grading, t, locale)}
        </Text>
      </Stack>
      <Radio.Group label={t('gradingSection.override.grade')} {...form.getInputProps('grade')}>
        <Group gap="lg" mt={6}>
          {GRADES.map((g) => (
            <Radio key={g} value={g} label={g} />
          ))}
        </Group>
      </Radio.Group>
      {same ? (
        <Text size="sm" c="dimmed" data-testid="override-same">
          {t('gradingSection.override.sameAsComputed')}
        </Text>
      ) : (
        <Textarea
          label={t('gradingSection.override.reason')}
          description={t('gradingSection.override.reasonHint', { max: OVERRIDE_REASON_MAX })}
          required
          autosize
          minRows={3}
          maxRows={6}
          {...form.getInputProps('reason')}
        />
      )}
      {grading.override && (
        <Group>
          <Button variant="subtle" onClick={() => void restore()}>
            {t('gradingSection.override.restore')}
          </Button>
        </Group>
      )}
    </FormModal>
  );
}
