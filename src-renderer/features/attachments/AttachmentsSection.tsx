import { Stack } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { canWriteRecord } from '../../core/accounts';
import type { AttachmentOwner } from '../../core/attachments';
import type { ClassificationLevel } from '../../core/classification';
import { attachmentCapBytes } from '../../core/output';
import { addAttachments, attachmentContent, attachmentOpensWithProgram, deleteAttachment, type AttachmentRecord } from '../../data/attachments';
import { getOutputPolicy } from '../../data/output';
import { useT } from '../../i18n/react';
import {
  AddAttachmentsModal,
  AttachmentDropZone,
  AttachmentList,
  AttachmentPreview,
  type AttachmentRow,
  type AttachmentSubmitItem,
} from '../../ui/attachments';
import { DeleteConfirm } from '../../ui/ConfirmModal';
import { useArchive } from '../../ui/hooks/use-archive';
import { notify } from '../../ui/notify';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { DownloadAttachmentModal } from './DownloadAttachmentModal';
import { OpenWithProgramConfirm } from './OpenWithProgramConfirm';

type Dialog =
  | { kind: 'add'; files: File[] }
  | { kind: 'preview'; record: AttachmentRecord; blob: Blob }
  | { kind: 'download'; record: AttachmentRecord }
  | { kind: 'openWithProgram'; record: AttachmentRecord }
  | { kind: 'delete'; record: AttachmentRecord };

export interface AttachmentsSectionProps<T extends AttachmentRecord> {
  /** The files to list (a live query's answer: undefined while it loads). */
  records: readonly T[] | undefined;
  /** Where added files go; null: this list only shows (a customer page read only, a closed record). */
  addTo: AttachmentOwner | null;
  /** The mark a new file gets unless the person chooses another: the record's. */
  defaultClassification: ClassificationLevel;
  /** What the new files are attached to, said in the add dialog (往来记录 2026年3月5日…). */
  targetLabel?: string;
  /** Which record each file belongs to, when the list mixes records (the customer's 附件 tab). */
  recordLabel?: (record: T) => string | undefined;
  /** Short lists inside a record's card: no filter or sort controls, a small drop zone. */
  compact?: boolean;
  /** Above the list (the tab's record filter). */
  controls?: ReactNode;
  testId?: string;
}

/**
 * A list of files with what can be done to them (issue 18): add (drop or choose, several at once,
 * checked before anything is stored), preview inside the app (else, in Electron, 用系统程序打开 after a
 * confirmation), download (a registered export), delete
 * (to the recycle bin). Add and delete are shown only to who may do them, by the write path's rules.
 */
export function AttachmentsSection<T extends AttachmentRecord>({
  records,
  addTo,
  defaultClassification,
  targetLabel,
  recordLabel,
  compact,
  controls,
  testId,
}: AttachmentsSectionProps<T>) {
  const t = useT();
  const actor = useActor();
  const { db, withContext } = useArchive();
  // 用系统程序打开 only where the host can (Electron) and for the types it may hand over.
  const { host } = useSession();
  const opensWithProgram = (record: AttachmentRecord) => host.capabilities.openWithProgram && attachmentOpensWithProgram(record);
  const policy = useLiveQuery(() => getOutputPolicy(db), [db]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const capBytes = policy ? attachmentCapBytes(policy) : null;
  const mayAdd = addTo !== null && canWriteRecord(actor, addTo.kind, 'update') && capBytes !== null;
  const mayDelete = canWriteRecord(actor, 'attachments', 'delete') && addTo !== null;
  const byId = new Map((records ?? []).map((r) => [r.id, r]));
  const rows: AttachmentRow[] = (records ?? []).map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    classification: r.classification,
    fileName: r.fileName,
    mimeType: r.mimeType,
    size: r.size,
    addedAt: r.addedAt,
    addedBy: r.updatedBy,
    recordLabel: recordLabel?.(r),
    opensWithProgram: opensWithProgram(r),
  }));
  const close = () => setDialog(null);

  const submit = async (items: AttachmentSubmitItem[]) => {
    await withContext((ctx) =>
      addAttachments(
        db,
        addTo!,
        items.map((item) => ({ file: item.file, fileName: item.file.name, entry: item.entry })),
        ctx,
        capBytes!,
      ),
    );
    notify('green', t('attachments.added', { count: items.length }));
    close();
  };

  const preview = async (row: AttachmentRow) => {
    const record = byId.get(row.id);
    const blob = record ? await attachmentContent(db, record) : undefined;
    if (!record || !blob) {
      notify('red', t('attachments.missing'));
      return;
    }
    setDialog({ kind: 'preview', record, blob });
  };

  return (
    <Stack gap="sm" data-testid={testId}>
      {mayAdd && <AttachmentDropZone onFiles={(files) => setDialog({ kind: 'add', files })} capBytes={capBytes ?? undefined} compact={compact} />}
      {controls}
      <AttachmentList
        rows={rows}
        hideControls={compact}
        onPreview={(row) => void preview(row)}
        onDownload={(row) => setDialog({ kind: 'download', record: byId.get(row.id)! })}
        onOpenWithProgram={(row) => setDialog({ kind: 'openWithProgram', record: byId.get(row.id)! })}
        onDelete={mayDelete ? (row) => setDialog({ kind: 'delete', record: byId.get(row.id)! }) : undefined}
      />
      {dialog?.kind === 'add' && capBytes !== null && (
        <AddAttachmentsModal
          files={dialog.files}
          defaultClassification={defaultClassification}
          capBytes={capBytes}
          targetLabel={targetLabel}
          onSubmit={submit}
          onClose={close}
        />
      )}
      {dialog?.kind === 'preview' && (
        <AttachmentPreview
          attachment={{ blob: dialog.blob, fileName: dialog.record.fileName, mimeType: dialog.record.mimeType, title: dialog.record.title }}
          onDownload={() => setDialog({ kind: 'download', record: dialog.record })}
          onClose={close}
        />
      )}
      {dialog?.kind === 'download' && <DownloadAttachmentModal attachment={dialog.record} onClose={close} />}
      {dialog?.kind === 'openWithProgram' && <OpenWithProgramConfirm attachment={dialog.record} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <DeleteConfirm title={t('attachments.deleteTitle')} remove={(ctx) => deleteAttachment(db, dialog.record.id, ctx)} onClose={close}>
          {t('common.deleteBody', { name: dialog.record.title })}
        </DeleteConfirm>
      )}
    </Stack>
  );
}
