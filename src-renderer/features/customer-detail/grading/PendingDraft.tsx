import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconAdjustments, IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { discardRun, type GradeRunRecord, type GradingRecord } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { useAction } from '../../../ui/hooks/use-action';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useFormat } from '../../../ui/hooks/use-format';
import { useCan, useCanWriteRecord } from '../../../ui/hooks/use-can';
import { ApproveModal } from './ApproveModal';
import { GradeChange } from './GradeChange';
import { GradeReasons } from './GradeReasons';
import { gradingReasons } from './grading-text';
import { OverrideModal } from './OverrideModal';

/**
 * The customer's grading waiting for a department head: the proposed grade and why, the manager's
 * adjustment if any, and the three ways out — 调整, 批准, 放弃. Nothing about the customer changes
 * until it is approved.
 */
export function PendingDraft({ run, entry }: { run: GradeRunRecord; entry: GradingRecord }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const action = useAction();
  const [dialog, setDialog] = useState<'override' | 'approve' | 'discard' | null>(null);
  const close = () => setDialog(null);
  const { sentence, notes } = gradingReasons(entry, t, f.locale);
  // Each way out shown to who may take it (查阅 none): adjusting and discarding write the draft, approving is the head's.
  const mayAdjust = useCanWriteRecord('gradings', 'update');
  const mayApprove = useCan('grading.approve');
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="draft-title"
      data-testid="pending-draft"
      style={{ borderColor: 'var(--mantine-color-orange-filled)' }}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h5" id="draft-title">
              {t('gradingCustomer.draft.title')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('gradingCustomer.draft.meta', { day: f.day(run.evaluationDate), year: run.benefitYear })}
            </Text>
          </Stack>
          <Group gap="xs">
            {mayAdjust && (
              <Button variant="default" leftSection={<IconAdjustments size={16} />} onClick={() => setDialog('override')}>
                {t('gradingCustomer.override')}
              </Button>
            )}
            {mayApprove && (
              <Button leftSection={<IconCheck size={16} />} onClick={() => setDialog('approve')}>
                {t('gradingCustomer.approve')}
              </Button>
            )}
            {mayAdjust && (
              <Button variant="light" color="red" leftSection={<IconX size={16} />} onClick={() => setDialog('discard')}>
                {t('gradingCustomer.discard')}
              </Button>
            )}
          </Group>
        </Group>
        <Group gap="sm">
          <Text size="sm">{t('gradingCustomer.draft.change')}</Text>
          <GradeChange from={entry.previousGrade} to={entry.finalGrade} />
        </Group>
        <GradeReasons label={t('gradingCustomer.draft.proposed')} grade={entry.proposedGrade} sentence={sentence} notes={notes} testId="draft-sentence" />
        {entry.override && (
          <Text size="sm" data-testid="draft-override">
            {t('gradingCustomer.draft.override', { grade: entry.override.grade, reason: entry.override.reason })}
          </Text>
        )}
      </Stack>
      {dialog === 'override' && <OverrideModal entry={entry} onClose={close} />}
      {dialog === 'approve' && <ApproveModal run={run} onClose={close} />}
      {dialog === 'discard' && (
        <ConfirmModal
          title={t('gradingCustomer.discard.title')}
          confirmLabel={t('gradingCustomer.discard')}
          onClose={close}
          onConfirm={() => action((ctx) => discardRun(db, run.id, ctx), 'gradingCustomer.discard.done')}
        >
          {t('gradingCustomer.discard.body')}
        </ConfirmModal>
      )}
    </Card>
  );
}
