import { KeyUnwrapError, MIN_KEY_PASSPHRASE_LENGTH } from '../../core/key-wrap';
import { KeyRingError } from '../../data/key-store';
import type { MessageKey } from '../../i18n';

/** The rules for a new key passphrase, as message keys (null when acceptable). */
export function keyPassphraseProblem(passphrase: string, confirmation: string): MessageKey | null {
  if ([...passphrase].length < MIN_KEY_PASSPHRASE_LENGTH) return 'keyLock.passphraseShort';
  if (passphrase !== confirmation) return 'keyLock.passphraseMismatch';
  return null;
}

/** What went wrong unlocking, sealing or resetting, as a sentence's key. */
export function keyLockErrorMessage(error: unknown): MessageKey {
  if (error instanceof KeyUnwrapError) return error.code === 'wrong-passphrase' ? 'keyLock.wrongPassphrase' : 'keyLock.damaged';
  if (error instanceof KeyRingError && error.code === 'raced') return 'keyLock.raced';
  throw error;
}
