/**
 * Exchange import: how the chosen file is locked (its header says it, nothing is asked that it does
 * not need), what a file's problem means to the person importing it (features/exchange/messages.ts
 * importErrorMessage: what the file is not or what happened, and what to do), progress of the apply,
 * and what a reader of a file from an unknown signer is told to do.
 */
export const exchangeImportZhCN = {
  'exchangeImport.chosenFile': '所选文件：{name}',
  'exchangeImport.lockedWithPassphrase': '这个交换文件用交换口令加密。请输入发送部门另行告知的交换口令。',
  'exchangeImport.lockedForUs': '这个交换文件是加密给本部门的，用本机密钥打开，无需输入交换口令。',
  'exchangeImport.error.empty': '这个文件是空的，不是交换文件。请向发送部门确认文件。',
  'exchangeImport.error.notExchangeFile': '这不是本系统的交换文件（也可能已损坏）。请向发送部门确认文件。',
  'exchangeImport.error.damaged': '文件不完整或已被改动，不能导入。请让发送部门重新导出。',
  'exchangeImport.error.attachmentAltered': '文件中附件“{name}”的内容与其校验值不符，已被改动，不能导入，未写入任何数据。请让发送部门重新导出。',
  'exchangeImport.error.attachmentMissing': '文件缺少附件“{name}”的内容（不完整或已被改动），不能导入，未写入任何数据。请让发送部门重新导出。',
  'exchangeImport.error.wrongPassphrase': '交换口令不对，打不开这个文件。请向发送部门核对交换口令（区分大小写）后重新输入。',
  'exchangeImport.error.otherDepartment':
    '这个文件是加密给其他部门的，本部门打不开。请发送部门重新导出：加密方式选“接收部门公钥”并选上本部门，或改用交换口令。',
  'exchangeImport.applying': '正在写入（全部在一个事务中，中断则不留下任何改动）…',
  'exchangeImport.askSecurityAdmin':
    '部门通讯录由安全保密管理员维护。请把发送部门的公钥卡片交给安全保密管理员，由其电话核对指纹（{fingerprint}）并加入通讯录后，再导入本文件。未写入任何数据。',
  'exchangeImport.attachments.summary': '附件：{count} 个，随文件带来的内容共 {size}（读取时已逐个核对校验值）',
  'exchangeImport.attachments.customer': '客户',
  'exchangeImport.attachments.title': '标题',
  'exchangeImport.attachments.fileName': '文件名',
  'exchangeImport.attachments.size': '大小',
  'exchangeImport.attachments.more': '另有 {count} 个附件未逐一列出',
} as const;

export const exchangeImportEnUS: Record<keyof typeof exchangeImportZhCN, string> = {
  'exchangeImport.chosenFile': 'Chosen file: {name}',
  'exchangeImport.lockedWithPassphrase':
    'This exchange file is locked with an exchange passphrase. Enter the passphrase the sending department gave you separately.',
  'exchangeImport.lockedForUs': 'This exchange file is locked for this department: this PC’s key opens it, no exchange passphrase is needed.',
  'exchangeImport.error.empty': 'This file is empty: it is not an exchange file. Check the file with the sending department.',
  'exchangeImport.error.notExchangeFile': 'This is not an exchange file of this system (or it is damaged). Check the file with the sending department.',
  'exchangeImport.error.damaged': 'The file is incomplete or has been altered and cannot be imported. Ask the sending department to export it again.',
  'exchangeImport.error.attachmentAltered':
    'The content of the attachment “{name}” in the file does not match its checksum: it was altered. Nothing was imported. Ask the sending department to export it again.',
  'exchangeImport.error.attachmentMissing':
    'The file lacks the content of the attachment “{name}” (incomplete or altered). Nothing was imported. Ask the sending department to export it again.',
  'exchangeImport.error.wrongPassphrase':
    'Wrong exchange passphrase: the file does not open. Check the passphrase with the sending department (it is case-sensitive) and enter it again.',
  'exchangeImport.error.otherDepartment':
    'This file is locked for another department: this department cannot open it. Ask the sending department to export it again, locked with “Receiving departments’ keys” including this department, or with an exchange passphrase.',
  'exchangeImport.applying': 'Writing (all in one transaction: an interruption leaves no change)…',
  'exchangeImport.askSecurityAdmin':
    'The security administrator keeps the department directory. Give them the sending department’s key card: once they have checked its fingerprint ({fingerprint}) by phone and added it, import this file again. Nothing was written.',
  'exchangeImport.attachments.summary': 'Attachments: {count}; the file carries {size} of content (each checked against its checksum while reading)',
  'exchangeImport.attachments.customer': 'Customer',
  'exchangeImport.attachments.title': 'Title',
  'exchangeImport.attachments.fileName': 'File name',
  'exchangeImport.attachments.size': 'Size',
  'exchangeImport.attachments.more': '{count} more attachments not listed',
};
