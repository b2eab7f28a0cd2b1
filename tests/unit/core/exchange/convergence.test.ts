import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HybridLogicalClock } from '../../../../src-renderer/core/hlc';
import { decideMerge } from '../../../../src-renderer/core/exchange/merge';
import type { Lineage } from '../../../../src-renderer/core/exchange/lineage';

/**
 * Convergence and no-lost-version, on a pure model of installations that use the real merge rule
 * (decideMerge) and the real HLC. Every version gets a test-only id `vid`; the test keeps the TRUE
 * history independently of the rule: a local edit knowingly replaces the version it was made on.
 * At the end every version ever made must be the final one, or in a conflicts list, or knowingly
 * replaced on the way to one of those.
 */
interface Version {
  id: string;
  rev: string;
  origin: string;
  deletedAt: string | null;
  value: number;
  vid: number;
}
interface Installation {
  origin: string;
  clock: HybridLogicalClock;
  records: Map<string, Version>;
  lineages: Map<string, Lineage>;
  conflicts: Version[];
}
interface ExchangeFile {
  records: Version[];
  lineages: Map<string, Lineage>;
}

type Op =
  | { type: 'create'; at: number }
  | { type: 'edit' | 'delete' | 'restore'; at: number; pick: number; value: number }
  | { type: 'export'; at: number }
  | { type: 'import'; at: number; file: number }
  | { type: 'tick'; ms: number };

const opArb = (n: number): fc.Arbitrary<Op> =>
  fc.oneof(
    fc.record({ type: fc.constant('create' as const), at: fc.nat(n - 1) }),
    fc.record({ type: fc.constantFrom('edit' as const, 'delete' as const, 'restore' as const), at: fc.nat(n - 1), pick: fc.nat(), value: fc.nat(1000) }),
    fc.record({ type: fc.constant('export' as const), at: fc.nat(n - 1) }),
    fc.record({ type: fc.constant('import' as const), at: fc.nat(n - 1), file: fc.nat() }),
    fc.record({ type: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 3 }) }),
  );

function simulate(n: number, ops: Op[], finalOrder: number[][]) {
  let now = 1_700_000_000_000;
  let nextVid = 0;
  let nextId = 0;
  const ancestors = new Map<number, Set<number>>();
  const allVersions: Version[] = [];
  const installations: Installation[] = Array.from({ length: n }, (_, i) => ({
    origin: `0190a000-0000-7000-8000-00000000000${i}`,
    // Skewed clocks (up to 2 ms apart) so ties and out-of-order wall times happen.
    clock: new HybridLogicalClock(() => now + (i % 3)),
    records: new Map(),
    lineages: new Map(),
    conflicts: [],
  }));
  const files: ExchangeFile[] = [];

  function write(inst: Installation, base: Version | undefined, patch: Partial<Version>, id: string) {
    const version: Version = { id, value: 0, deletedAt: null, ...(base ?? {}), ...patch, rev: inst.clock.now(), origin: inst.origin, vid: nextVid++ };
    ancestors.set(version.vid, base ? new Set([...(ancestors.get(base.vid) ?? []), base.vid]) : new Set());
    allVersions.push(version);
    inst.records.set(id, version);
  }
  const exportFrom = (inst: Installation): ExchangeFile => ({ records: [...inst.records.values()], lineages: new Map(inst.lineages) });
  function importInto(inst: Installation, file: ExchangeFile) {
    for (const incoming of file.records) {
      inst.clock.receive(incoming.rev);
      const local = inst.records.get(incoming.id);
      const d = decideMerge(incoming, file.lineages.get(incoming.id), local, inst.lineages.get(incoming.id));
      if (d.loser === 'local') inst.conflicts.push(local!);
      if (d.loser === 'incoming') inst.conflicts.push(incoming);
      if (d.winner === 'incoming') inst.records.set(incoming.id, incoming);
      inst.lineages.set(incoming.id, d.lineage);
    }
  }

  for (const op of ops) {
    if (op.type === 'tick') {
      now += op.ms;
      continue;
    }
    const inst = installations[op.at]!;
    const ids = [...inst.records.keys()];
    if (op.type === 'create') write(inst, undefined, { value: nextId }, `r${nextId++}`);
    else if (op.type === 'export') files.push(exportFrom(inst));
    else if (op.type === 'import') {
      if (files.length > 0) importInto(inst, files[op.file % files.length]!);
    } else if (ids.length > 0) {
      const current = inst.records.get(ids[op.pick % ids.length]!)!;
      if (op.type === 'edit' && current.deletedAt === null) write(inst, current, { value: op.value }, current.id);
      if (op.type === 'delete' && current.deletedAt === null) write(inst, current, { deletedAt: '2026-01-01T00:00:00.000Z' }, current.id);
      if (op.type === 'restore' && current.deletedAt !== null) write(inst, current, { deletedAt: null }, current.id);
    }
  }
  // Everyone exports its latest file; everyone imports all of them, in its own random order.
  const finals = installations.map(exportFrom);
  installations.forEach((inst, i) => finalOrder[i]!.forEach((f) => importInto(inst, finals[f % n]!)));
  return { installations, allVersions, ancestors };
}

describe('exchange convergence (3–5 installations, random edits and exchanges)', () => {
  it('all end with the same records and no version is lost', () => {
    const scenario = fc
      .integer({ min: 3, max: 5 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(opArb(n), { minLength: 60, maxLength: 160 }),
          fc.array(fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(scenario, ([n, ops, orders]) => {
        const { installations, allVersions, ancestors } = simulate(n, ops, orders);
        const snapshot = (inst: Installation) => [...inst.records.values()].map((r) => r.vid).sort((a, b) => a - b);
        const first = snapshot(installations[0]!);
        for (const inst of installations) expect(snapshot(inst)).toEqual(first);

        const kept = new Set<number>(first);
        for (const inst of installations) for (const c of inst.conflicts) kept.add(c.vid);
        const covered = new Set(kept);
        for (const vid of kept) for (const a of ancestors.get(vid) ?? []) covered.add(a);
        const lost = allVersions.filter((v) => !covered.has(v.vid));
        expect(lost).toEqual([]);
      }),
      { seed: 20261126, numRuns: 300 },
    );
  });
});
