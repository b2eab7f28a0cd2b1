import { Modal } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import type { AttachmentOwner } from '../../core/attachments';
import type { ClassificationLevel } from '../../core/classification';
import { useT } from '../../i18n/react';
import { IconAction } from '../../ui/RowActions';
import { RecordAttachments } from './RecordAttachments';

/** A table row's 附件 button: the record's files in a dialog (an interaction's minutes, a requirement's letter). */
export function RecordFilesButton({
  owner,
  name,
  defaultClassification,
  readOnly,
}: {
  owner: AttachmentOwner;
  /** The row as its buttons name it (2026年3月5日 走访). */
  name: string;
  defaultClassification: ClassificationLevel;
  readOnly: boolean;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <IconAction label={t('attachments.of', { name })} icon={<IconPaperclip size={18} />} onClick={() => setOpen(true)} />
      {open && (
        <Modal opened onClose={() => setOpen(false)} title={t('attachments.of', { name })} size="70rem">
          <RecordAttachments owner={owner} defaultClassification={defaultClassification} targetLabel={name} readOnly={readOnly} testId="record-files" />
        </Modal>
      )}
    </>
  );
}
