/** Exchange import: progress of the apply, adding an unknown signer to the department directory with its key card (the only way past it). */
export const exchangeImportZhCN = {
  'exchangeImport.intro': '请向发送部门索取它的公钥卡片并在此选择（卡片的签名公钥必须与本文件的签名者一致），电话核对指纹后加入部门通讯录，再继续导入。',
  'exchangeImport.choose': '选择对方的公钥卡片…',
  'exchangeImport.mismatch': '这张公钥卡片不是本文件签名者的，未加入通讯录。请向文件的发送部门索取它自己的公钥卡片。',
  'exchangeImport.fingerprints': '卡片指纹 {card}，文件签名者指纹 {file}',
  'exchangeImport.notAdded': '未加入通讯录',
  'exchangeImport.willAdd': '将把“{name}”加入部门通讯录，并接受该签名者继续导入。',
  'exchangeImport.willUpdate': '将更新通讯录中的“{name}”（换用这张卡片的公钥），并接受该签名者继续导入。',
  'exchangeImport.acceptAndAdd': '接受并加入通讯录',
  'exchangeImport.applying': '正在写入（全部在一个事务中，中断则不留下任何改动）…',
  'exchangeImport.askSecurityAdmin':
    '部门通讯录由安全保密管理员维护。请把发送部门的公钥卡片交给安全保密管理员，由其电话核对指纹（{fingerprint}）并加入通讯录后，再导入本文件。未写入任何数据。',
} as const;

export const exchangeImportEnUS: Record<keyof typeof exchangeImportZhCN, string> = {
  'exchangeImport.intro':
    'Ask the sending department for its key card and choose it here (its signing key must be the one that signed this file); check the fingerprint by phone, add it to the directory, then the import goes on.',
  'exchangeImport.choose': 'Choose its key card…',
  'exchangeImport.mismatch': 'This key card is not the file signer’s; nothing was added. Ask the sending department for its own key card.',
  'exchangeImport.fingerprints': 'Card fingerprint {card}, file signer fingerprint {file}',
  'exchangeImport.notAdded': 'Not added to the directory',
  'exchangeImport.willAdd': '“{name}” will be added to the directory and the signer accepted for this import.',
  'exchangeImport.willUpdate': '“{name}” in the directory will be updated with this card’s keys and the signer accepted for this import.',
  'exchangeImport.acceptAndAdd': 'Accept and add to the directory',
  'exchangeImport.applying': 'Writing (all in one transaction: an interruption leaves no change)…',
  'exchangeImport.askSecurityAdmin':
    'The security administrator keeps the department directory. Give them the sending department’s key card: once they have checked its fingerprint ({fingerprint}) by phone and added it, import this file again. Nothing was written.',
};
