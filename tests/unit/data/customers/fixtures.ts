import { afterEach, beforeEach } from 'vitest';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { createCustomer, createManager, type CustomerRecord } from '../../../../src-renderer/data/customers';
import { freshDb, testContext } from '../helpers';

/** What the customer form sends for a group (level 1); tests override what they need. */
export const GROUP = {
  name: '中国航天科工集团有限公司',
  shortName: '航天科工',
  level: 1,
  parentId: null,
  type: 'defence_group',
  fields: ['导弹'],
  region: '北京',
  address: '北京市海淀区阜成路8号',
  cooperationStart: '2015-03-01',
  status: 'active',
  tags: [],
  notes: '',
  classification: 'internal',
  managerId: null,
  managerName: '',
};

export function unitInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...GROUP, ...overrides };
}

export const INSTITUTE = '航天材料及工艺研究所';

/** A database with two managers and a three-level hierarchy: group → 研究院 → 研究所. */
export async function archive() {
  const db = await freshDb();
  const ctx = testContext();
  const wang = await createManager(db, { name: '王磊', phone: '138 1234 5678' }, ctx);
  const li = await createManager(db, { name: '李娜', phone: '' }, ctx);
  const managed = { managerId: wang.id, managerName: wang.name };
  const group = await createCustomer(db, unitInput({ name: '中国航天科技集团有限公司', shortName: '航天科技', ...managed }), ctx);
  const academy = await createCustomer(db, unitInput({ name: '中国运载火箭技术研究院', shortName: '火箭院', level: 2, parentId: group.id, ...managed }), ctx);
  const institute = await createCustomer(db, unitInput({ name: INSTITUTE, shortName: '703所', level: 3, parentId: academy.id, ...managed }), ctx);
  return { db, ctx, wang, li, group, academy, institute };
}

export type Archive = Awaited<ReturnType<typeof archive>>;

/**
 * A fresh archive() for every test of the file, with `setUp` run on it, closed after the test. The
 * object returned is the same for every test and refilled before each, so tests read `w.db`,
 * `w.institute`… as of their own test.
 */
export function archivePerTest(setUp?: (w: Archive) => Promise<unknown>): Archive {
  const w = {} as Archive;
  beforeEach(async () => {
    Object.assign(w, await archive());
    await setUp?.(w);
  });
  afterEach(() => w.db.close());
  return w;
}

/** Rows and change-log entries, to prove a refused operation wrote nothing. */
const COUNTED = ['changes', 'customers', 'contacts', 'interactions', 'requirements', 'benefits', 'settlements', 'handovers', 'managers'] as const;

export async function counts(db: AirgapDb): Promise<Record<(typeof COUNTED)[number], number>> {
  const out = {} as Record<(typeof COUNTED)[number], number>;
  for (const t of COUNTED) out[t] = await db.table(t).count();
  return out;
}

export async function stored(db: AirgapDb, id: string): Promise<CustomerRecord> {
  return (await db.table('customers').get(id)) as CustomerRecord;
}

/** An interaction's input: a visit on `date` (走访 unless said), as the 记录拜访 form saves it. */
export const visitInput = (date: string, summary = '走访') => ({
  date,
  kind: 'visit',
  departments: ['design'],
  participants: [],
  summary,
  nextStep: '',
  followUpDate: null,
});
