import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENVELOPE_FIELDS } from '../../../../src-renderer/core/envelope';
import { ValidationError } from '../../../../src-renderer/core/validation';
import { createCustomer, customerHistory, deleteCustomer, restoreCustomer, updateCustomer } from '../../../../src-renderer/data/customers';
import { RecordNotFoundError } from '../../../../src-renderer/data/records';
import { freshDb, testContext } from '../helpers';
import { stored, unitInput } from './fixtures';

/** The record without the envelope fields that only stamp a change (deletedAt is a logged field). */
function state(record: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...record };
  for (const f of ENVELOPE_FIELDS) if (f !== 'deletedAt') delete copy[f];
  return copy;
}

const edit = fc.record({
  kind: fc.constant('edit' as const),
  values: fc.record(
    {
      name: fc.constantFrom('航天材料所', '航天材料及工艺研究所', '西北工业集团', 'ABC 研究所', ''),
      region: fc.constantFrom('', '北京', '西安'),
      status: fc.constantFrom('active', 'dormant', 'lost'),
      tags: fc.uniqueArray(fc.constantFrom('重点', '复材', '新客户'), { maxLength: 3 }),
      cooperationStart: fc.constantFrom(null, '2019-03-01', '2030-01-01'),
      notes: fc.constantFrom('', '年度走访\n已签约'),
    },
    { requiredKeys: [] },
  ),
});
const op = fc.oneof(edit, fc.constant({ kind: 'delete' as const }), fc.constant({ kind: 'restore' as const }));

describe('customer change log (property)', () => {
  it('any sequence of edits, deletes and restores replays backwards to the created state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 20 }), async (ops) => {
        const db = await freshDb();
        const ctx = testContext();
        try {
          const created = await createCustomer(db, unitInput({ name: '起始单位' }), ctx);
          let input = unitInput({ name: '起始单位' });
          for (const o of ops) {
            ctx.tick();
            if (o.kind === 'delete') await deleteCustomer(db, created.id, ctx);
            else if (o.kind === 'restore') await restoreCustomer(db, created.id, ctx);
            else {
              const next = { ...input, ...o.values };
              const result = await updateCustomer(db, created.id, next, ctx).catch((e: unknown) => e);
              // Refused edits (blank name, future date, deleted record) must leave no trace.
              if (result instanceof ValidationError || result instanceof RecordNotFoundError) continue;
              if (result instanceof Error) throw result;
              input = next;
            }
          }
          const current = (await stored(db, created.id)) as unknown as Record<string, unknown>;
          const history = await customerHistory(db, created.id);
          expect(history.at(-1)!.rev).toBe(current.rev);
          expect(history.filter((e) => e.op === 'create')).toHaveLength(1);
          const replay = state(current);
          for (const entry of history.toReversed()) {
            for (const f of entry.fields) {
              expect(replay[f.field]).toEqual(f.after);
              if (f.before === undefined) delete replay[f.field];
              else replay[f.field] = f.before;
            }
          }
          expect(replay).toEqual(state(created as unknown as Record<string, unknown>));
        } finally {
          db.close();
        }
      }),
      { numRuns: 30 },
    );
  });
});
