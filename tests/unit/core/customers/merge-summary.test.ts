import { describe, expect, it } from 'vitest';
import { planCustomerMerge, summariseMerge, type MergeChildren } from '../../../../src-renderer/core/customers/index';
import { ID, mergeCustomer } from './helpers';

const DELETED = '2026-01-01T00:00:00.000Z';
const row = (id: string, customerId: string, deletedAt: string | null = null) => ({ id, customerId, deletedAt });

function planOf(children: Partial<MergeChildren>, subUnits: { id: string; parentId: string }[] = []) {
  const plan = planCustomerMerge({ target: mergeCustomer(ID.a), source: mergeCustomer(ID.b, { name: '航天材料锁' }), children, subUnits });
  if (!plan.ok) throw new Error(plan.error);
  return plan;
}

describe('summariseMerge', () => {
  it('counts what moves to the kept customer by kind, live and deleted apart, and nothing of the kept one or of others', () => {
    const children: Partial<MergeChildren> = {
      contacts: [
        { ...row('k1', ID.a), primary: true },
        { ...row('s1', ID.b), primary: false },
        { ...row('s2', ID.b), primary: false },
      ],
      interactions: [row('i1', ID.b), row('i2', ID.b, DELETED), row('i3', ID.a), row('i4', ID.c)],
      benefits: [{ ...row('b1', ID.b), year: 2025 }],
      handovers: [row('h1', ID.b, DELETED)],
    };
    const summary = summariseMerge(planOf(children, [{ id: 'u1', parentId: ID.b }]), children);
    expect(summary.moved).toEqual({
      contacts: { live: 2, deleted: 0 },
      interactions: { live: 1, deleted: 1 },
      requirements: { live: 0, deleted: 0 },
      benefits: { live: 1, deleted: 0 },
      settlements: { live: 0, deleted: 0 },
      handovers: { live: 0, deleted: 1 },
      complaints: { live: 0, deleted: 0 },
      surveys: { live: 0, deleted: 0 },
      attachments: { live: 0, deleted: 0 },
    });
    expect(summary.subUnits).toBe(1);
    expect(summary.keptPrimaryId).toBe('k1');
    expect(summary.demotedContactIds).toEqual([]);
  });

  it("names the duplicate's primary contact that stops being primary, but not a deleted one", () => {
    const children: Partial<MergeChildren> = {
      contacts: [
        { ...row('k1', ID.a), primary: true },
        { ...row('s1', ID.b), primary: true },
        { ...row('s2', ID.b, DELETED), primary: true },
      ],
    };
    const summary = summariseMerge(planOf(children), children);
    expect(summary.demotedContactIds).toEqual(['s1']);
    expect(summary.keptPrimaryId).toBe('k1');
  });

  it("demotes nobody when the kept customer has no live primary: the duplicate's stays primary", () => {
    const children: Partial<MergeChildren> = {
      contacts: [
        { ...row('k1', ID.a, DELETED), primary: true },
        { ...row('s1', ID.b), primary: true },
      ],
    };
    const summary = summariseMerge(planOf(children), children);
    expect(summary.demotedContactIds).toEqual([]);
    expect(summary.keptPrimaryId).toBeNull();
  });
});
