import { Text, Textarea, TextInput } from '@mantine/core';
import { restoreDefaultConfig, saveConfig, type ConfigKind } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { FormModal } from '../../../ui/FormModal';
import { notify } from '../../../ui/notify';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useRecordForm } from '../../../ui/hooks/use-record-form';

export type ApprovalRequest = { mode: 'save'; body: unknown } | { mode: 'restore' };

interface ApprovalValues extends Record<string, unknown> {
  approvedBy: string;
  note: string;
}

/**
 * The department head's approval of a new version: who approves (typed, there are no user accounts
 * yet) and why. The repository validates the rules and the approval again; its messages land on
 * these two fields or, for the rules, above the buttons.
 */
export function ApprovalModal({
  kind,
  request,
  nextVersion,
  onClose,
}: {
  kind: ConfigKind;
  request: ApprovalRequest;
  nextVersion: number;
  onClose: () => void;
}) {
  const t = useT();
  const { db } = useArchive();
  const restore = request.mode === 'restore';
  const { form, ...frame } = useRecordForm<ApprovalValues>({
    initialValues: { approvedBy: '', note: restore ? t('gradingRules.approval.restoreNote') : '' },
    save: async (approval, ctx) => {
      const record = request.mode === 'restore' ? await restoreDefaultConfig(db, kind, approval, ctx) : await saveConfig(db, kind, request.body, approval, ctx);
      notify('green', t(restore ? 'gradingRules.restored' : 'gradingRules.saved', { version: record.version }));
    },
    onSaved: onClose,
    savedMessage: null,
  });
  return (
    <FormModal
      {...frame}
      title={t(restore ? 'gradingRules.approval.restoreTitle' : 'gradingRules.approval.saveTitle', { version: nextVersion })}
      onClose={onClose}
      submitLabel={t(restore ? 'gradingRules.approval.restore' : 'gradingRules.approval.save')}
      size="md"
    >
      <Text size="sm">{t(restore ? `gradingRules.approval.restoreIntro.${kind}` : 'gradingRules.approval.saveIntro', { version: nextVersion })}</Text>
      <TextInput
        required
        data-autofocus
        label={t('gradingRules.approval.approvedBy')}
        description={t('gradingRules.approval.approvedByHint')}
        {...form.getInputProps('approvedBy')}
      />
      <Textarea
        label={t('gradingRules.approval.note')}
        placeholder={t('gradingRules.approval.notePlaceholder')}
        autosize
        minRows={2}
        maxRows={6}
        {...form.getInputProps('note')}
      />
    </FormModal>
  );
}
