/** Attachments (issue 18): the kinds of file, and what is refused when a file is added or received. */
export const attachmentsZhCN = {
  'attachments.kind.agreement': '合同/协议',
  'attachments.kind.minutes': '纪要',
  'attachments.kind.letter': '来函',
  'attachments.kind.report': '报告',
  'attachments.kind.photo': '照片',
  'attachments.kind.other': '其他',
  'validation.attachments.empty': '文件是空的（0 字节），未添加',
  'validation.attachments.tooLarge': '文件超过单个附件的大小上限，未添加',
  'validation.attachments.typeMismatch': '文件内容与扩展名不符（例如改了扩展名的文件），未添加',
  'validation.attachments.program': '不能添加程序或脚本文件',
  'validation.attachments.pathChars': '文件名不能含有路径字符（/ \\ : * ? " < > |）',
} as const;

export const attachmentsEnUS: Record<keyof typeof attachmentsZhCN, string> = {
  'attachments.kind.agreement': 'Contract/agreement',
  'attachments.kind.minutes': 'Minutes',
  'attachments.kind.letter': 'Letter',
  'attachments.kind.report': 'Report',
  'attachments.kind.photo': 'Photo',
  'attachments.kind.other': 'Other',
  'validation.attachments.empty': 'The file is empty (0 bytes) and was not added',
  'validation.attachments.tooLarge': 'The file is larger than the cap for one attachment and was not added',
  'validation.attachments.typeMismatch': 'The file’s content does not match its extension (for example a renamed file); it was not added',
  'validation.attachments.program': 'Programs and scripts cannot be attached',
  'validation.attachments.pathChars': 'A file name cannot contain path characters (/ \\ : * ? " < > |)',
} as const;
