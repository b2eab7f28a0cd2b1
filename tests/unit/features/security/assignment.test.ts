import { describe, expect, it } from 'vitest';
import { assignmentOf, type AssignmentValues } from '../../../../src-renderer/features/security/assignment';

const MANAGER = '01890a5d-ac96-774b-bcce-b302099a8057';
const values = (overrides: Partial<AssignmentValues>): AssignmentValues => ({
  kind: 'business',
  businessRoles: [],
  adminRole: '',
  scope: '',
  managerId: '',
  ...overrides,
});

describe('分配角色: what the form sends to assignRoles', () => {
  it('business roles in the stored order, with scope and manager; empty choices are null', () => {
    expect(assignmentOf(values({ businessRoles: ['reader', 'account-manager'], scope: 'own', managerId: MANAGER }))).toEqual({
      roles: ['account-manager', 'reader'],
      scope: 'own',
      managerId: MANAGER,
    });
    expect(assignmentOf(values({ businessRoles: ['reader'] }))).toEqual({ roles: ['reader'], scope: null, managerId: null });
  });

  it('an administrator role alone: the hidden business fields are not sent', () => {
    const admin = values({ kind: 'admin', adminRole: 'audit-admin', businessRoles: ['reader'], scope: 'all', managerId: MANAGER });
    expect(assignmentOf(admin)).toEqual({ roles: ['audit-admin'], scope: null, managerId: null });
    // None chosen: an empty set, which the repository refuses with its message (accounts.rolesRequired).
    expect(assignmentOf(values({ kind: 'admin' }))).toEqual({ roles: [], scope: null, managerId: null });
  });
});
