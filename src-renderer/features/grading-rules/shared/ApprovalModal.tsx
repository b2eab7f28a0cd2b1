import { Text, Textarea } from '@mantine/core';
import { restoreDefaultConfig, saveConfig, type ConfigKind } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { useActor } from '../../../state/signed-in';
import { FormModal } from '../../../ui/FormModal';
import { notify } from '../../../ui/notify';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useRecordForm } from '../../../ui/hooks/use-record-form';

export type ApprovalRequest = { mode: 'save'; body: unknown } | { mode: 'restore' };

interface ApprovalValues extends Record<string, unknown> {
  note: string;
}

/**
 * The department head's approval of a new version: the approver is the signed-in user (issue 15.3,
 * shown, recorded by the repository), who says why. The repository validates the rules and the
 * note again; its messages land on the note or, for the rules, above the buttons.
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
  const actor = useActor();
  const { db } = useArchive();
  const restore = request.mode === 'restore';
  const { form, ...frame } = useRecordForm<ApprovalValues>({
    initialValues: { note: restore ? t('gradingRules.approval.restoreNote') : '' },
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
      <Text size="sm" fw={500} data-testid="approver">
        {t('gradingRules.approval.approver', { name: actor.name })}
      </Text>
      <Textarea
        data-autofocus
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
