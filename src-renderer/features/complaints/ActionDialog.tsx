import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { SATISFACTION_MAX, SATISFACTION_MIN, type ComplaintAction } from '../../core/complaints';
import { ValidationError } from '../../core/validation';
import { actOnComplaint, type ActionInput } from '../../data/complaints';
import { isMessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { notify, useArchive } from '../customer-detail/shared/use-archive';

const SCORES = Array.from({ length: SATISFACTION_MAX - SATISFACTION_MIN + 1 }, (_, i) => String(SATISFACTION_MIN + i));

/**
 * One workflow step: the comment every step may carry, plus what the step needs — a reason (reject,
 * reopen, a verification the customer did not accept), the answer text, the customer's verdict and
 * satisfaction. The repository decides; its refusal is shown here and nothing is written.
 */
export function ActionDialog({ complaintId, action, onClose }: { complaintId: string; action: ComplaintAction; onClose: () => void }) {
  const t = useT();
  const { db, withContext } = useArchive();
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [answer, setAnswer] = useState('');
  const [accepted, setAccepted] = useState<'yes' | 'no'>('yes');
  const [satisfaction, setSatisfaction] = useState('4');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const needsReason = action === 'reject' || action === 'reopen' || (action === 'verify' && accepted === 'no');
  const title = t(`complaints.action.${action}`);

  const confirm = async () => {
    const input: ActionInput = { comment };
    if (needsReason) input.reason = reason;
    if (action === 'answer') input.answer = answer;
    if (action === 'verify') input.verification = { accepted: accepted === 'yes', satisfaction: Number(satisfaction) };
    setBusy(true);
    try {
      await withContext((ctx) => actOnComplaint(db, complaintId, action, input, ctx));
      notify(t, 'green', t('complaints.page.done', { action: title }));
      onClose();
    } catch (e) {
      if (!(e instanceof ValidationError)) {
        console.error(e);
        setError(t('common.error'));
      } else {
        const key = e.fieldErrors._ ?? Object.values(e.fieldErrors)[0] ?? '';
        setError(isMessageKey(key) ? t(key) : t('validation.custom'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <Stack>
        {action === 'answer' && <Textarea label={t('complaints.dialog.answer')} withAsterisk autosize minRows={4} value={answer} onChange={(e) => setAnswer(e.currentTarget.value)} data-autofocus />}
        {action === 'verify' && (
          <>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="verify-accepted">
                {t('complaints.dialog.accepted')}
              </Text>
              <SegmentedControl
                aria-labelledby="verify-accepted"
                value={accepted}
                onChange={(v) => setAccepted(v as 'yes' | 'no')}
                data={[
                  { value: 'yes', label: t('complaints.dialog.yes') },
                  { value: 'no', label: t('complaints.dialog.no') },
                ]}
              />
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="verify-satisfaction">
                {t('complaints.dialog.satisfaction')}
              </Text>
              <SegmentedControl aria-labelledby="verify-satisfaction" value={satisfaction} onChange={setSatisfaction} data={SCORES} data-testid="satisfaction" />
            </Stack>
          </>
        )}
        {needsReason && (
          <Textarea
            label={action === 'verify' ? t('complaints.dialog.notAcceptedReason') : t('complaints.dialog.reason')}
            withAsterisk
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        )}
        <Textarea label={t('complaints.dialog.comment')} autosize minRows={2} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('complaints.dialog.cancel')}
          </Button>
          <Button loading={busy} onClick={confirm} data-testid="action-confirm">
            {t('complaints.dialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
