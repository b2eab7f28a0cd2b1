import { describe, expect, it } from 'vitest';
import {
  ADMIN_ROLES,
  can,
  ForbiddenError,
  inScope,
  PERMISSION_NAMES,
  PERMISSIONS,
  requirePermission,
  ROLES,
  type Actor,
  type Role,
} from '../../../../src-renderer/core/accounts';

const actor = (roles: Role[], scope: Actor['scope'] = null, managerId: string | null = null): Actor => ({ userId: 'u', name: '张三', roles, scope, managerId });

describe('permissions', () => {
  it('a reader holds only read and print (and their own account)', () => {
    const allowed = PERMISSION_NAMES.filter((p) => can(actor(['reader'], 'all'), p));
    expect(allowed.sort()).toEqual(['account.own', 'archive.read', 'report.print']);
  });

  it('administrators hold only their own duties, never the archive', () => {
    const duties = (role: Role) => PERMISSION_NAMES.filter((p) => can(actor([role]), p)).sort();
    expect(duties('system-admin')).toEqual(['account.own', 'backup.create', 'backup.restore', 'users.manage']);
    expect(duties('security-admin')).toEqual(['account.own', 'keys.directory', 'keys.manage', 'policy.manage', 'profile.edit', 'roles.assign']);
    expect(duties('audit-admin')).toEqual(['account.own', 'audit.export', 'audit.read', 'audit.reanchor']);
  });

  it('no business role holds an administrator action, and no action belongs to two kinds', () => {
    for (const [action, roles] of Object.entries(PERMISSIONS)) {
      if (action === 'account.own') continue;
      const admin = roles.some((r) => (ADMIN_ROLES as readonly string[]).includes(r));
      const business = roles.some((r) => !(ADMIN_ROLES as readonly string[]).includes(r));
      expect(admin && business, action).toBe(false);
    }
  });

  it('the table as the issue lists it', () => {
    expect(can(actor(['complaint-handler'], 'own'), 'complaint.handle')).toBe(true);
    expect(can(actor(['account-manager'], 'own'), 'complaint.handle')).toBe(false);
    expect(can(actor(['account-manager'], 'own'), 'complaint.intake')).toBe(true);
    expect(can(actor(['account-manager'], 'own'), 'grading.approve')).toBe(false);
    expect(can(actor(['department-head'], 'all'), 'archive.handover')).toBe(true);
    expect(can(actor(['complaint-handler'], 'own'), 'exchange.export')).toBe(false);
  });

  it('every account, even one awaiting roles, holds account.own', () => {
    expect(can(actor([]), 'account.own')).toBe(true);
    for (const role of ROLES) expect(can(actor([role]), 'account.own')).toBe(true);
    expect(can(actor([]), 'archive.read')).toBe(false);
  });

  it('requirePermission throws ForbiddenError with the action and a message key', () => {
    const error = (() => {
      try {
        requirePermission(actor(['reader'], 'all'), 'archive.write');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toMatchObject({ code: 'forbidden', messageKey: 'accounts.forbidden', action: 'archive.write' });
  });
});

describe('inScope', () => {
  const here = 'installation-a';
  const local = new Set(['m-local']);
  const customer = (managerId: string | null, origin = here) => ({ managerId, origin });

  it('all: every customer', () => {
    expect(inScope(actor(['reader'], 'all'), customer('m-other', 'installation-b'), here, local)).toBe(true);
  });

  it('department: a manager made here, or no manager and made here', () => {
    const a = actor(['reader'], 'department');
    expect(inScope(a, customer('m-local', 'installation-b'), here, local)).toBe(true);
    expect(inScope(a, customer('m-other'), here, local)).toBe(false);
    expect(inScope(a, customer(null), here, local)).toBe(true);
    expect(inScope(a, customer(null, 'installation-b'), here, local)).toBe(false);
  });

  it('own: the actor’s linked manager only; none linked sees nothing', () => {
    expect(inScope(actor(['account-manager'], 'own', 'm-local'), customer('m-local'), here, local)).toBe(true);
    expect(inScope(actor(['account-manager'], 'own', 'm-local'), customer('m-2'), here, local)).toBe(false);
    expect(inScope(actor(['account-manager'], 'own', null), customer(null), here, local)).toBe(false);
  });

  it('administrators see no customer', () => {
    expect(inScope(actor(['system-admin']), customer(null), here, local)).toBe(false);
  });
});
