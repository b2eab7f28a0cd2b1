import { ROLES, type Actor, type Role } from './types';

const ALL_BUSINESS = ['account-manager', 'department-head', 'complaint-handler', 'reader'] as const;
const KEEPERS = ['account-manager', 'department-head'] as const;
const HEAD = ['department-head'] as const;
const COMPLAINT_DESK = ['account-manager', 'complaint-handler', 'department-head'] as const;

/**
 * Every action a screen or repository guards, and the roles allowed to do it: the one table of
 * who may do what (issue 15). 查阅 (reader) holds only read and print; administrators never touch
 * the archive, and no business role holds an administrator's action.
 */
export const PERMISSIONS = {
  'archive.read': ALL_BUSINESS,
  /** Customers, contacts, interactions, requirements, business figures, settlements. */
  'archive.write': KEEPERS,
  /** Delete, restore, merge. */
  'archive.delete': KEEPERS,
  'archive.handover': HEAD,
  'managers.manage': HEAD,
  'grading.draft': KEEPERS,
  'grading.approve': HEAD,
  'rules.approve': HEAD,
  'complaint.intake': COMPLAINT_DESK,
  'complaint.handle': ['complaint-handler', 'department-head'],
  'complaint.settings': HEAD,
  'satisfaction.record': COMPLAINT_DESK,
  'report.print': ALL_BUSINESS,
  'exchange.export': KEEPERS,
  'exchange.import': KEEPERS,
  'conflict.resolve': KEEPERS,
  'keys.directory': ['security-admin'],
  'keys.manage': ['security-admin'],
  'profile.edit': ['security-admin'],
  'roles.assign': ['security-admin'],
  'policy.manage': ['security-admin'],
  'users.manage': ['system-admin'],
  'backup.create': ['system-admin'],
  'backup.restore': ['system-admin'],
  'audit.read': ['audit-admin'],
  'audit.export': ['audit-admin'],
  /** Acknowledge a broken audit chain and re-anchor it (data/audit/re-anchor.ts). */
  'audit.reanchor': ['audit-admin'],
  /** Change one's own password, sign out, lock the screen. */
  'account.own': ROLES,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/**
 * Whether `actor` may do `action`. 'account.own' belongs to every signed-in account, also one still
 * waiting for its roles: it must be able to replace its temporary password and sign out.
 */
export function can(actor: Pick<Actor, 'roles'>, action: Permission): boolean {
  if (action === 'account.own') return true;
  const allowed: readonly Role[] = PERMISSIONS[action];
  return actor.roles.some((role) => allowed.includes(role));
}

/** What a refusal says: the roles do not allow the action, or the customer is outside the account's data scope. */
export type ForbiddenMessageKey = 'accounts.forbidden' | 'accounts.outOfScope';

/** Thrown when an actor attempts an action none of their roles allows; nothing has been written. */
export class ForbiddenError extends Error {
  readonly code = 'forbidden';
  constructor(
    readonly action: Permission,
    readonly messageKey: ForbiddenMessageKey = 'accounts.forbidden',
  ) {
    super(`forbidden: ${action}`);
    this.name = 'ForbiddenError';
  }
}

/**
 * Thrown when the roles allow the action but the customer it touches is outside the actor's data
 * scope (本人 / 本部门, `inScope`); nothing has been written. A ForbiddenError, so every screen that
 * shows a refusal shows this one too, with its own message.
 */
export class OutOfScopeError extends ForbiddenError {
  constructor(action: Permission) {
    super(action, 'accounts.outOfScope');
    this.name = 'OutOfScopeError';
  }
}

export function requirePermission(actor: Pick<Actor, 'roles'>, action: Permission): void {
  if (!can(actor, action)) throw new ForbiddenError(action);
}

/**
 * Whether a customer is within the actor's data scope:
 * - 全部 (all): every customer, also those received from other departments;
 * - 本部门 (department): the customer's manager belongs to this department — the manager's first
 *   version was made on this installation (`localManagerIds`) — or, without a manager, the
 *   customer's own first version was made here (`origin`: the installation that CREATED it, not
 *   the envelope's last writer: data/scope.ts reads it from the change log). So a customer received
 *   from another department is in scope once it is handed over to one of our managers, and a
 *   received manager's customers stay out of it however often they are edited here;
 * - 本人 (own): its manager is the actor's linked manager (none linked: nothing).
 * Administrators (no scope) see no customer.
 */
export function inScope(
  actor: Pick<Actor, 'scope' | 'managerId'>,
  customer: { managerId: string | null; origin: string },
  installationId: string,
  localManagerIds: ReadonlySet<string>,
): boolean {
  switch (actor.scope) {
    case 'all':
      return true;
    case 'department':
      return customer.managerId === null ? customer.origin === installationId : localManagerIds.has(customer.managerId);
    case 'own':
      return actor.managerId !== null && customer.managerId === actor.managerId;
    default:
      return false;
  }
}
