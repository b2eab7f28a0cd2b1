import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRequirementOverdue } from '../../../../src-renderer/core/customers/index';
import { mergeTimeline, type TimelineSources } from '../../../../src-renderer/core/timeline';
import type { ComplaintFields, InteractionFields, RequirementFields } from '../../../../src-renderer/core/model';
import { ID } from './helpers';

const interaction = (id: string, date: string, rev: string, deletedAt: string | null = null) =>
  ({
    id,
    rev,
    deletedAt,
    customerId: ID.a,
    date,
    kind: 'call',
    departments: ['marketing'],
    participants: [],
    summary: '电话',
    nextStep: '',
    followUpDate: null,
  }) satisfies InteractionFields & { id: string; rev: string; deletedAt: string | null };
const requirement = (id: string, receivedDate: string, rev: string) =>
  ({
    id,
    rev,
    customerId: ID.a,
    receivedDate,
    title: '需求',
    detail: '',
    department: 'design',
    dueDate: receivedDate,
    status: 'open',
    answer: '',
    answeredDate: null,
    managerId: null,
    managerName: '',
  }) satisfies RequirementFields & { id: string; rev: string };
const complaint = (id: string, receivedAt: string, rev: string) =>
  ({
    id,
    rev,
    customerId: ID.a,
    number: 'TS-2026-0001',
    channel: 'phone',
    category: 'quality',
    severity: 'major',
    status: 'registered',
    receivedAt,
    dueDate: '2026-12-31',
    product: '',
    description: '',
    contactId: null,
    request: '',
    handlerId: null,
    department: '',
    grade: null,
    deadlines: { acknowledge: '2026-12-01', answer: '2026-12-31', close: '2027-01-20' },
    nextDeadline: '2026-12-01',
    history: [],
    zeroing: {},
    answer: null,
    verification: null,
    acknowledgedAt: null,
    answeredAt: null,
    closedAt: null,
    reopenedAt: null,
  }) satisfies ComplaintFields & { id: string; rev: string };

describe('mergeTimeline', () => {
  it('lists every kind newest first, then by rev within a day, and leaves out deleted records', () => {
    const items = mergeTimeline(
      {
        interactions: [
          interaction('i1', '2026-03-01', '0001'),
          interaction('i2', '2026-03-05', '0002'),
          interaction('gone', '2026-04-01', '0003', '2026-04-02T00:00:00.000Z'),
        ],
        requirements: [requirement('r1', '2026-03-05', '0005')],
        gradeChanges: [{ id: 'g1', rev: '0004', date: '2026-02-01', previousGrade: 'AA', grade: 'AAA', reason: 'AAA：年综合效益 260 万元 ≥ 200 万元' }],
        complaints: [complaint('k1', '2026-03-03T02:00:00.000Z', '0009')],
      },
      { dateOfInstant: (iso) => iso.slice(0, 10) },
    );
    expect(items.map((i) => `${i.kind}:${i.id}`)).toEqual(['requirement:r1', 'interaction:i2', 'complaint:k1', 'interaction:i1', 'grade_change:g1']);
    expect(items[2]!.date).toBe('2026-03-03');
  });

  it('is ordered and stable for any input (property)', () => {
    const day = fc.integer({ min: 0, max: 20 }).map((d) => `2026-01-${String(d + 1).padStart(2, '0')}`);
    const rev = fc.integer({ min: 0, max: 5 }).map((r) => `000${r}`);
    const rows = fc.array(fc.tuple(day, rev), { maxLength: 30 });
    fc.assert(
      fc.property(rows, rows, (a, b) => {
        const sources: TimelineSources = {
          interactions: a.map(([d, r], i) => interaction(`i${i}`, d, r)),
          handovers: b.map(([d, r], i) => ({
            id: `h${i}`,
            rev: r,
            customerId: ID.a,
            fromManagerId: null,
            fromManagerName: '',
            toManagerId: ID.m1,
            toManagerName: '王伟',
            date: d,
            reason: '调整',
            notes: '',
            acknowledgedAt: null,
            acknowledgedBy: '',
          })),
        };
        const items = mergeTimeline(sources);
        expect(items).toHaveLength(a.length + b.length);
        const inputOrder = [...a.map((_, i) => `i${i}`), ...b.map((_, i) => `h${i}`)];
        for (let k = 1; k < items.length; k++) {
          const [prev, next] = [items[k - 1]!, items[k]!];
          const newerFirst = prev.date > next.date || (prev.date === next.date && prev.rev >= next.rev);
          expect(newerFirst).toBe(true);
          if (prev.date === next.date && prev.rev === next.rev) expect(inputOrder.indexOf(prev.id)).toBeLessThan(inputOrder.indexOf(next.id));
        }
      }),
    );
  });
});

describe('isRequirementOverdue', () => {
  it.each([
    ['open', '2026-06-29', true],
    ['in_progress', '2026-06-29', true],
    ['open', '2026-06-30', false],
    ['answered', '2026-01-01', false],
    ['closed', '2026-01-01', false],
  ] as const)('%s due %s → %s', (status, dueDate, expected) => {
    expect(isRequirementOverdue({ status, dueDate }, '2026-06-30')).toBe(expected);
  });
});
