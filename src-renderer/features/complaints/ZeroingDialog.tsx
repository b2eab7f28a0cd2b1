import { Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { chinaDayOf, chinaInstant, type ZeroingConfirmation, type ZeroingItemId } from '../../core/complaints';
import { confirmComplaintZeroingItem, officeToday } from '../../data/complaints';
import { useT } from '../../i18n/react';
import { useReturnFocus } from '../../ui/use-return-focus';
import { DayInput } from '../../ui/DayInput';
import { normaliseDay } from '../../ui/format';
import { DialogActions } from './DialogActions';
import { useGuardedWrite } from './guarded-write';

/**
 * Confirms one zeroing item: the evidence (report, test record…), who confirmed it — often the
 * quality engineer, not the operator — and the day (stored as noon China time of that day).
 */
export function ZeroingDialog({
  complaintId,
  item,
  current,
  operator,
  onClose,
}: {
  complaintId: string;
  item: ZeroingItemId;
  current?: ZeroingConfirmation;
  operator: string;
  onClose: () => void;
}) {
  const t = useT();
  const { db, busy, errors, run } = useGuardedWrite();
  useReturnFocus();
  const [evidence, setEvidence] = useState(current?.evidence ?? '');
  const [by, setBy] = useState(current?.confirmedBy ?? operator);
  const [day, setDay] = useState(chinaDayOf(current?.confirmedAt ?? new Date().toISOString()));
  const label = t(`complaints.zeroing.${item}`);

  const save = async () => {
    const input = { evidence, confirmedBy: by, confirmedAt: chinaInstant(normaliseDay(day), '12:00') };
    if (await run((ctx) => confirmComplaintZeroingItem(db, complaintId, item, input, ctx), t('complaints.zeroing.saved', { item: label }))) onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('complaints.zeroing.confirmTitle', { item: label })} centered size="lg">
      <Stack>
        <Textarea
          label={t('complaints.zeroing.evidence')}
          withAsterisk
          autosize
          minRows={3}
          value={evidence}
          onChange={(e) => setEvidence(e.currentTarget.value)}
          error={errors.evidence}
          data-autofocus
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('complaints.zeroing.confirmedBy')}
            withAsterisk
            value={by}
            onChange={(e) => setBy(e.currentTarget.value)}
            error={errors.confirmedBy}
          />
          <DayInput label={t('complaints.zeroing.confirmedAt')} withAsterisk value={day} onChange={setDay} error={errors.confirmedAt} maxDate={officeToday()} />
        </SimpleGrid>
        <DialogActions error={errors._} busy={busy} confirmLabel={t('complaints.zeroing.confirm')} onCancel={onClose} onConfirm={save} testId="zeroing-save" />
      </Stack>
    </Modal>
  );
}
