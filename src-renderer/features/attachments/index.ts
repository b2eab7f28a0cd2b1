/** Attachments (issue 18): the customer page's 附件 tab and the files panel of a record. */
export { CustomerAttachmentsTab } from './CustomerAttachmentsTab';
export { RecordAttachments } from './RecordAttachments';
export { RecordFilesButton } from './RecordFilesButton';
