import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  customerFieldsSchema,
  planCustomerMerge,
  type MergeChildren,
  type MergeCustomer,
  type MergeInput,
} from '../../../../src-renderer/core/customers/index';
import { compareLevels } from '../../../../src-renderer/core/classification';
import { ID, mergeCustomer } from './helpers';

const OTHER = ID.c;

/** Applies a plan the way the repository will, on plain copies. */
function apply(input: MergeInput, plan: Extract<ReturnType<typeof planCustomerMerge>, { ok: true }>) {
  const patches = new Map(plan.childPatches.map((p) => [`${p.table}/${p.id}`, p.patch]));
  const children = Object.fromEntries(
    Object.entries(input.children).map(([table, rows]) => [table, rows.map((row) => ({ ...row, ...patches.get(`${table}/${row.id}`) }))]),
  ) as unknown as MergeChildren;
  const parents = new Map(plan.reparent.map((r) => [r.id, r.parentId]));
  return {
    target: { ...input.target, ...plan.targetPatch },
    source: { ...input.source, ...plan.sourcePatch },
    children,
    subUnits: input.subUnits.map((u) => ({ ...u, parentId: parents.get(u.id) ?? u.parentId })),
  };
}

const text = fc.constantFrom('', '北京', '西安', '复合材料研究');
const values = fc.record({
  shortName: text,
  region: text,
  address: text,
  notes: text,
  cooperationStart: fc.constantFrom(null, '2019-03-01', '2021-07-15'),
  tags: fc.uniqueArray(fc.constantFrom(...Array.from({ length: 25 }, (_, i) => `标签${i}`)), { maxLength: 20 }),
  fields: fc.uniqueArray(fc.constantFrom('复合材料', '雷达', '光电'), { maxLength: 3 }),
  classification: fc.constantFrom('public', 'internal', 'secret', 'confidential'),
  managerId: fc.constantFrom(null, ID.m1, ID.m2),
  managerName: fc.constant('王伟'),
});
const owner = fc.constantFrom(ID.a, ID.b, OTHER);
const ref = <T extends object>(extra: fc.Arbitrary<T>) =>
  fc
    .uniqueArray(fc.tuple(fc.uuid(), owner, fc.option(fc.constant('2026-01-01T00:00:00.000Z'), { nil: null }), extra), { selector: (t) => t[0], maxLength: 8 })
    .map((rows) => rows.map(([id, customerId, deletedAt, more]) => ({ id, customerId, deletedAt, ...more })));
const children = fc.record({
  contacts: ref(fc.record({ primary: fc.boolean() })),
  interactions: ref(fc.constant({})),
  requirements: ref(fc.constant({})),
  benefits: ref(fc.record({ year: fc.integer({ min: 2020, max: 2023 }) })),
  settlements: ref(fc.constant({})),
  handovers: ref(fc.constant({})),
  complaints: ref(fc.constant({})),
  surveys: ref(fc.constant({})),
  // A file is attached to the customer itself or to one of its records.
  attachments: ref(fc.record({ ownedByCustomer: fc.boolean(), recordId: fc.uuid() })).map((rows) =>
    rows.map(({ ownedByCustomer, recordId, ...row }) => ({
      ...row,
      owner: ownedByCustomer ? { kind: 'customers' as const, id: row.customerId } : { kind: 'interactions' as const, id: recordId },
    })),
  ),
});
const subUnits = fc.array(fc.record({ id: fc.uuid(), parentId: fc.constantFrom(ID.b, OTHER) }), { maxLength: 4 });

describe('planCustomerMerge', () => {
  it("loses no child, keeps every non-empty field of A, re-parents B's units (property)", () => {
    fc.assert(
      fc.property(values, values, children, subUnits, (va, vb, kids, units) => {
        const input: MergeInput = {
          target: mergeCustomer(ID.a, { ...va, managerName: va.managerId ? '王伟' : '' }),
          source: mergeCustomer(ID.b, { ...vb, name: '航天材料锁', managerName: vb.managerId ? '李娜' : '' }),
          children: kids,
          subUnits: units,
        };
        const before = JSON.stringify(input);
        const plan = planCustomerMerge(input);
        expect(JSON.stringify(input)).toBe(before);
        if (!plan.ok) throw new Error(plan.error);
        const after = apply(input, plan);

        for (const table of Object.keys(kids) as (keyof MergeChildren)[]) {
          kids[table].forEach((row, i) => {
            const moved = after.children[table][i]!;
            expect(moved.customerId).toBe(row.customerId === OTHER ? OTHER : ID.a);
          });
        }
        for (const [field, value] of Object.entries(input.target)) {
          const empty = value === null || value === '' || (Array.isArray(value) && value.length === 0);
          if (empty || ['classification', 'searchKeys', 'tags', 'fields'].includes(field)) continue;
          expect(after.target[field as keyof MergeCustomer]).toEqual(value);
        }
        for (const f of ['tags', 'fields'] as const) expect(after.target[f].slice(0, input.target[f].length)).toEqual(input.target[f]);
        expect(compareLevels(after.target.classification, input.target.classification)).toBeGreaterThanOrEqual(0);
        expect(compareLevels(after.target.classification, input.source.classification)).toBeGreaterThanOrEqual(0);
        expect(customerFieldsSchema.safeParse(after.target).success).toBe(true);
        for (const u of after.subUnits) expect(u.parentId).toBe(units.find((x) => x.id === u.id)!.parentId === ID.b ? ID.a : OTHER);
        expect(after.source.mergedInto).toBe(ID.a);

        // A file attached to B itself is attached to A afterwards; one attached to a record stays with it.
        kids.attachments.forEach((row, i) => {
          const owner = after.children.attachments[i]!.owner;
          expect(owner).toEqual(row.owner.kind === 'customers' && row.owner.id === ID.b ? { kind: 'customers', id: ID.a } : row.owner);
        });

        const livePrimaries = after.children.contacts.filter((c) => c.customerId === ID.a && c.primary && !c.deletedAt);
        if (kids.contacts.some((c) => c.customerId === ID.a && c.primary && !c.deletedAt)) {
          expect(livePrimaries.every((c) => kids.contacts.find((k) => k.id === c.id)!.customerId === ID.a)).toBe(true);
        }
        const conflictYears = plan.conflicts.flatMap((c) => (c.kind === 'benefit_year' ? [c.year] : []));
        const liveYears = (id: string) => new Set(kids.benefits.filter((b) => b.customerId === id && !b.deletedAt).map((b) => b.year));
        const both = [...liveYears(ID.a)].filter((y) => liveYears(ID.b).has(y)).sort();
        expect(conflictYears).toEqual(both);
      }),
    );
  });

  it("fills A's empty fields from B and lists the disagreements", () => {
    const a = mergeCustomer(ID.a, { shortName: '', region: '北京', tags: ['重点'], managerId: null, managerName: '' });
    const b = mergeCustomer(ID.b, {
      name: '航天材料锁',
      shortName: '材料所',
      region: '西安',
      tags: ['重点', '新客户'],
      managerId: ID.m1,
      managerName: '王伟',
      classification: 'secret',
    });
    const plan = planCustomerMerge({ target: a, source: b, children: {}, subUnits: [] });
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.targetPatch).toMatchObject({ shortName: '材料所', tags: ['重点', '新客户'], managerId: ID.m1, managerName: '王伟', classification: 'secret' });
    expect(plan.targetPatch.searchKeys).toContain('材料所');
    expect(plan.targetPatch).not.toHaveProperty('region');
    expect(plan.conflicts).toEqual([
      { kind: 'field', field: 'region', target: '北京', source: '西安' },
      { kind: 'field', field: 'classification', target: 'internal', source: 'secret' },
    ]);
  });

  it('refuses merging a unit into itself, deleted units, and sub-units across levels', () => {
    const a = mergeCustomer(ID.a, {});
    const b = mergeCustomer(ID.b, { level: 2, parentId: ID.c });
    expect(planCustomerMerge({ target: a, source: a, children: {}, subUnits: [] })).toEqual({ ok: false, error: 'validation.mergeSelf' });
    expect(planCustomerMerge({ target: a, source: { ...b, deletedAt: '2026-01-01T00:00:00.000Z' }, children: {}, subUnits: [] })).toEqual({
      ok: false,
      error: 'validation.mergeDeleted',
    });
    expect(planCustomerMerge({ target: a, source: b, children: {}, subUnits: [{ id: ID.c, parentId: ID.b }] })).toEqual({
      ok: false,
      error: 'validation.mergeLevel',
    });
    expect(
      planCustomerMerge({ target: mergeCustomer(ID.a, { level: 2, parentId: ID.b }), source: mergeCustomer(ID.b, {}), children: {}, subUnits: [] }),
    ).toEqual({
      ok: false,
      error: 'validation.mergeLevel',
    });
    expect(planCustomerMerge({ target: a, source: b, children: {}, subUnits: [] }).ok).toBe(true);
  });
});
