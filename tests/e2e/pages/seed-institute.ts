import type { Page } from '@playwright/test';
import { encodeHlc } from '../../../src-renderer/core/hlc';
import { generateInstitute, type InstituteCounts, type SyntheticRecords } from '../../../src-renderer/core/synthetic';

/**
 * A small synthetic institute (core's deterministic generator) written straight into the app's
 * IndexedDB after setup, the way the bench loads its data: typing a hundred customers through the
 * forms would take minutes and test nothing new. Rows get the record envelope with revs from a day
 * ago, so the app's clock (which starts past the newest rev it knows) stays ahead of them.
 */
export type SeededInstitute = { [K in keyof SyntheticRecords]: SyntheticRecords[K][] };

export function makeInstitute(counts: InstituteCounts, seed: number): SeededInstitute {
  const out = { customers: [], contacts: [], benefits: [], settlements: [], interactions: [], complaints: [] } as unknown as SeededInstitute;
  for (const batch of generateInstitute(counts, seed)) (out[batch.table] as unknown[]).push(...batch.records);
  return out;
}

export async function seedInstitute(page: Page, institute: SeededInstitute): Promise<void> {
  const base = Date.now() - 86_400_000;
  let counter = 0;
  const tables: Record<string, unknown[]> = {};
  for (const [table, records] of Object.entries(institute)) {
    tables[table] = (records as object[]).map((r) => ({
      ...r,
      rev: encodeHlc({ wallMs: base, counter: counter++ % 0xffff }),
      origin: '01900000-0000-7000-8000-000000000001',
      updatedBy: '种子数据',
      deletedAt: null,
      ...(table === 'customers' ? { mergedInto: null } : {}),
    }));
  }
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('airgap-crm');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(rows), 'readwrite');
          for (const [table, list] of Object.entries(rows)) for (const row of list) tx.objectStore(table).put(row);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    tables,
  );
}
