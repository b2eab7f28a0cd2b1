import { utils, write } from '@e965/xlsx';
import Dexie from 'dexie';
import { withContactKeys, withCustomerKeys } from '../../src-renderer/core/customers';
import { HybridLogicalClock } from '../../src-renderer/core/hlc';
import { newId } from '../../src-renderer/core/ids';
import { previewCustomerSheet } from '../../src-renderer/core/spreadsheet';
import { openDatabase } from '../../src-renderer/data/db';
import { analyseCustomerSheet, commitCustomerImport } from '../../src-renderer/data/spreadsheet-import';
import type { WriteContext } from '../../src-renderer/data/write-context';
import { testActor } from '../shared/actors';

/**
 * `import.xlsx-10k` (issue 16): 10,000 customers with 20,000 contacts (two rows per customer, one
 * contact each) from an .xlsx, previewed (read, header, values, archive duplicates) and committed
 * in the app's one transaction, on an empty scratch database. The floor: raw Dexie bulkPut of the
 * same customer and contact records, already stamped, into another empty database.
 */
const SCRATCH = 'airgap-bench-sheet-import';
const FLOOR = 'airgap-bench-sheet-floor';
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const PLACES = ['北京', '上海', '西安', '成都', '沈阳', '哈尔滨', '南京', '武汉'];
const KINDS = ['精密仪器', '电子科技', '材料科技', '航空配件', '自动化设备'];

/** Deterministic names: `n` distinct units, each sounding different (its number is part of the name). */
function unitName(i: number): string {
  return `${PLACES[i % PLACES.length]}${KINDS[i % KINDS.length]}第${i + 1}厂`;
}

export function customerWorkbook(customers: number): Uint8Array {
  const rows: (string | number)[][] = [['客户名称', '简称', '地区', '联系人', '职务', '手机']];
  for (let i = 0; i < customers; i++) {
    for (let k = 0; k < 2; k++) {
      const phone = `139${String(i * 2 + k).padStart(8, '0')}`;
      rows.push([unitName(i), `单位${i + 1}`, PLACES[i % PLACES.length]!, `${SURNAMES[(i + k) % SURNAMES.length]}工${k + 1}`, '主任', phone]);
    }
  }
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), '客户名单');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function context(): WriteContext {
  return { clock: new HybridLogicalClock(), origin: newId(), actor: testActor('张明'), now: () => new Date() };
}

/** The same records the import writes, stamped, through bulkPut alone. */
async function floorSeconds(customers: number): Promise<number> {
  const ctx = context();
  const stamp = () => ({ id: newId(), rev: ctx.clock.now(), origin: ctx.origin, updatedBy: ctx.actor.name, deletedAt: null });
  const units = Array.from({ length: customers }, (_, i) => ({
    ...withCustomerKeys({
      name: unitName(i),
      shortName: `单位${i + 1}`,
      level: 1,
      parentId: null,
      type: 'other',
      fields: [],
      region: PLACES[i % PLACES.length]!,
      address: '',
      cooperationStart: null,
      status: 'active',
      tags: [],
      notes: '',
      classification: 'internal',
      managerId: null,
      managerName: '',
      mergedInto: null,
    }),
    mergedInto: null,
    ...stamp(),
  }));
  const people = units.flatMap((u, i) =>
    [0, 1].map((k) => ({
      ...withContactKeys({
        customerId: u.id,
        name: `${SURNAMES[(i + k) % SURNAMES.length]}工${k + 1}`,
        title: '主任',
        department: '',
        phones: [`139${String(i * 2 + k).padStart(8, '0')}`],
        notes: '',
        primary: k === 0,
      }),
      ...stamp(),
    })),
  );
  await Dexie.delete(FLOOR);
  const db = await openDatabase(FLOOR);
  try {
    const started = performance.now();
    await db.transaction('rw', [db.customers, db.contacts], async () => {
      await db.customers.bulkPut(units);
      await db.contacts.bulkPut(people);
    });
    return (performance.now() - started) / 1000;
  } finally {
    db.close();
    await Dexie.delete(FLOOR);
  }
}

export async function measureSpreadsheetImport(customers: number, log: (line: string) => void) {
  const bytes = customerWorkbook(customers);
  log(`workbook: ${customers} customers, ${customers * 2} rows, ${Math.round(bytes.byteLength / 1024)} KB`);
  const floor = await floorSeconds(customers);
  await Dexie.delete(SCRATCH);
  const db = await openDatabase(SCRATCH);
  try {
    const ctx = context();
    const started = performance.now();
    const preview = await previewCustomerSheet(bytes, '客户名单.xlsx');
    const read = performance.now();
    const analysis = await analyseCustomerSheet(db, preview.rows, ctx, 'internal');
    const previewed = performance.now();
    const { record } = await commitCustomerImport(db, { fileName: '客户名单.xlsx', analysis, decisions: new Map(), classification: 'internal' }, ctx, {
      onProgress: ({ done, total }) => {
        if (done % 4000 === 0) log(`import: ${done} / ${total} rows`);
      },
    });
    const done = performance.now();
    const seconds = (done - started) / 1000;
    log(
      `import: ${seconds.toFixed(1)} s (read ${((read - started) / 1000).toFixed(1)}, preview ${((previewed - read) / 1000).toFixed(1)}); floor ${floor.toFixed(1)} s`,
    );
    return {
      customers: record.counts.created,
      contacts: record.counts.contacts,
      seconds,
      readSeconds: (read - started) / 1000,
      previewSeconds: (previewed - read) / 1000,
      commitSeconds: (done - previewed) / 1000,
      floorSeconds: floor,
    };
  } finally {
    db.close();
    await Dexie.delete(SCRATCH);
  }
}
