import { useLiveQuery } from 'dexie-react-hooks';
import type { AttachmentOwner } from '../../core/attachments';
import type { ClassificationLevel } from '../../core/classification';
import { attachmentsOf } from '../../data/attachments';
import { useArchive } from '../../ui/hooks/use-archive';
import { AttachmentsSection } from './AttachmentsSection';

/**
 * The files of one record — an interaction, a requirement, a complaint or one zeroing item — where
 * the record is shown. `readOnly`: listed, previewed and downloaded, nothing added or deleted.
 */
export function RecordAttachments({
  owner,
  defaultClassification,
  targetLabel,
  readOnly = false,
  testId,
}: {
  owner: AttachmentOwner;
  defaultClassification: ClassificationLevel;
  targetLabel?: string;
  readOnly?: boolean;
  testId?: string;
}) {
  const { db } = useArchive();
  const { kind, id, zeroingItem } = owner;
  const records = useLiveQuery(() => attachmentsOf(db, { kind, id, zeroingItem }), [db, kind, id, zeroingItem]);
  return (
    <AttachmentsSection
      records={records}
      addTo={readOnly ? null : owner}
      defaultClassification={defaultClassification}
      targetLabel={targetLabel}
      compact
      testId={testId}
    />
  );
}
