import { Alert, Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { chinaDayOf, type ZeroingConfirmation, type ZeroingItemId } from '../../core/complaints';
import { ValidationError } from '../../core/validation';
import { confirmComplaintZeroingItem } from '../../data/complaints';
import { isMessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { DayInput } from '../../ui/DayInput';
import { normaliseDay } from '../customer-detail/shared/format';
import { notify, useArchive } from '../customer-detail/shared/use-archive';

/**
 * Confirms one zeroing item: the evidence (report, test record…), who confirmed it — often the
 * quality engineer, not the operator — and the day (stored as noon China time of that day).
 */
export function ZeroingDialog({ complaintId, item, current, operator, onClose }: { complaintId: string; item: ZeroingItemId; current?: ZeroingConfirmation; operator: string; onClose: () => void }) {
  const t = useT();
  const { db, withContext } = useArchive();
  const [evidence, setEvidence] = useState(current?.evidence ?? '');
  const [by, setBy] = useState(current?.confirmedBy ?? operator);
  const [day, setDay] = useState(chinaDayOf(current?.confirmedAt ?? new Date().toISOString()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const label = t(`complaints.zeroing.${item}`);
  const message = (key: string) => (isMessageKey(key) ? t(key) : t('validation.custom'));

  const save = async () => {
    setBusy(true);
    try {
      const input = { evidence, confirmedBy: by, confirmedAt: `${normaliseDay(day)}T12:00:00+08:00` };
      await withContext((ctx) => confirmComplaintZeroingItem(db, complaintId, item, input, ctx));
      notify(t, 'green', t('complaints.zeroing.saved', { item: label }));
      onClose();
    } catch (e) {
      if (e instanceof ValidationError) setErrors(Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k, message(v)])));
      else {
        console.error(e);
        setErrors({ _: t('common.error') });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('complaints.zeroing.confirmTitle', { item: label })} centered size="lg">
      <Stack>
        <Textarea label={t('complaints.zeroing.evidence')} withAsterisk autosize minRows={3} value={evidence} onChange={(e) => setEvidence(e.currentTarget.value)} error={errors.evidence} data-autofocus />
        <SimpleGrid cols={2}>
          <TextInput label={t('complaints.zeroing.confirmedBy')} withAsterisk value={by} onChange={(e) => setBy(e.currentTarget.value)} error={errors.confirmedBy} />
          <DayInput label={t('complaints.zeroing.confirmedAt')} withAsterisk value={day} onChange={setDay} error={errors.confirmedAt} />
        </SimpleGrid>
        {errors._ && (
          <Alert color="red" role="alert">
            {errors._}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('complaints.dialog.cancel')}
          </Button>
          <Button loading={busy} onClick={save} data-testid="zeroing-save">
            {t('complaints.zeroing.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
