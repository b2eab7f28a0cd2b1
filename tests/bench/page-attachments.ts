import Dexie from 'dexie';
import { HybridLogicalClock } from '../../src-renderer/core/hlc';
import { newId } from '../../src-renderer/core/ids';
import { addAttachments, type NewAttachment } from '../../src-renderer/data/attachments';
import { createCustomer } from '../../src-renderer/data/customers';
import { openDatabase } from '../../src-renderer/data/db';
import type { WriteContext } from '../../src-renderer/data/write-context';
import { testActor } from '../shared/actors';
import { BENCH_CUSTOMER } from './bench-customer';

/**
 * attachments.add-100 (issue 18): 100 files of 1 MB attached to one customer in one add —
 * every check, the SHA-256 of each file in the hash worker, one transaction that stores the bytes
 * and the records — against its floor: the same 100 Blobs put raw into a table of the same shape
 * (no check, no hash, no record), in the same page.
 */
const SCRATCH = 'airgap-bench-attachments';
const FLOOR = 'airgap-bench-attachments-floor';
const MB = 1024 * 1024;

/** `count` distinct files of `size` bytes: a PDF header, then bytes that differ per file (no two hash alike). */
function files(count: number, size: number, seed: number): NewAttachment[] {
  const out: NewAttachment[] = [];
  for (let n = 0; n < count; n++) {
    const bytes = new Uint8Array(size);
    bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
    let x = (seed + n * 7919) >>> 0;
    for (let i = 16; i < size; i += 4) {
      x = (x * 1664525 + 1013904223) >>> 0;
      bytes[i] = x & 0xff;
    }
    out.push({
      file: new Blob([bytes], { type: 'application/pdf' }),
      fileName: `报告${n + 1}.pdf`,
      entry: { title: `试验报告 ${n + 1}`, kind: 'report', classification: 'internal', notes: '' },
    });
  }
  return out;
}

export async function measureAttachmentsAdd(count: number, seed: number, log: (line: string) => void) {
  await Dexie.delete(SCRATCH);
  await Dexie.delete(FLOOR);
  const items = files(count, MB, seed);
  const db = await openDatabase(SCRATCH);
  const ctx: WriteContext = { clock: new HybridLogicalClock(), origin: newId(), actor: testActor('张明'), now: () => new Date() };
  try {
    const customer = await createCustomer(db, BENCH_CUSTOMER, ctx);
    log(`attachments: adding ${count} files of 1 MB`);
    const started = performance.now();
    const added = await addAttachments(db, { kind: 'customers', id: customer.id }, items, ctx, 100 * MB);
    const addMs = performance.now() - started;
    if (added.length !== count) throw new Error(`added ${added.length} of ${count}`);

    const floorDb = new Dexie(FLOOR, { chromeTransactionDurability: 'strict' });
    floorDb.version(1).stores({ blobs: 'key' });
    await floorDb.open();
    const floorStarted = performance.now();
    await floorDb.table('blobs').bulkPut(items.map((item, n) => ({ key: `blob-${n}`, blob: item.file })));
    const floorMs = performance.now() - floorStarted;
    floorDb.close();
    return { count, addMs, floorMs };
  } finally {
    db.close();
    await Dexie.delete(SCRATCH);
    await Dexie.delete(FLOOR);
  }
}
