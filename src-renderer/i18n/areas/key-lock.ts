/** The installation's keys at rest (issue 14.6): the key passphrase, unlocking once per session, resetting. */
export const keyLockZhCN = {
  'keyLock.passphrase': '密钥口令',
  'keyLock.passphraseConfirm': '再次输入密钥口令',
  'keyLock.passphraseHint': '本机密钥（用于导出签名、打开发给本部门的交换文件和定时备份）用此口令加密保存。至少 10 个字符；每次启动后首次使用密钥时输入一次。',
  'keyLock.passphraseShort': '密钥口令至少 10 个字符',
  'keyLock.passphraseMismatch': '两次输入的密钥口令不一致',
  'keyLock.setupNote': '浏览器版没有操作系统的密钥保管功能，本机密钥改用密钥口令加密保存。',
  'keyLock.upgradeTitle': '设置密钥口令',
  'keyLock.upgradeIntro':
    '本机密钥目前以明文保存在数据库中（由旧版本创建，或刚从备份恢复）。请设置密钥口令，密钥将被加密保存，明文副本同时删除。业务数据不受影响。',
  'keyLock.upgradeSubmit': '加密保存密钥',
  'keyLock.unlockTitle': '解锁本机密钥',
  'keyLock.unlockIntro': '此操作需要使用本机密钥。请输入密钥口令；本次运行期间只需输入一次。',
  'keyLock.unlockSubmit': '解锁',
  'keyLock.unlocking': '正在解锁…',
  'keyLock.wrongPassphrase': '密钥口令不正确，密钥仍未解锁',
  'keyLock.damaged': '保存的密钥已损坏，无法解锁；可从备份恢复或重置密钥',
  'keyLock.unreadableIntro':
    '本机保存的密钥是在另一台计算机或另一个系统账户下加密的，在这里无法打开。可在“系统设置 → 备份与恢复”中恢复备份以找回密钥，或重置密钥。',
  'keyLock.forgot': '忘记密钥口令？',
  'keyLock.resetTitle': '重置本机密钥',
  'keyLock.resetExplain':
    '重置将为本机生成一套新密钥。客户档案等业务数据没有用密钥加密，不会丢失，也不受影响。但旧密钥将被永久删除：用旧密钥加密的定时备份和尚未导入的交换文件，只能用先前导出的“恢复密钥”文件打开；其他部门必须重新导入本机的新公钥卡片，才会接受本机今后导出的文件。若有用备份口令加密的手动备份，也可以改为在“系统设置 → 备份与恢复”中恢复该备份，找回旧密钥。',
  'keyLock.resetConfirm': '我已了解：旧密钥将被删除，需要向其他部门重新发送公钥卡片',
  'keyLock.resetSubmit': '重置密钥',
  'keyLock.resetDone': '已生成新密钥。请在“数据交换 → 部门通讯录”导出新的公钥卡片发给其他部门，并重新导出恢复密钥。',
  'keyLock.backToUnlock': '返回输入口令',
  'keyLock.raced': '另一个窗口已修改本机密钥，请重新载入页面',
  'keyLock.backupDueLocked': '定时备份已到期。备份包含本机密钥并须签名，请输入一次密钥口令后开始备份。',
} as const;

export const keyLockEnUS: Record<keyof typeof keyLockZhCN, string> = {
  'keyLock.passphrase': 'Key passphrase',
  'keyLock.passphraseConfirm': 'Repeat the key passphrase',
  'keyLock.passphraseHint':
    'This installation’s keys (they sign exports and open exchange files and scheduled backups for this department) are stored encrypted with this passphrase. At least 10 characters; asked once after each start, when a key is first needed.',
  'keyLock.passphraseShort': 'The key passphrase needs at least 10 characters',
  'keyLock.passphraseMismatch': 'The key passphrases differ',
  'keyLock.setupNote': 'The browser has no OS key store: this installation’s keys are stored encrypted with a key passphrase instead.',
  'keyLock.upgradeTitle': 'Set the key passphrase',
  'keyLock.upgradeIntro':
    'This installation’s keys are stored in clear in the database (made by an older version, or just restored from a backup). Set a key passphrase: the keys are stored encrypted and the clear copy is deleted. Your records are not affected.',
  'keyLock.upgradeSubmit': 'Encrypt the keys',
  'keyLock.unlockTitle': 'Unlock this installation’s keys',
  'keyLock.unlockIntro': 'This needs the installation’s keys. Enter the key passphrase; it is asked once while the app runs.',
  'keyLock.unlockSubmit': 'Unlock',
  'keyLock.unlocking': 'Unlocking…',
  'keyLock.wrongPassphrase': 'Wrong key passphrase; the keys stay locked',
  'keyLock.damaged': 'The stored keys are damaged and cannot be unlocked; restore a backup or reset the keys',
  'keyLock.unreadableIntro':
    'The keys stored here were encrypted on another computer or system account and cannot be opened here. Restore a backup in Settings → Backup and restore to get them back, or reset the keys.',
  'keyLock.forgot': 'Forgot the key passphrase?',
  'keyLock.resetTitle': 'Reset this installation’s keys',
  'keyLock.resetExplain':
    'A reset makes new keys for this installation. Your records are not encrypted with the keys: none is lost or changed. The old keys are deleted for good: scheduled backups and not yet imported exchange files locked for them open only with the recovery key file exported earlier; other departments must import this installation’s new key card before they accept its exports. If you have a manual backup locked with a backup passphrase, you may instead restore it in Settings → Backup and restore to get the old keys back.',
  'keyLock.resetConfirm': 'I understand: the old keys are deleted and other departments need the new key card',
  'keyLock.resetSubmit': 'Reset the keys',
  'keyLock.resetDone': 'New keys made. Export the new key card (Exchange → Directory tab) for the other departments, and export the recovery key again.',
  'keyLock.backToUnlock': 'Back to the passphrase',
  'keyLock.raced': 'Another window changed this installation’s keys: reload the page',
  'keyLock.backupDueLocked': 'A scheduled backup is due. A backup carries this installation’s keys and is signed: enter the key passphrase once to start it.',
};
