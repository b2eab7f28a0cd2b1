import { ADMIN_ROLES, BUSINESS_ROLES, type DataScope, type Role, type UserRecord } from '../../core/accounts';

/** The 分配角色 form: business roles with a scope and linked manager, or (for an account awaiting roles) one administrator role. */
export interface AssignmentValues extends Record<string, unknown> {
  kind: 'business' | 'admin';
  businessRoles: string[];
  adminRole: string;
  scope: string;
  managerId: string;
}

export function assignmentValuesOf(user: UserRecord): AssignmentValues {
  return {
    kind: 'business',
    businessRoles: user.roles.filter((role) => (BUSINESS_ROLES as readonly Role[]).includes(role)),
    adminRole: '',
    scope: user.scope ?? '',
    managerId: user.managerId ?? '',
  };
}

/**
 * What assignRoles receives. An administrator gets no scope and no manager whatever the business
 * fields still hold (they are hidden, not cleared, so switching back keeps them); the repository
 * checks the rest (三员分立, 本人 needs a manager) and says which field is wrong.
 */
export function assignmentOf(values: AssignmentValues): { roles: Role[]; scope: DataScope | null; managerId: string | null } {
  if (values.kind === 'admin') {
    const role = ADMIN_ROLES.find((r) => r === values.adminRole);
    return { roles: role ? [role] : [], scope: null, managerId: null };
  }
  return {
    roles: BUSINESS_ROLES.filter((role) => values.businessRoles.includes(role)),
    scope: (values.scope || null) as DataScope | null,
    managerId: values.managerId || null,
  };
}
