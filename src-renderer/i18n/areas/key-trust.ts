/**
 * Trust in keys (issue 14, points 10 and 12): the two fingerprints compared before an unknown
 * signer is added with its key card, and what a restore replaces — another installation's backup
 * above all.
 */
export const keyTrustZhCN = {
  'keyTrust.unknownSigner': '签名者不在部门通讯录中（指纹 {fingerprint}）。须先加入其公钥卡片才能导入。',
  'keyTrust.fileSigner': '文件签名者指纹',
  'keyTrust.cardFingerprint': '卡片指纹',
  'keyTrust.comparison': '比对结果',
  'keyTrust.same': '一致',
  'keyTrust.different': '不一致',
  'keyTrust.checkByPhone': '请电话联系发送部门，请对方读出其“部门通讯录”页上的本机公钥指纹，与上面的指纹逐组核对一致后再接受。',

  'keyTrust.restore.foreignTitle': '此备份由另一台安装签名，不是本机的备份',
  'keyTrust.restore.foreignBackup': '备份来自安装编号 {id}，其签名指纹：',
  'keyTrust.restore.foreignOwn': '本机安装编号 {id}，本机签名指纹：',
  'keyTrust.restore.originUnknown': '原数据库无法打开，无法核对此备份是否由本机所做。',
  'keyTrust.restore.replaces': '确认恢复后，以下内容将换成备份中的：',
  'keyTrust.restore.identityKept': '本机的安装编号和密钥：与备份中的相同，不变',
  'keyTrust.restore.identityBackup':
    '本机的安装编号和密钥：换成备份中那台安装的（编号 {id}）。本机公钥卡片随之改变，须重新发给各部门；按本机原公钥加密的文件将无法打开',
  'keyTrust.restore.identityNew': '本机的安装编号和密钥：备份中没有，将重新生成。本机公钥卡片随之改变，须重新发给各部门',
  'keyTrust.restore.identityUnchecked': '本机的安装编号和密钥：采用备份中的（编号 {id}）。若这不是本机的备份，本机公钥卡片随之改变，须重新发给各部门',
  'keyTrust.restore.directory': '部门通讯录（信任哪些签名者）：当前 {current} 个部门，换成备份中的 {backup} 条',
  'keyTrust.restore.directoryUnknown': '部门通讯录（信任哪些签名者）：换成备份中的 {backup} 条',
  'keyTrust.restore.records': '全部档案记录（客户、部门信息等）：换成备份中的 {records} 条记录和 {changes} 条修改记录',
  'keyTrust.restore.local': '待处理冲突和输出登记簿：换成备份中的 {conflicts} 条冲突和 {printLog} 条登记',
  'keyTrust.restore.security': '密码与会话策略：当前「{current}」，换成备份中的「{backup}」',
  'keyTrust.restore.securityValues': '密码与会话策略：当前「{current}」，换成备份中设置值不同的「{backup}」',
  'keyTrust.restore.securitySame': '密码与会话策略：与备份中的相同（「{current}」），不变',
  'keyTrust.restore.securityUnknown': '密码与会话策略：换成备份中的「{backup}」',
  'keyTrust.restore.output': '输出策略：换成备份中的，{changes}',
  'keyTrust.restore.outputChange': '{role}{list}由{from}改为{to}',
  'keyTrust.restore.outputSame': '输出策略：与备份中的相同，不变',
  'keyTrust.restore.outputUnknown': '输出策略：换成备份中的',
  'keyTrust.restore.foreignAdvice':
    '只有在本机接替那台安装（例如那台电脑已损坏或停用）时才应恢复；若那台安装仍在使用，两台电脑将以同一身份签名，请先与其管理员确认。',
  'keyTrust.restore.confirmForeign': '用另一台安装的备份替换本机数据和身份',
} as const;

export const keyTrustEnUS: Record<keyof typeof keyTrustZhCN, string> = {
  'keyTrust.unknownSigner': 'The signer is not in the department directory (fingerprint {fingerprint}). Add its key card before importing.',
  'keyTrust.fileSigner': 'File signer fingerprint',
  'keyTrust.cardFingerprint': 'Card fingerprint',
  'keyTrust.comparison': 'Comparison',
  'keyTrust.same': 'Same',
  'keyTrust.different': 'Different',
  'keyTrust.checkByPhone':
    'Call the sending department, ask them to read the fingerprint of this PC shown on their Directory tab, and check it group by group against the one above before accepting.',

  'keyTrust.restore.foreignTitle': 'This backup was signed by another installation, not by this PC',
  'keyTrust.restore.foreignBackup': 'The backup comes from installation {id}, signature fingerprint:',
  'keyTrust.restore.foreignOwn': 'This PC is installation {id}, signature fingerprint:',
  'keyTrust.restore.originUnknown': 'The previous database cannot be opened, so whether this PC made the backup cannot be checked.',
  'keyTrust.restore.replaces': 'Once you confirm, these are replaced by the backup’s:',
  'keyTrust.restore.identityKept': 'This PC’s installation id and keys: the same as in the backup, unchanged',
  'keyTrust.restore.identityBackup':
    'This PC’s installation id and keys: replaced by that installation’s (id {id}). Its key card changes and must be sent to every department again; files locked for this PC’s current key will no longer open',
  'keyTrust.restore.identityNew':
    'This PC’s installation id and keys: not in the backup, new ones are made. Its key card changes and must be sent to every department again',
  'keyTrust.restore.identityUnchecked':
    'This PC’s installation id and keys: the backup’s (id {id}). If this is not this PC’s backup, its key card changes and must be sent to every department again',
  'keyTrust.restore.directory': 'The department directory (whose signatures are trusted): {current} departments now, replaced by the backup’s {backup} entries',
  'keyTrust.restore.directoryUnknown': 'The department directory (whose signatures are trusted): replaced by the backup’s {backup} entries',
  'keyTrust.restore.records': 'Every archive record (customers, department profile…): replaced by the backup’s {records} records and {changes} change entries',
  'keyTrust.restore.local': 'Open conflicts and the output register: replaced by the backup’s {conflicts} conflicts and {printLog} register lines',
  'keyTrust.restore.security': 'Password and session policy: “{current}” now, replaced by the backup’s “{backup}”',
  'keyTrust.restore.securityValues': 'Password and session policy: “{current}” now, replaced by the backup’s “{backup}” with other values',
  'keyTrust.restore.securitySame': 'Password and session policy: the same as the backup’s (“{current}”), unchanged',
  'keyTrust.restore.securityUnknown': 'Password and session policy: replaced by the backup’s “{backup}”',
  'keyTrust.restore.output': 'Output policy: replaced by the backup’s — {changes}',
  'keyTrust.restore.outputChange': '{role} {list}: {from} → {to}',
  'keyTrust.restore.outputSame': 'Output policy: the same as the backup’s, unchanged',
  'keyTrust.restore.outputUnknown': 'Output policy: replaced by the backup’s',
  'keyTrust.restore.foreignAdvice':
    'Restore only if this PC takes over from that installation (say its computer broke or was retired); if it is still in use, two PCs would sign as one — check with its administrator first.',
  'keyTrust.restore.confirmForeign': 'Replace this PC’s data and identity with another installation’s backup',
};
