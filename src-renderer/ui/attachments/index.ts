export { AddAttachmentsModal, type AddAttachmentsModalProps, type AttachmentDraft, type AttachmentSubmitItem } from './AddAttachmentsModal';
export { AttachmentDropZone, type AttachmentDropZoneProps } from './AttachmentDropZone';
export { AttachmentList, type AttachmentKindFilter, type AttachmentListProps, type AttachmentRow, type AttachmentSort } from './AttachmentList';
export { AttachmentPreview, TEXT_PREVIEW_BYTES, type AttachmentPreviewProps, type PreviewedAttachment } from './AttachmentPreview';
export { checkAttachmentFile, defaultTitle, formatFileSize, type FileCheck } from './file-checks';
export { attachmentPlaceLabel } from './place-label';
