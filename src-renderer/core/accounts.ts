/**
 * Accounts and roles (issue 15), the public contract: every export data/ and the screens use is
 * here; import from this file, not from `accounts/*`. Pure (no storage, UI or clock).
 *
 * - types: roles (三员分立: three administrator roles, four business roles), data scopes, the stored
 *   account, the Actor every write carries;
 * - roles: `checkRoles` (an administrator role alone, or business roles with a scope);
 * - permissions: `PERMISSIONS` (action → roles), `can`, `requirePermission`, `ForbiddenError`, `OutOfScopeError`, `inScope`;
 * - record permissions: `RECORD_PERMISSIONS` (record kind → who may write, delete it), `requireRecordWrite`;
 * - policy: `securityPolicySchema`, the presets (秘密级常用 default, 基本), `checkPassword`,
 *   `passwordExpired`, lockout (`afterFailure`, `isLocked`);
 * - passwords: scrypt `hashPassword` / `verifyPassword`, off the window's thread with
 *   `hashPasswordOffThread` / `verifyPasswordOffThread`, and the `PasswordHasher` the repository takes;
 * - account schemas: `newAccountSchema`, `storedUserSchema`;
 * - audit action names and the setup's actor name.
 */
export {
  ADMIN_ROLES,
  BUSINESS_ROLES,
  DATA_SCOPES,
  ROLES,
  type Actor,
  type AdminRole,
  type BusinessRole,
  type DataScope,
  type PasswordHash,
  type Role,
  type UserRecord,
} from './accounts/types';
export { actorOf } from './accounts/actor';
export { ACCOUNT_AUDIT_ACTIONS, SETUP_ACTOR_NAME, type AccountAuditAction, type SignInFailureReason } from './accounts/audit-actions';
export { accountFieldErrors, AccountRefusedError } from './accounts/errors';
export { DEFAULT_PASSWORD_HASHER, passwordHasher, type PasswordHasher } from './accounts/hasher';
export { newPasswordErrors } from './accounts/new-password';
export { decoyHash, DEFAULT_SCRYPT_PARAMS, hashPassword, verifyPassword, type ScryptParams } from './accounts/password';
export { hashPasswordOffThread, verifyPasswordOffThread } from './accounts/password-off-thread';
export {
  can,
  ForbiddenError,
  inScope,
  OutOfScopeError,
  PERMISSION_NAMES,
  PERMISSIONS,
  requirePermission,
  type ForbiddenMessageKey,
  type Permission,
} from './accounts/permissions';
export {
  canWriteRecord,
  RECORD_PERMISSIONS,
  recordWritePermission,
  requireRecordWrite,
  type RecordWriteOp,
  type RecordWriteRule,
} from './accounts/record-permissions';
export {
  afterFailure,
  afterSignIn,
  characterClasses,
  checkPassword,
  DEFAULT_SECURITY_POLICY,
  isLocked,
  PASSWORD_MAX_LENGTH,
  passwordExpired,
  POLICY_BOUNDS,
  POLICY_PRESETS,
  presetPolicy,
  securityPolicySchema,
  summarisePolicy,
  type CharacterClass,
  type PolicyPreset,
  type SecurityPolicy,
} from './accounts/policy';
export { adminRoleOf, checkManagerLink, checkRoles, isAdminRole, isAwaitingRoles, isBusinessRole, normaliseRoles } from './accounts/roles';
export {
  displayNameSchema,
  newAccountSchema,
  normaliseUsername,
  rolesSchema,
  scopeSchema,
  storedUserSchema,
  USERNAME_PATTERN,
  usernameSchema,
  type NewAccount,
} from './accounts/user';
