import { describe, expect, it } from 'vitest';
import type { OpenRequirement } from '../../../../src-renderer/data/customers';
import { defaultManager } from '../../../../src-renderer/features/requirements/manager-choice';
import { sortOverdueFirst } from '../../../../src-renderer/features/requirements/sort';

const managers = [
  { id: 'm1', name: '李娜' },
  { id: 'm2', name: '张伟' },
];

describe('whose requirements the page opens with', () => {
  it('is the remembered choice while that manager exists', () => {
    expect(defaultManager(managers, 'm1', { managerId: null, name: '张伟' })).toBe('m1');
  });
  it("else the signed-in user's linked manager, else the manager named like the user", () => {
    expect(defaultManager(managers, 'gone', { managerId: 'm1', name: '张伟' })).toBe('m1');
    expect(defaultManager(managers, 'gone', { managerId: null, name: '张伟' })).toBe('m2');
    expect(defaultManager(managers, null, { managerId: null, name: ' 张伟 ' })).toBe('m2');
  });
  it('else nobody', () => {
    expect(defaultManager(managers, null, { managerId: null, name: '王强' })).toBeNull();
    expect(defaultManager([], null, { managerId: 'm1', name: '张伟' })).toBeNull();
  });
});

describe('open requirements order', () => {
  const req = (id: string, dueDate: string) => ({ id, dueDate, status: 'open', customerName: id }) as OpenRequirement;

  it('puts overdue first, then by due date', () => {
    const rows = [req('later', '2026-12-20'), req('late2', '2026-11-20'), req('soon', '2026-11-27'), req('late1', '2026-10-01')];
    expect(sortOverdueFirst(rows, '2026-11-26').map((r) => r.id)).toEqual(['late1', 'late2', 'soon', 'later']);
  });
});
