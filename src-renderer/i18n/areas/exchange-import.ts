/** Exchange import: progress of the apply, and what a reader of a file from an unknown signer is told to do. */
export const exchangeImportZhCN = {
  'exchangeImport.applying': '正在写入（全部在一个事务中，中断则不留下任何改动）…',
  'exchangeImport.askSecurityAdmin':
    '部门通讯录由安全保密管理员维护。请把发送部门的公钥卡片交给安全保密管理员，由其电话核对指纹（{fingerprint}）并加入通讯录后，再导入本文件。未写入任何数据。',
} as const;

export const exchangeImportEnUS: Record<keyof typeof exchangeImportZhCN, string> = {
  'exchangeImport.applying': 'Writing (all in one transaction: an interruption leaves no change)…',
  'exchangeImport.askSecurityAdmin':
    'The security administrator keeps the department directory. Give them the sending department’s key card: once they have checked its fingerprint ({fingerprint}) by phone and added it, import this file again. Nothing was written.',
};
