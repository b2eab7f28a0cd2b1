import Dexie from 'dexie';
import { HybridLogicalClock } from '../../src-renderer/core/hlc';
import { newId } from '../../src-renderer/core/ids';
import { createContact, createCustomer, createInteraction, customerFullHistory, deleteInteraction, updateInteraction } from '../../src-renderer/data/customers';
import { openDatabase } from '../../src-renderer/data/db';
import { createRecords } from '../../src-renderer/data/records';
import type { WriteContext } from '../../src-renderer/data/write-context';
import { interactionFields } from './page-write';
import { testActor } from '../shared/actors';
import { BENCH_CUSTOMER } from './bench-customer';

/**
 * archive.customer.history: the read behind 修改记录 (customerFullHistory, first 100 entries) for a
 * busy customer — 500 interactions (250 arrived in import batches of 10,000 shared with other
 * customers, 250 entered one by one, 200 edited, 50 deleted), 20 contacts — in a change log that
 * also holds `others` interactions of other customers. The institute dataset is loaded without
 * change-log entries (bulkPut), so this builds its own history in a scratch database.
 */
const SCRATCH = 'airgap-bench-history';
const BATCH = 10_000;

export async function measureCustomerHistory(others: number, seed: number, log: (line: string) => void, runs = 30) {
  await Dexie.delete(SCRATCH);
  const db = await openDatabase(SCRATCH);
  const ctx: WriteContext = { clock: new HybridLogicalClock(), origin: newId(), actor: testActor('张明'), now: () => new Date() };
  try {
    const customer = await createCustomer(db, BENCH_CUSTOMER, ctx);
    const visit = (n: number) => ({
      date: `2025-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
      kind: 'visit',
      departments: ['marketing'],
      summary: `第 ${n} 次走访`,
    });
    const background = interactionFields(Math.max(others, BATCH), seed);
    // Imports: each batch of 10,000 holds some of this customer's interactions among everyone else's.
    for (let i = 0, mine = 0; i < background.length; i += BATCH) {
      const batch = background.slice(i, i + BATCH);
      const share = i + BATCH >= background.length ? 250 - mine : Math.min(50, 250 - mine);
      for (let k = 0; k < share; k++) batch[k * 7] = { ...batch[k * 7]!, customerId: customer.id };
      mine += share;
      await createRecords(db, 'interactions', batch, ctx);
    }
    log(`history: ${background.length} imported interactions`);
    const entered = [];
    for (let n = 0; n < 250; n++) entered.push(await createInteraction(db, customer.id, visit(n), ctx));
    for (let n = 0; n < 200; n++) await updateInteraction(db, entered[n]!.id, { ...visit(n), summary: `第 ${n} 次走访（已补充）` }, ctx);
    for (let n = 200; n < 250; n++) await deleteInteraction(db, entered[n]!.id, ctx);
    for (let n = 0; n < 20; n++) await createContact(db, customer.id, { name: `联系人${n}`, phones: [] }, ctx);
    log('history: the customer’s 500 interactions, 200 edits, 50 deletions, 20 contacts written');

    // The floor's input, not timed: the ids of every record the customer owns (itself, its interactions, its contacts).
    const owned = [
      customer.id,
      ...((await db.interactions.where('[customerId+date]').between([customer.id, Dexie.minKey], [customer.id, Dexie.maxKey]).primaryKeys()) as string[]),
      ...((await db.table('contacts').where('customerId').equals(customer.id).primaryKeys()) as string[]),
    ];

    const samples: number[] = [];
    const floorSamples: number[] = [];
    let entries = 0;
    for (let run = 0; run < runs; run++) {
      // The floor, alternating with the app's read: the raw index read of the same customer's change
      // entries (`recordIds` multiEntry, any of its records), the newest 100 of them read by key.
      const floorStarted = performance.now();
      const seqs = (await db.changes.where('recordIds').anyOf(owned).primaryKeys()) as number[];
      await db.changes.bulkGet([...new Set(seqs)].sort((a, b) => b - a).slice(0, 100));
      floorSamples.push(performance.now() - floorStarted);
      const started = performance.now();
      const page = await customerFullHistory(db, customer.id, { limit: 100 });
      samples.push(performance.now() - started);
      entries = page.items.length;
    }
    const at = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))]!;
    const round = (s: number) => Math.round(s * 10) / 10;
    return {
      samples: samples.map(round),
      p50: at(samples, 0.5),
      p95: at(samples, 0.95),
      floorSamples: floorSamples.map(round),
      floorP95: at(floorSamples, 0.95),
      owned: owned.length,
      entries,
      changeLog: await db.changes.count(),
    };
  } finally {
    db.close();
    await Dexie.delete(SCRATCH);
  }
}
