import type { Page } from '@playwright/test';

/**
 * Writes records straight into the app's IndexedDB, each with an envelope (UUID, an HLC rev of now,
 * an origin, the operator, not deleted), for what the UI of this build cannot make yet — complaints
 * in a given state (their screens are another feature) or a follow-up task at a given day. The caller
 * then reloads (`app.reload()`, which signs in again): Dexie's live queries cache their results and see
 * only the writes of their own connection, so a screen read before would keep showing the old rows.
 */
export async function seedRecords(page: Page, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  await page.evaluate(
    ({ name, items }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('airgap-crm');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(name, 'readwrite');
          const rev = `${Date.now().toString(16).padStart(16, '0')}-0000`;
          const origin = crypto.randomUUID();
          for (const item of items) tx.objectStore(name).put({ ...item, id: crypto.randomUUID(), rev, origin, updatedBy: '张伟', deletedAt: null });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: table, items: rows },
  );
}
