import { Group, Modal, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { markFor } from '../../core/classification';
import { exportAttachment, type AttachmentRecord } from '../../data/attachments';
import { getOutputPolicy } from '../../data/output';
import { useT } from '../../i18n/react';
import { ClassificationBadge } from '../../ui/ClassificationBadge';
import { policyRefusal } from '../../ui/output-policy';
import { FileOutputFields } from '../../ui/FileOutputFields';
import { useFileOutput } from '../../ui/use-file-output';
import { useReturnFocus } from '../../ui/use-return-focus';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';

/**
 * 下载附件: the file leaves the app, so it is an export (issue 15.6): the 用途 is asked, the output
 * policy judges the file's mark, the save gets a 份号 in the output register and an audit entry.
 */
export function DownloadAttachmentModal({ attachment, onClose }: { attachment: AttachmentRecord; onClose: () => void }) {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  useReturnFocus();
  const output = useFileOutput('attachments.download.failed', onClose);
  const { busy, run } = output;
  const policy = useLiveQuery(() => getOutputPolicy(session.db), [session.db]);
  const mark = markFor(attachment.classification);
  const refusal = policy ? policyRefusal(policy, actor.roles, 'attachment', mark.level) : null;

  const start = () =>
    run((purpose) =>
      exportAttachment(session.db, { actor, origin: session.installation.installationId, now: new Date() }, attachment, purpose, (file) =>
        session.host.saveFile({ suggestedName: file.suggestedName, bytes: file.bytes }),
      ),
    );

  return (
    <Modal opened onClose={onClose} title={t('attachments.download.title', { title: attachment.title })} closeOnClickOutside={!busy} size="lg">
      <Stack>
        <Group gap="sm">
          <Text size="sm">{t('attachments.download.mark')}</Text>
          <ClassificationBadge mark={mark} />
          <Text size="sm">{attachment.fileName}</Text>
        </Group>
        <FileOutputFields
          output={output}
          refusal={refusal}
          startLabel={t('attachments.download.start')}
          startDisabled={policy === undefined}
          onStart={() => void start()}
          onCancel={onClose}
          testIds={{ purpose: 'attachment-download-purpose', start: 'attachment-download-start' }}
        />
      </Stack>
    </Modal>
  );
}
