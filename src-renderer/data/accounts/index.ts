/**
 * The accounts repository (issue 15): accounts, sign-in, the security policy. Every write is one
 * transaction over the users (and what it needs) and the audit log, with its audit entry; a refused
 * action throws (ValidationError, ForbiddenError, AccountRefusedError: messages are i18n keys) and
 * writes nothing. Passwords are hashed off the window's thread before the transaction; functions
 * that hash take a PasswordHasher last (tests pass a cheap one).
 */
export { actorOf } from '../../core/accounts/actor';
export { createUser, resetPassword, setUserDisabled, unlockUser, type CreateUserInput } from './admin';
export { assignRoles } from './assign-roles';
export { changeOwnPassword } from './own-password';
export { getSecurityPolicy, saveSecurityPolicy, SECURITY_POLICY_KEY } from './policy';
export { getUser, hasAccounts, listUsers } from './reads';
export {
  checkSetUpAccounts,
  setUpAccounts,
  setUpFirstRun,
  SETUP_MAX_BUSINESS_USERS,
  type AccountInput,
  type BusinessUserInput,
  type SetUpAccountsInput,
} from './setup';
export { recordLock, recordSignOut, signIn, verifyForUnlock, type SignInRefusal, type SignInResult, type UnlockResult } from './sign-in';
