/**
 * The audit log's action names for accounts and sign-in (AuditEntry.action). Listed once here so
 * the repository writes and the audit screen filters the same words.
 */
export const ACCOUNT_AUDIT_ACTIONS = {
  signIn: 'auth.sign-in',
  /** Wrong name or password, a locked or a disabled account (details.reason says which). */
  signInFailed: 'auth.sign-in-failed',
  /** The failure that reached the lockout threshold (written after its sign-in-failed entry). */
  lockout: 'auth.lockout',
  /** Unlocking the idle-locked screen; outcome 'failure' for a wrong password. */
  unlock: 'auth.unlock',
  signOut: 'auth.sign-out',
  /** The screen locked (idle or by hand). */
  lock: 'auth.lock',
  create: 'account.create',
  passwordChange: 'account.password-change',
  passwordReset: 'account.password-reset',
  disable: 'account.disable',
  enable: 'account.enable',
  /** An administrator cleared a lockout. */
  unlockAccount: 'account.unlock',
  roles: 'account.roles',
  policyChange: 'policy.change',
} as const;

export type AccountAuditAction = (typeof ACCOUNT_AUDIT_ACTIONS)[keyof typeof ACCOUNT_AUDIT_ACTIONS];

/**
 * The name written as the acting user of the first-run setup's entries (nobody is signed in, so
 * userId is null). Stored in Chinese, the language of the log; the audit screen may label it.
 */
export const SETUP_ACTOR_NAME = '首次设置';

/** Why a sign-in failed (details.reason of auth.sign-in-failed). */
export type SignInFailureReason = 'unknown-user' | 'wrong-password' | 'locked' | 'disabled';
