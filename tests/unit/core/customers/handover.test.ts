import { describe, expect, it } from 'vitest';
import { planBulkHandover, type BulkHandoverInput } from '../../../../src-renderer/core/customers/index';
import { HANDOVER, ID } from './helpers';

const from = { id: ID.m1, name: '王伟' };
const to = { id: ID.m2, name: '李娜', active: true };
const customers = [
  { id: ID.a, managerId: ID.m1 },
  { id: ID.b, managerId: ID.m1, deletedAt: '2026-01-01T00:00:00.000Z' },
  { id: ID.c, managerId: ID.m2 },
];
const input: BulkHandoverInput = { customers, from, to, date: '2026-05-01', reason: '  岗位调整 ', today: '2026-05-01' };

describe('planBulkHandover', () => {
  it('hands over every live customer of the leaving manager, one record each', () => {
    const plan = planBulkHandover(input);
    expect(plan).toEqual({
      ok: true,
      handovers: [HANDOVER],
      patches: [{ id: ID.a, managerId: ID.m2, managerName: '李娜' }],
    });
  });

  it('does not touch its input', () => {
    const frozen = structuredClone(input);
    planBulkHandover(input);
    expect(input).toEqual(frozen);
  });

  it('refuses the same person and an inactive successor', () => {
    expect(planBulkHandover({ ...input, to: { ...from, active: true } })).toEqual({ ok: false, errors: { toManagerId: 'validation.sameManager' } });
    expect(planBulkHandover({ ...input, to: { ...to, active: false } })).toEqual({ ok: false, errors: { toManagerId: 'validation.managerInactive' } });
  });

  it('reports a bad date or a missing reason even when there is nobody to hand over', () => {
    expect(planBulkHandover({ ...input, customers: [], reason: '' })).toEqual({ ok: false, errors: { reason: 'validation.required' } });
    expect(planBulkHandover({ ...input, date: '2026-02-30' })).toEqual({ ok: false, errors: { date: 'validation.date' } });
    expect(planBulkHandover({ ...input, customers: [] })).toEqual({ ok: true, handovers: [], patches: [] });
  });
});
