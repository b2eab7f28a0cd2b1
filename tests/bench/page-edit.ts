import { decodeHlc } from '../../src-renderer/core/hlc';
import { updateCustomer } from '../../src-renderer/data/customers';
import { openDatabase } from '../../src-renderer/data/db';
import { restoreClock } from '../../src-renderer/data/installation';
import { loadOrCreateInstallation } from '../shared/clear-installation';
import type { WriteContext } from '../../src-renderer/data/write-context';
import { testActor } from '../shared/actors';

/**
 * archive.edit: the app's save of one customer edit (validation, keys, envelope, change-log entry,
 * one transaction) on the loaded institute — each edit flips the notes of a different customer.
 */
export async function measureEdits(n: number): Promise<{ samples: number[]; p95: number }> {
  const db = await openDatabase();
  try {
    const installation = await loadOrCreateInstallation(db);
    const clock = await restoreClock(db);
    const ctx: WriteContext = { clock, origin: installation.installationId, actor: testActor('基准测试'), now: () => new Date() };
    const customers = (await db.table('customers').orderBy('sortKey').limit(n).toArray()) as Record<string, unknown>[];
    const samples: number[] = [];
    for (const customer of customers) {
      if (customer.deletedAt !== null) continue;
      const { id, rev: _rev, origin: _o, updatedBy: _u, deletedAt: _d, sortKey: _s, searchKeys: _k, ...fields } = customer;
      const input = { ...fields, notes: `基准测试修改 ${decodeHlc(clock.peek()).wallMs}` };
      const started = performance.now();
      await updateCustomer(db, id as string, input, ctx);
      samples.push(performance.now() - started);
    }
    const sorted = [...samples].sort((a, b) => a - b);
    return { samples: samples.map((s) => Math.round(s * 10) / 10), p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0 };
  } finally {
    db.close();
  }
}
