/** Attachments (issue 18): files kept with customers, interactions, requirements, complaints and zeroing items. */
export { attachmentTables, type AttachmentBlobRow, type AttachmentRecord } from './tables';
export { addAttachments, deleteAttachment, restoreAttachment, updateAttachment, MAX_FILES_PER_ADD, type NewAttachment } from './store';
export { attachmentContent, attachmentDiskUse, attachmentsOf, attachmentsOfComplaint, attachmentsOfCustomer, type AttachmentDiskUse } from './reads';
export { hashBlob, hashBlobs } from './hash';
export { searchAttachments, type AttachmentHit } from './search';
export { attachmentSaveName, exportAttachment } from './export';
export { complaintPlace, placedAttachmentsOfCustomer, type AttachmentPlace, type PlacedAttachment } from './places';
export { attachmentOpensWithProgram, openAttachmentWithProgram } from './open-with-program';
