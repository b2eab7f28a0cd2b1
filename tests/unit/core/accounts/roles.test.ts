import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADMIN_ROLES,
  BUSINESS_ROLES,
  checkManagerLink,
  checkRoles,
  DATA_SCOPES,
  isAwaitingRoles,
  normaliseRoles,
  ROLES,
  type Role,
} from '../../../../src-renderer/core/accounts';

const roleSets = fc.array(fc.constantFrom(...ROLES), { maxLength: 10 });
const scopes = fc.constantFrom(...DATA_SCOPES, null);

describe('三员分立 (checkRoles)', () => {
  it('accepts exactly one administrator role alone without scope, or business roles with a scope', () => {
    for (const role of ADMIN_ROLES) expect(checkRoles([role], null)).toBeNull();
    expect(checkRoles(['account-manager', 'complaint-handler'], 'own')).toBeNull();
    expect(checkRoles(['reader'], 'all')).toBeNull();
  });

  it('refuses each broken rule with its own key', () => {
    expect(checkRoles([], 'all')).toBe('accounts.rolesRequired');
    expect(checkRoles(['system-admin', 'audit-admin'], null)).toBe('accounts.rolesAdminAlone');
    expect(checkRoles(['security-admin', 'reader'], null)).toBe('accounts.rolesAdminAlone');
    expect(checkRoles(['audit-admin'], 'all')).toBe('accounts.rolesAdminNoScope');
    expect(checkRoles(['account-manager'], null)).toBe('accounts.rolesScopeRequired');
  });

  it('property: accepted iff one administrator role alone (no scope) or ≥ 1 business roles and no administrator role (with a scope)', () => {
    fc.assert(
      fc.property(roleSets, scopes, (roles, scope) => {
        const distinct = new Set(roles);
        const admins = [...distinct].filter((r) => (ADMIN_ROLES as readonly Role[]).includes(r));
        const business = [...distinct].filter((r) => (BUSINESS_ROLES as readonly Role[]).includes(r));
        const adminAlone = admins.length === 1 && business.length === 0 && scope === null;
        const businessOnly = admins.length === 0 && business.length >= 1 && scope !== null;
        expect(checkRoles(normaliseRoles(roles), scope) === null).toBe(adminAlone || businessOnly);
      }),
    );
  });

  it('stores role sets sorted (the order of ROLES) and without duplicates', () => {
    expect(normaliseRoles(['reader', 'account-manager', 'reader'])).toEqual(['account-manager', 'reader']);
    fc.assert(
      fc.property(roleSets, (roles) => {
        const once = normaliseRoles(roles);
        expect(new Set(once).size).toBe(once.length);
        expect(normaliseRoles([...roles].reverse())).toEqual(once);
        expect(normaliseRoles(once)).toEqual(once);
      }),
    );
  });

  it('an account with no roles and no scope awaits its roles', () => {
    expect(isAwaitingRoles({ roles: [], scope: null })).toBe(true);
    expect(isAwaitingRoles({ roles: ['reader'], scope: 'own' })).toBe(false);
  });

  it('links a manager only to business accounts, and the own scope needs one', () => {
    expect(checkManagerLink(['system-admin'], null, '0190a000-0000-7000-8000-000000000001')).toBe('accounts.managerForAdmin');
    expect(checkManagerLink(['account-manager'], 'own', null)).toBe('accounts.ownScopeNeedsManager');
    expect(checkManagerLink(['account-manager'], 'department', null)).toBeNull();
  });
});
