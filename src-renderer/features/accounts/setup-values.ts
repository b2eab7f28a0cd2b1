import { BUSINESS_ROLES, type BusinessRole, type DataScope } from '../../core/accounts/types';
import type { AccountInput, SetUpAccountsInput } from '../../data/accounts';

/** The three administrators in the order the setup form shows them, with their input's key. */
export const ADMIN_ACCOUNTS = [
  ['systemAdmin', 'system-admin'],
  ['securityAdmin', 'security-admin'],
  ['auditAdmin', 'audit-admin'],
] as const;

export interface SetupValues {
  systemAdmin: AccountInput;
  securityAdmin: AccountInput;
  auditAdmin: AccountInput;
  business: AccountInput & { roles: BusinessRole[]; scope: DataScope };
}

const emptyAccount = (displayName = ''): AccountInput => ({ displayName, username: '', password: '', confirmation: '' });

/**
 * Empty accounts; the business user may come named (an upgrade: the profile's former operator). Before
 * accounts the one operator did everything, so the first business user holds every working role and
 * sees the whole archive; the security administrator narrows it later.
 */
export function initialSetupValues(businessName = ''): SetupValues {
  return {
    systemAdmin: emptyAccount(),
    securityAdmin: emptyAccount(),
    auditAdmin: emptyAccount(),
    business: { ...emptyAccount(businessName), roles: BUSINESS_ROLES.filter((r) => r !== 'reader'), scope: 'all' },
  };
}

export function toSetUpInput(values: SetupValues): SetUpAccountsInput {
  const { roles, scope, ...business } = values.business;
  return {
    systemAdmin: values.systemAdmin,
    securityAdmin: values.securityAdmin,
    auditAdmin: values.auditAdmin,
    businessUsers: [{ ...business, roles: [...roles], scope, managerId: null }],
  };
}

/** A field path of the repository's refusal (`businessUsers.0.password`) as the form's (`business.password`). */
export function formPathOf(path: string): string {
  return path.replace(/^businessUsers\.0\./, 'business.').replace(/^businessUsers$/, 'business.roles');
}
