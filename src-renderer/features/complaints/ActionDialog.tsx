import { Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { SATISFACTION_MAX, SATISFACTION_MIN, type ComplaintAction } from '../../core/complaints';
import { actOnComplaint, type ActionInput } from '../../data/complaints';
import { useT } from '../../i18n/react';
import { useReturnFocus } from '../../ui/use-return-focus';
import { DialogActions } from './DialogActions';
import { firstMessage, useGuardedWrite } from './guarded-write';
import { LabelledSegments } from './LabelledSegments';

const SCORES = Array.from({ length: SATISFACTION_MAX - SATISFACTION_MIN + 1 }, (_, i) => String(SATISFACTION_MIN + i));

/**
 * One workflow step: the comment every step may carry, plus what the step needs — a reason (reject,
 * reopen, a verification the customer did not accept), the answer text, the customer's verdict and
 * satisfaction. The repository decides; its refusal is shown here and nothing is written.
 */
export function ActionDialog({ complaintId, action, onClose }: { complaintId: string; action: ComplaintAction; onClose: () => void }) {
  const t = useT();
  const { db, busy, errors, run } = useGuardedWrite();
  useReturnFocus();
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [answer, setAnswer] = useState('');
  const [accepted, setAccepted] = useState<'yes' | 'no'>('yes');
  const [satisfaction, setSatisfaction] = useState('4');
  const needsReason = action === 'reject' || action === 'reopen' || (action === 'verify' && accepted === 'no');
  const title = t(`complaints.action.${action}`);

  const confirm = async () => {
    const input: ActionInput = { comment };
    if (needsReason) input.reason = reason;
    if (action === 'answer') input.answer = answer;
    if (action === 'verify') input.verification = { accepted: accepted === 'yes', satisfaction: Number(satisfaction) };
    if (await run((ctx) => actOnComplaint(db, complaintId, action, input, ctx), t('complaints.page.done', { action: title }))) onClose();
  };
  const error = firstMessage(errors);

  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <Stack>
        {action === 'answer' && (
          <Textarea
            label={t('complaints.dialog.answer')}
            withAsterisk
            autosize
            minRows={4}
            value={answer}
            onChange={(e) => setAnswer(e.currentTarget.value)}
            data-autofocus
          />
        )}
        {action === 'verify' && (
          <>
            <LabelledSegments
              id="verify-accepted"
              label={t('complaints.dialog.accepted')}
              value={accepted}
              onChange={(v) => setAccepted(v as 'yes' | 'no')}
              data={[
                { value: 'yes', label: t('complaints.dialog.yes') },
                { value: 'no', label: t('complaints.dialog.no') },
              ]}
            />
            <LabelledSegments
              id="verify-satisfaction"
              label={t('complaints.dialog.satisfaction')}
              value={satisfaction}
              onChange={setSatisfaction}
              data={SCORES}
              data-testid="satisfaction"
            />
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
        <DialogActions error={error} busy={busy} confirmLabel={t('complaints.dialog.confirm')} onCancel={onClose} onConfirm={confirm} testId="action-confirm" />
      </Stack>
    </Modal>
  );
}
