import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_ACTIONS, replayHistory, transition, type ComplaintHistoryEntry, type WorkflowComplaint } from '../../../../src-renderer/core/complaints';
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES } from '../../../../src-renderer/core/model';
import { BY, completeZeroing } from './helpers';

const RUNS = { seed: 20_260_305, numRuns: 1_000 };

const step = fc.record({
  action: fc.constantFrom(...COMPLAINT_ACTIONS),
  reason: fc.constantFrom(undefined, '', '客户要求重新分析'),
  accepted: fc.boolean(),
  satisfaction: fc.integer({ min: 0, max: 6 }),
  zeroingDone: fc.boolean(),
});

describe('any random sequence of actions', () => {
  it('keeps the complaint in a legal state, and its history replays to it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMPLAINT_CATEGORIES), fc.array(step, { maxLength: 40 }), (category, steps) => {
        let complaint: WorkflowComplaint = { status: 'registered', category, zeroing: null };
        const history: ComplaintHistoryEntry[] = [];
        steps.forEach((s, i) => {
          if (s.zeroingDone) complaint = { ...complaint, zeroing: completeZeroing() };
          const at = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
          const r = transition(complaint, s.action, { by: BY, at, reason: s.reason, verification: { accepted: s.accepted, satisfaction: s.satisfaction } });
          if (r.ok) {
            expect(r.entry.from).toBe(complaint.status);
            history.push(r.entry);
            complaint = { ...complaint, status: r.status };
          } else {
            // A refusal changes nothing and is an i18n key, never an exception.
            expect(r.refusal.code).toMatch(/^(complaints|validation)\./);
          }
          expect(COMPLAINT_STATUSES).toContain(complaint.status);
          // A quality complaint only ever closes with its zeroing complete.
          if (r.ok && r.status === 'closed' && category === 'quality') expect(complaint.zeroing).not.toBeNull();
        });
        expect(replayHistory(history)).toEqual({ ok: true, status: complaint.status });
      }),
      RUNS,
    );
  });
});
