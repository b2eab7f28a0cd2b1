/**
 * Department exchange (数据交换): what an import found per record, and why a card, an export or an
 * import was refused. Codes come from core/exchange (card problems, merge outcomes) and
 * data/exchange (import refusals, export errors); file problems use `archiveError.*`.
 */
export const exchangeZhCN = {
  'exchange.outcome.new': '新增',
  'exchange.outcome.updated': '更新',
  'exchange.outcome.unchanged': '无变化',
  'exchange.outcome.older': '本地较新（保留本地）',
  'exchange.outcome.conflict': '冲突',

  'exchange.card.not-json': '这不是公钥卡文件：内容无法读取。请让对方重新导出“本部门公钥卡”。',
  'exchange.card.not-a-card': '这不是本系统的公钥卡文件。',
  'exchange.card.bad-field': '公钥卡内容不完整或格式不对，未添加。',
  'exchange.card.bad-signature': '公钥卡的签名不符：文件在传递途中被改动过，未添加。请向对方核实。',

  'exchange.refused.not-an-exchange-file': '这是整库备份文件，不是交换文件。请在“设置 → 备份与恢复”中恢复。',
  'exchange.refused.invalid-records': '文件中有不合格的记录，整个文件未导入。前几处问题：',
  'exchange.refused.missing-customer': '文件中有记录所属的客户既不在本库也不在文件中，整个文件未导入：',
  'exchange.refused.clock-drift': '文件中记录的时间比本机时钟晚一天以上，可能是导出方电脑时钟有误，未导入。',
  'exchange.refused.own-file': '这是本机自己导出的文件，无需导入。',
  'exchange.unknownSigner': '签名者不在部门通讯录中（指纹 {fingerprint}）。请电话核对指纹后再决定是否接受。',

  'exchange.export.no-recipient': '请至少选择一个接收部门。',
  'exchange.export.unknown-department': '所选部门已不在部门通讯录中。',
  'exchange.export.empty-selection': '请至少选择一个客户。',

  'exchange.conflict.open': '待处理',
  'exchange.conflict.kept-winner': '已保留现有版本',
  'exchange.conflict.took-loser': '已改用另一版本',
} as const;

export const exchangeEnUS: Record<keyof typeof exchangeZhCN, string> = {
  'exchange.outcome.new': 'New',
  'exchange.outcome.updated': 'Updated',
  'exchange.outcome.unchanged': 'Unchanged',
  'exchange.outcome.older': 'Local is newer (kept)',
  'exchange.outcome.conflict': 'Conflict',

  'exchange.card.not-json': 'This is not a key card: its content cannot be read. Ask the other department to export its key card again.',
  'exchange.card.not-a-card': 'This is not a key card of this application.',
  'exchange.card.bad-field': 'The key card is incomplete or malformed; nothing was added.',
  'exchange.card.bad-signature': 'The key card signature does not match: the file was changed on the way; nothing was added. Check with the other department.',

  'exchange.refused.not-an-exchange-file': 'This is a whole-database backup, not an exchange file. Restore it under Settings → Backup and restore.',
  'exchange.refused.invalid-records': 'The file holds invalid records; nothing was imported. First problems:',
  'exchange.refused.missing-customer': 'Records in the file belong to customers that are neither here nor in the file; nothing was imported:',
  'exchange.refused.clock-drift': "Records in the file are more than a day ahead of this PC's clock (the exporting PC's clock may be wrong); nothing was imported.",
  'exchange.refused.own-file': 'This file was exported by this installation; there is nothing to import.',
  'exchange.unknownSigner': 'The signer is not in the department directory (fingerprint {fingerprint}). Check the fingerprint by phone before accepting.',

  'exchange.export.no-recipient': 'Choose at least one recipient department.',
  'exchange.export.unknown-department': 'The chosen department is no longer in the directory.',
  'exchange.export.empty-selection': 'Choose at least one customer.',

  'exchange.conflict.open': 'Open',
  'exchange.conflict.kept-winner': 'Kept the current version',
  'exchange.conflict.took-loser': 'Took the other version',
};
