/** The installation's keys at rest: the unlock dialog (once per session), the key passphrase, the reset. */
export { KeyLockProvider, useKeyRingStatus, useUnlockedInstallation } from './KeyLockProvider';
export { KeyPassphraseFields, type NewPassphrase } from './KeyPassphraseFields';
export { SetKeyPassphrasePage } from './SetKeyPassphrasePage';
export { keyPassphraseProblem } from './key-passphrase';
