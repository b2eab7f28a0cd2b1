/**
 * An account action refused for the state of things rather than its input (accounts already set
 * up, disabling oneself, changing an administrator account's role…). `messageKey` is an i18n key;
 * nothing has been written. Input errors are ValidationError (core/validation.ts), missing
 * permissions ForbiddenError (permissions.ts).
 */
export class AccountRefusedError extends Error {
  readonly code = 'refused';
  constructor(readonly messageKey: string) {
    super(`refused: ${messageKey}`);
    this.name = 'AccountRefusedError';
  }
}
