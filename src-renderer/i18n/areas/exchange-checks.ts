/**
 * Exchange import checks of issue 14 (points 3, 4, 5, 14): forged own-origin versions, the
 * classification actually found, the signer tied to the manifest's source, replays and files
 * addressed to another department. The refusal keys follow `exchange.refused.<ImportRefusal>`.
 */
export const exchangeChecksZhCN = {
  'exchange.refused.forged-own-origin': '文件中有记录自称由本机产生，但本机从未有过这个版本（可能是伪造的），整个文件未导入：',
  'exchange.refused.classification-above-manifest': '文件清单标注的最高密级为“{declared}”，但其中有“{found}”的记录，与清单不符，整个文件未导入。',
  'exchange.refused.signer-source-mismatch':
    '文件的签名密钥在部门通讯录中属于“{directory}”（指纹 {fingerprint}），但文件自称来自“{claimed}”，两者不符，未导入。',
  'exchange.refused.other-target': '这个文件是发给“{target}”的，不是发给本部门的。请先在预览中确认后再导入。',
  'exchangeChecks.foundClassification': '最高密级（按记录核实）',
  'exchangeChecks.conflictSigner': '文件签名者：{name}（指纹 {fingerprint}）',
  'exchangeChecks.replayOlder': '这是该发送方较早导出的文件：本机已导入过它之后导出的文件。',
  'exchangeChecks.replaySame': '这个文件本机已经导入过。',
  'exchangeChecks.replayHint': '仍可导入：较新的版本不会被旧版本覆盖。如果不是有意重新导入，请向发送部门核实。',
  'exchangeChecks.otherTarget': '这个文件是发给“{target}”的，不是发给本部门的。',
  'exchangeChecks.confirmOtherTarget': '我已与发送部门核实，仍要导入这个文件',
} as const;

export const exchangeChecksEnUS: Record<keyof typeof exchangeChecksZhCN, string> = {
  'exchange.refused.forged-own-origin':
    'Records in the file claim to have been made on this PC, but this PC never had these versions (they may be forged); nothing was imported:',
  'exchange.refused.classification-above-manifest':
    'The manifest declares “{declared}” as the highest classification, but the file holds “{found}” records; nothing was imported.',
  'exchange.refused.signer-source-mismatch':
    'The file’s signing key belongs to “{directory}” (fingerprint {fingerprint}) in the directory, but the file claims to come from “{claimed}”; nothing was imported.',
  'exchange.refused.other-target': 'This file is addressed to “{target}”, not to this department. Confirm it in the preview first.',
  'exchangeChecks.foundClassification': 'Highest marking (checked in the records)',
  'exchangeChecks.conflictSigner': 'File signed by {name} (fingerprint {fingerprint})',
  'exchangeChecks.replayOlder': 'This is an older file from this sender: a file it exported later was already imported here.',
  'exchangeChecks.replaySame': 'This file was already imported here.',
  'exchangeChecks.replayHint': 'You can still import it: newer versions are never replaced by older ones. If this is not on purpose, check with the sender.',
  'exchangeChecks.otherTarget': 'This file is addressed to “{target}”, not to this department.',
  'exchangeChecks.confirmOtherTarget': 'I checked with the sending department and want to import this file anyway',
};
