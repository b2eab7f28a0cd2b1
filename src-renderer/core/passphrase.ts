/** The rules for a backup passphrase, as i18n keys (null when acceptable). */
export const MIN_PASSPHRASE_LENGTH = 10;

export function passphraseProblem(passphrase: string, confirmation: string): 'passphrase.short' | 'passphrase.mismatch' | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'passphrase.short';
  if (passphrase !== confirmation) return 'passphrase.mismatch';
  return null;
}
