/** What the attachment store refuses (data/attachments), beside the file checks of attachments.ts. */
export const attachmentsMessagesZhCN = {
  'validation.attachments.capRange': '单个附件大小上限须为 1 至 2048 之间的整数（MB）',
  'validation.attachments.ownerGone': '要添加附件的记录不存在或已删除',
  'validation.attachments.noZeroing': '只有质量问题投诉有归零项，不能向此投诉的归零项添加附件',
  'validation.attachments.noFiles': '请至少选择一个文件',
  'validation.attachments.tooMany': '一次最多添加 100 个文件',
  'validation.attachments.changed': '文件在检查之后被改动或无法读取，未添加。请重新选择文件。',
} as const;

export const attachmentsMessagesEnUS: Record<keyof typeof attachmentsMessagesZhCN, string> = {
  'validation.attachments.capRange': 'The cap on one attachment must be a whole number of MB between 1 and 2048',
  'validation.attachments.ownerGone': 'The record to attach to does not exist or has been deleted',
  'validation.attachments.noZeroing': 'Only quality complaints have zeroing items; files cannot be attached to a zeroing item of this complaint',
  'validation.attachments.noFiles': 'Choose at least one file',
  'validation.attachments.tooMany': 'At most 100 files can be added at once',
  'validation.attachments.changed': 'The file changed or could not be read after it was checked and was not added. Choose the file again.',
} as const;
