import { ADMIN_ROLES, BUSINESS_ROLES, ROLES, type AdminRole, type BusinessRole, type DataScope, type Role } from './types';

export const isAdminRole = (role: Role): role is AdminRole => (ADMIN_ROLES as readonly Role[]).includes(role);
export const isBusinessRole = (role: Role): role is BusinessRole => (BUSINESS_ROLES as readonly Role[]).includes(role);

/**
 * A role set as it is stored: each role once, in the order of ROLES (administrators first, then
 * 客户经理, 部门负责人, 投诉处理人, 查阅), so two equal sets are equal arrays and read the same in the
 * audit log's before/after.
 */
export function normaliseRoles(roles: readonly Role[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

/**
 * 三员分立: an account holds exactly one administrator role and nothing else (no data scope), or one
 * or more business roles and no administrator role, with a data scope. Returns the refusal's i18n
 * key, or null when the set is allowed. An empty set is refused here: an account waiting for its
 * roles (`isAwaitingRoles`) is a state of its own, never a role assignment.
 */
export function checkRoles(roles: readonly Role[], scope: DataScope | null): string | null {
  const admins = roles.filter(isAdminRole);
  const business = roles.filter(isBusinessRole);
  if (roles.length === 0) return 'accounts.rolesRequired';
  if (admins.length > 0) {
    if (new Set(admins).size > 1 || business.length > 0) return 'accounts.rolesAdminAlone';
    return scope === null ? null : 'accounts.rolesAdminNoScope';
  }
  return scope === null ? 'accounts.rolesScopeRequired' : null;
}

/**
 * An account the system administrator created and the security administrator has not yet given
 * roles: no roles, no scope. It may sign in (to change its temporary password) and sees nothing
 * else ("尚未分配角色").
 */
export const isAwaitingRoles = (user: { roles: readonly Role[]; scope: DataScope | null }) => user.roles.length === 0 && user.scope === null;

/** The one administrator role of an administrator account, or null for a business (or waiting) account. */
export function adminRoleOf(roles: readonly Role[]): AdminRole | null {
  return roles.find(isAdminRole) ?? null;
}

/**
 * The managers link (`managerId`): only business accounts have one, and the 本人 scope needs it
 * (without it the account would see no customer at all). Returns a refusal key or null.
 */
export function checkManagerLink(roles: readonly Role[], scope: DataScope | null, managerId: string | null): string | null {
  if (managerId !== null && adminRoleOf(roles) !== null) return 'accounts.managerForAdmin';
  if (scope === 'own' && managerId === null) return 'accounts.ownScopeNeedsManager';
  return null;
}
