import type { AirgapDb } from '../../../src-renderer/data/db';
import { createCustomer, createManager, updateCustomer, type CustomerRecord, type ManagerRecord } from '../../../src-renderer/data/customers';
import type { WriteContext } from '../../../src-renderer/data/write-context';
import { unitInput } from './customers/fixtures';
import { freshDb, testContext } from './helpers';

/**
 * A department's archive for the data-scope tests (issue 15.3). "Another department" is simulated
 * by writing with another installation's context: its change-log entries carry that origin, as an
 * import's do.
 */
export interface Department {
  db: AirgapDb;
  here: WriteContext;
  wang: ManagerRecord;
  li: ManagerRecord;
  foreign: ManagerRecord;
  /** wang's; li's; no manager, made here; the foreign manager's, made there; no manager, made there; made there, handed to wang. */
  c: Record<'wangs' | 'lis' | 'unmanagedHere' | 'foreigns' | 'unmanagedThere' | 'receivedToWang', CustomerRecord>;
}

export async function department(): Promise<Department> {
  const db = await freshDb();
  const here = testContext();
  const there = testContext('外部门');
  const wang = await createManager(db, { name: '王磊', phone: '' }, here);
  const li = await createManager(db, { name: '李娜', phone: '' }, here);
  const foreign = await createManager(db, { name: '赵外', phone: '' }, there);
  const unit = (name: string, manager: ManagerRecord | null) =>
    unitInput({ name, shortName: '', managerId: manager?.id ?? null, managerName: manager?.name ?? '' });
  const c = {
    wangs: await createCustomer(db, unit('航天王的客户所', wang), here),
    lis: await createCustomer(db, unit('航天李的客户所', li), here),
    unmanagedHere: await createCustomer(db, unit('航天本部门未分配所', null), here),
    foreigns: await createCustomer(db, unit('航天外部门客户所', foreign), there),
    unmanagedThere: await createCustomer(db, unit('航天外部门未分配所', null), there),
    receivedToWang: await createCustomer(db, unit('航天接收后交王所', foreign), there),
  };
  // Received, then handed over here to a manager of this department: now this department's.
  c.receivedToWang = await updateCustomer(db, c.receivedToWang.id, { ...unit('航天接收后交王所', wang) }, here);
  // Edited here: the envelope's origin becomes this installation, the customer stays the other department's.
  c.unmanagedThere = await updateCustomer(db, c.unmanagedThere.id, { ...unit('航天外部门未分配所', null), notes: '本部门补充' }, here);
  c.foreigns = await updateCustomer(db, c.foreigns.id, { ...unit('航天外部门客户所', foreign), notes: '本部门补充' }, here);
  // A received manager edited here is still the other department's.
  await db.managers.update(foreign.id, { origin: here.origin });
  return { db, here, wang, li, foreign, c };
}
