import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { contactFieldsSchema, withContactKeys, type ContactFields } from '../../../src-renderer/core/customers/contact';
import { customerFieldsSchema, withCustomerKeys, type CustomerFields } from '../../../src-renderer/core/customers/customer';
import type { CustomerType } from '../../../src-renderer/core/customers/enums';
import { managerFieldsSchema, type ManagerValues } from '../../../src-renderer/core/customers/people';
import { sortKeyOf } from '../../../src-renderer/core/search/keys';
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

/** A manager as 系统设置 → 客户经理 → 新增客户经理 saves one (data/customers/managers.ts withManagerKey), for seedInstitute. */
export function formManager(name: string, phone = ''): ManagerValues & { id: string; sortKey: string } {
  return { id: randomUUID(), ...managerFieldsSchema.parse({ name, phone }), sortKey: sortKeyOf(name, true) };
}

/**
 * A customer as the new-customer form saves one given only 单位名称 and 客户类型 (a group, the installation's
 * default mark 内部; no manager, or the one chosen), checked by the core's schema and keyed as the repository keys
 * it: for a test whose subject is not the form, written by seedInstitute before the app opens instead of typed and saved.
 */
export function formCustomer(name: string, type: CustomerType, manager?: { id: string; name: string }): CustomerFields & { id: string } {
  const values = customerFieldsSchema.parse({
    name,
    shortName: '',
    level: 1,
    parentId: null,
    type,
    fields: [],
    region: '',
    address: '',
    cooperationStart: null,
    tags: [],
    notes: '',
    classification: 'internal',
    managerId: manager?.id ?? null,
    managerName: manager?.name ?? '',
  });
  return { id: randomUUID(), ...withCustomerKeys(values) };
}

/** A contact as 联系人 → 新增联系人 saves one given its name (and 职务), the customer's first: primary, for seedInstitute. */
export function formContact(customerId: string, name: string, title = ''): ContactFields & { id: string } {
  const values = contactFieldsSchema.parse({ customerId, name, title, department: '', phones: [], notes: '', primary: true });
  return { id: randomUUID(), ...withContactKeys(values) };
}

/**
 * The rows into IndexedDB, revs from a day before `nowMs` (the machine's clock, or the page's when a test fixes it)
 * so that the app's clock stays ahead of them.
 */
export async function seedInstitute(
  page: Page,
  institute: Partial<SeededInstitute> & { managers?: ReturnType<typeof formManager>[] },
  nowMs = Date.now(),
): Promise<void> {
  const base = nowMs - 86_400_000;
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
