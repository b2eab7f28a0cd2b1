/** Exchange import: adding an unknown signer to the department directory with its key card. */
export const exchangeSignerCardZhCN = {
  'exchangeSignerCard.intro': '也可以同时把该部门加入部门通讯录：交换文件里没有加密所需的公钥，请选择对方的公钥卡片（卡片的签名公钥必须与本文件的签名者一致）。',
  'exchangeSignerCard.choose': '选择对方的公钥卡片…',
  'exchangeSignerCard.mismatch': '这张公钥卡片不是本文件签名者的，未加入通讯录。请向文件的发送部门索取它自己的公钥卡片。',
  'exchangeSignerCard.fingerprints': '卡片指纹 {card}，文件签名者指纹 {file}',
  'exchangeSignerCard.notAdded': '未加入通讯录',
  'exchangeSignerCard.willAdd': '将把“{name}”加入部门通讯录，并接受该签名者继续导入。',
  'exchangeSignerCard.willUpdate': '将更新通讯录中的“{name}”（换用这张卡片的公钥），并接受该签名者继续导入。',
  'exchangeSignerCard.acceptAndAdd': '接受并加入通讯录',
} as const;

export const exchangeSignerCardEnUS: Record<keyof typeof exchangeSignerCardZhCN, string> = {
  'exchangeSignerCard.intro': 'You can also add this department to the directory: an exchange file holds no encryption key, so choose its key card (the card’s signing key must be the one that signed this file).',
  'exchangeSignerCard.choose': 'Choose its key card…',
  'exchangeSignerCard.mismatch': 'This key card is not the file signer’s; nothing was added. Ask the sending department for its own key card.',
  'exchangeSignerCard.fingerprints': 'Card fingerprint {card}, file signer fingerprint {file}',
  'exchangeSignerCard.notAdded': 'Not added to the directory',
  'exchangeSignerCard.willAdd': '“{name}” will be added to the directory and the signer accepted for this import.',
  'exchangeSignerCard.willUpdate': '“{name}” in the directory will be updated with this card’s keys and the signer accepted for this import.',
  'exchangeSignerCard.acceptAndAdd': 'Accept and add to the directory',
};
