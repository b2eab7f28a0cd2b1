import { afterEach, describe, expect, it } from 'vitest';
import { MAX_RECORDS_PER_ENTRY } from '../../../../src-renderer/core/change-log';
import { DEFAULT_TEMPLATE } from '../../../../src-renderer/core/grading';
import { lastChangeSeq } from '../../../../src-renderer/data/exchange';
import { saveConfig } from '../../../../src-renderer/data/grading';
import { createCustomer } from '../../../../src-renderer/data/customers';
import { createRecords, historyOf, updateRecord } from '../../../../src-renderer/data/records';
import { saveQuestionnaire } from '../../../../src-renderer/data/satisfaction';
import { unitInput } from '../customers/fixtures';
import { expectBackupRoundTrip, expectImportEqual } from './compare';
import { addDepartment, exportTo, importInto, introduce, newWorld, type World } from './world';
import { refusal } from '../helpers';

/**
 * Write/read-back defects the round-trip work found besides the change log's lost `before`, each
 * with its smallest case.
 */
let world: World;
afterEach(() => world.close());

describe('rows and change entries with `undefined`-valued keys', () => {
  // JSON drops such keys: the row comes back without them, which must mean the same, and the change
  // entry of the write that cleared them has no `after` — both sides of a field change may be absent.
  it('survive a backup and an exchange as the same values', async () => {
    world = newWorld();
    const a = await addDepartment(world, '市场部');
    const b = await addDepartment(world, '科研处');
    await introduce(a, b);
    const customer = await createCustomer(a.db, unitInput({ name: '航天材料及工艺研究所' }), a.ctx);
    await updateRecord(a.db, 'customers', customer.id, { grade: 'A', gradedOn: '2026-11-26' }, a.ctx);
    await updateRecord(a.db, 'customers', customer.id, { grade: undefined, gradedOn: undefined }, a.ctx);
    expect(Object.keys(await a.db.table('customers').get(customer.id))).toContain('grade');
    const cleared = (await historyOf(a.db, 'customers', customer.id)).at(-1)!;
    expect(cleared.fields).toEqual([
      { field: 'grade', before: 'A' },
      { field: 'gradedOn', before: '2026-11-26' },
    ]);
    await expectBackupRoundTrip(a);
    const before = await lastChangeSeq(b.db);
    await importInto(b, (await exportTo(a, b)).bytes);
    await expectImportEqual(a.db, b.db, before);
  });
});

describe('template ids that would become keys no archive file may carry', () => {
  // A survey's scores are keyed by dimension id, an assessment's entries by item id; `constructor`
  // or `prototype` as a key made every later backup and export fail ("key constructor": the writer
  // refuses what every reader refuses). The template is refused instead, writing nothing.
  it('a questionnaire dimension or a scoring item named constructor / prototype is refused', async () => {
    world = newWorld();
    const a = await addDepartment(world, '市场部');
    const before = await a.db.changes.count();
    const dimensions = [{ id: 'constructor', label: '构造', weight: 1 }];
    expect(await refusal(saveQuestionnaire(a.db, null, { name: '回访表', scaleMax: 5, dimensions }, a.ctx))).toEqual({
      'dimensions.0.id': 'validation.reservedId',
    });
    const items = DEFAULT_TEMPLATE.items.map((item) => (item.id === 'potential' ? { ...item, id: 'prototype' } : item));
    const approval = { note: '' };
    expect(await refusal(saveConfig(a.db, 'template', { version: 1, items }, approval, a.ctx))).toEqual({
      [`items.${items.findIndex((i) => i.id === 'prototype')}.id`]: 'validation.reservedId',
    });
    expect(await a.db.changes.count()).toBe(before);
  });
});

describe('a create entry lists at most MAX_RECORDS_PER_ENTRY records', () => {
  // An import of the whole archive logged ONE create entry per kind and origin: 500,000 interactions
  // were a 19.5 MB line in every later backup, past the format's 16 MiB limit — no backup could be
  // written again. Bigger batches are now several entries.
  const managers = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `经理${i}`, phone: '', active: true, sortKey: `jing li ${i}` }));

  it('createRecords logs a bigger batch as several entries of one event', async () => {
    world = newWorld();
    const a = await addDepartment(world, '市场部');
    const rows = await createRecords(a.db, 'managers', managers(MAX_RECORDS_PER_ENTRY + 1), a.ctx);
    const entries = await a.db.changes.filter((e) => e.table === 'managers').toArray();
    expect(entries.map((e) => e.recordIds.length)).toEqual([MAX_RECORDS_PER_ENTRY, 1]);
    expect(new Set(entries.map((e) => `${e.op} ${e.rev} ${e.origin} ${e.by} ${e.at}`)).size).toBe(1);
    expect((await historyOf(a.db, 'managers', rows.at(-1)!.id)).map((e) => e.op)).toEqual(['create']);
  });

  it('an import logs its new records of one origin in entries of at most that many', async () => {
    world = newWorld();
    const a = await addDepartment(world, '市场部');
    const b = await addDepartment(world, '科研处');
    await introduce(a, b);
    await createRecords(a.db, 'managers', managers(MAX_RECORDS_PER_ENTRY + 1), a.ctx);
    await importInto(b, (await exportTo(a, b)).bytes);
    const entries = await b.db.changes.filter((e) => e.table === 'managers').toArray();
    expect(entries.map((e) => [e.op, e.recordIds.length])).toEqual([
      ['create', MAX_RECORDS_PER_ENTRY],
      ['create', 1],
    ]);
  }, 60_000);
});
