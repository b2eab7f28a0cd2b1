/** The rules for a backup passphrase, as i18n keys (null when acceptable). */
export const MIN_PASSPHRASE_LENGTH = 10;

export function passphraseProblem(passphrase: string, confirmation: string): 'backup.passphraseShort' | 'backup.passphraseMismatch' | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'backup.passphraseShort';
  if (passphrase !== confirmation) return 'backup.passphraseMismatch';
  return null;
}
