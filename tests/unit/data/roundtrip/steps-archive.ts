import { CUSTOMER_TYPES, INTERACTION_KINDS, OUR_DEPARTMENTS, REQUIREMENT_STATUSES } from '../../../../src-renderer/core/model';
import { CLASSIFICATION_LEVELS } from '../../../../src-renderer/core/classification';
import {
  acknowledgeHandover,
  bulkHandOver,
  createContact,
  createCustomer,
  createInteraction,
  createManager,
  createRequirement,
  createSettlement,
  deleteBenefitYear,
  deleteContact,
  deleteCustomer,
  deletedRecords,
  deleteInteraction,
  deleteRequirement,
  deleteSettlement,
  handOverCustomer,
  mergeCustomers,
  restoreRecord,
  setPrimaryContact,
  updateContact,
  updateCustomer,
  updateInteraction,
  updateManager,
  updateRequirement,
  updateBenefitYear,
  updateSettlement,
  benefitsOf,
  createBenefitYear,
} from '../../../../src-renderer/data/customers';
import type { Dept } from './world';
import { dayFrom, live, notes, nth, rotate, rowOf, text, type Params, type Row, rowStep } from './pick';

/** The customer archive's repository actions (data/customers), driven by a step's numbers. */
const NAMES = [
  '中国航天科技集团有限公司',
  '中国运载火箭技术研究院',
  '航天材料及工艺研究所',
  '西北工业集团',
  '北京航空材料研究院',
  'ＡＢＣ 研究所',
  '研'.repeat(100),
];
const WORDS = [[], ['导弹'], ['复材', '新客户', '重点'], Array.from({ length: 20 }, (_, i) => `词${i}`), ['甲'.repeat(20)]];

async function customerInput(d: Dept, [p0, p1, p2, p3]: Params, level: 1 | 2 | 3, parentId: string | null) {
  const manager = p3 % 3 === 0 ? null : await rowOf(d.db, 'managers', p3, live);
  return {
    name: nth(NAMES, p0),
    shortName: text(50, p1),
    level,
    parentId,
    type: nth(CUSTOMER_TYPES, p1),
    fields: nth(WORDS, p2),
    region: text(50, p2),
    address: text(200, p3),
    cooperationStart: nth([null, '2015-03-01', dayFrom(d.ctx.now(), -400)], p2),
    status: nth(['active', 'dormant', 'lost'], p0),
    tags: nth(WORDS, p1 + 1),
    notes: notes(2000, p0 + p2),
    classification: nth(CLASSIFICATION_LEVELS, p3),
    managerId: manager?.id ?? null,
    managerName: (manager?.name as string | undefined) ?? '',
  };
}

/** A parent for a unit of `level`: a live customer one level up (none for a group). */
async function parentFor(d: Dept, level: 1 | 2 | 3, n: number): Promise<string | null | undefined> {
  if (level === 1) return null;
  return (await rowOf(d.db, 'customers', n, (c) => live(c) && c.level === level - 1))?.id;
}

const liveOf = (d: Dept, table: string, n: number) => rowOf(d.db, table, n, live);

export const ARCHIVE_STEPS: Record<string, (d: Dept, p: Params) => Promise<unknown>> = {
  async managerCreate(d, [p0, p1]) {
    return createManager(d.db, { name: text(50, p0 + 1), phone: nth(['', '138 1234 5678', '010-88886666转123'], p1) }, d.ctx);
  },
  async managerUpdate(d, [p0, p1, p2]) {
    const m = await liveOf(d, 'managers', p0);
    return m && updateManager(d.db, m.id, { name: text(50, p1 + 1), phone: m.phone, active: p2 % 4 !== 0 }, d.ctx);
  },
  async customerCreate(d, p) {
    // A sub-unit where its parent level exists, else a group.
    let level = nth([1, 2, 3] as const, p[0]);
    let parentId = await parentFor(d, level, p[1]);
    if (parentId === undefined) [level, parentId] = [1, null];
    return createCustomer(d.db, await customerInput(d, p, level, parentId), d.ctx, { allowDuplicate: p[2] % 2 === 0 });
  },
  async customerUpdate(d, p) {
    const c = await liveOf(d, 'customers', p[0]);
    if (!c) return;
    const input = await customerInput(d, rotate(p), c.level as 1 | 2 | 3, c.parentId as string | null);
    return updateCustomer(d.db, c.id, input, d.ctx, { allowDuplicate: p[3] % 2 === 0 });
  },
  customerDelete: rowStep('customers', live, deleteCustomer),
  async recycleRestore(d, [p0]) {
    const items = await deletedRecords(d.db);
    if (items.length === 0) return;
    const item = nth(items, p0);
    return restoreRecord(d.db, item.table, item.record.id, d.ctx);
  },
  async customerMerge(d, [p0, p1]) {
    const a = await liveOf(d, 'customers', p0);
    const b = await liveOf(d, 'customers', p1);
    return a && b && mergeCustomers(d.db, a.id, b.id, d.ctx);
  },
  async contactCreate(d, [p0, p1, p2]) {
    const c = await liveOf(d, 'customers', p0);
    const phones = nth([[], ['13812345678', '138 1234 5678'], ['010-88886666转12', '13800001111', '13800002222', '13800003333', '13800004444']], p2);
    return c && createContact(d.db, c.id, { name: text(50, p1 + 1), title: text(50, p2), phones, notes: notes(2000, p1), primary: p2 % 2 === 0 }, d.ctx);
  },
  async contactUpdate(d, [p0, p1, p2]) {
    const c = await liveOf(d, 'contacts', p0);
    return (
      c &&
      updateContact(d.db, c.id, { name: text(50, p1 + 1), department: text(50, p2), phones: c.phones, notes: notes(2000, p2), primary: p1 % 3 === 0 }, d.ctx)
    );
  },
  contactPrimary: rowStep('contacts', live, setPrimaryContact),
  contactDelete: rowStep('contacts', live, deleteContact),
  async interactionCreate(d, [p0, p1, p2, p3]) {
    const c = await liveOf(d, 'customers', p0);
    const date = dayFrom(d.ctx.now(), -(p2 % 40));
    const input = {
      date,
      kind: nth(INTERACTION_KINDS, p1),
      departments: [nth(OUR_DEPARTMENTS, p2), nth(OUR_DEPARTMENTS, p3)],
      participants: nth(WORDS, p3),
      summary: notes(2000, p1 + 1),
      nextStep: text(200, p2),
      followUpDate: p3 % 2 ? null : dayFrom(d.ctx.now(), 30),
    };
    return c && createInteraction(d.db, c.id, input, d.ctx);
  },
  async interactionUpdate(d, [p0, p1]) {
    const i = await liveOf(d, 'interactions', p0);
    return i && updateInteraction(d.db, i.id, { ...i, summary: notes(2000, p1 + 1), participants: nth(WORDS, p1) }, d.ctx);
  },
  interactionDelete: rowStep('interactions', live, deleteInteraction),
  async requirementCreate(d, [p0, p1, p2, p3]) {
    const c = await liveOf(d, 'customers', p0);
    const manager = p3 % 2 ? await liveOf(d, 'managers', p3) : undefined;
    const status = nth(REQUIREMENT_STATUSES, p1);
    const answered = status === 'answered' || status === 'closed';
    const input = {
      receivedDate: dayFrom(d.ctx.now(), -5),
      title: text(100, p1 + 1),
      detail: notes(2000, p2),
      department: nth(OUR_DEPARTMENTS, p2),
      dueDate: dayFrom(d.ctx.now(), p2 % 30),
      status,
      answer: answered ? notes(2000, p3 + 1) || '已答复' : '',
      answeredDate: answered ? dayFrom(d.ctx.now(), 0) : null,
      managerId: manager?.id ?? null,
    };
    return c && createRequirement(d.db, c.id, input, d.ctx);
  },
  async requirementUpdate(d, [p0, p1]) {
    const r = await liveOf(d, 'requirements', p0);
    return r && updateRequirement(d.db, r.id, { ...r, title: text(100, p1 + 1), status: nth(['open', 'in_progress'], p1) }, d.ctx);
  },
  requirementDelete: rowStep('requirements', live, deleteRequirement),
  async benefitSave(d, [p0, p1, p2]) {
    const c = await liveOf(d, 'customers', p0);
    const wan = nth([0, 12.5, 30, 260, 100_000_000, 0.0001], p2);
    if (!c) return c;
    const input = { year: nth([2025, 2024, 2026], p1), contractWan: wan, benefitWan: nth([0, 5, 30, 260], p1) };
    // A year that exists is edited, never created again (that is refused: no silent overwrite).
    const existing = (await benefitsOf(d.db, c.id)).find((b) => b.year === input.year);
    return existing ? updateBenefitYear(d.db, existing.id, input, d.ctx) : createBenefitYear(d.db, c.id, input, d.ctx);
  },
  benefitDelete: rowStep('benefits', live, deleteBenefitYear),
  async settlementCreate(d, [p0, p1, p2]) {
    const c = await liveOf(d, 'customers', p0);
    const paid = p1 % 3 !== 0;
    const input = {
      receivableWan: nth([10, 0.5, 100], p2),
      dueDate: dayFrom(d.ctx.now(), -(p2 % 400)),
      paidDate: paid ? dayFrom(d.ctx.now(), -(p1 % 30)) : null,
      amountPaidWan: paid ? nth([10, 0.5], p1) : null,
    };
    // Half the overpayments are confirmed by the user; the others are refused and write nothing.
    return c && createSettlement(d.db, c.id, input, d.ctx, { allowOverpayment: p2 % 2 === 0 });
  },
  async settlementUpdate(d, [p0, p1]) {
    const s = await liveOf(d, 'settlements', p0);
    return (
      s && updateSettlement(d.db, s.id, { ...s, paidDate: p1 % 2 ? null : dayFrom(d.ctx.now(), 0), amountPaidWan: p1 % 2 ? null : s.receivableWan }, d.ctx)
    );
  },
  settlementDelete: rowStep('settlements', live, deleteSettlement),
  async handover(d, [p0, p1, p2]) {
    const c = await liveOf(d, 'customers', p0);
    const to = await liveOf(d, 'managers', p1);
    return (
      c && to && handOverCustomer(d.db, c.id, { toManagerId: to.id, date: dayFrom(d.ctx.now(), 0), reason: text(200, p2 + 1), notes: notes(2000, p2) }, d.ctx)
    );
  },
  async handoverAck(d, [p0]) {
    const h = await rowOf(d.db, 'handovers', p0, (r: Row) => r.acknowledgedAt === null);
    return h && acknowledgeHandover(d.db, h.id, d.ctx);
  },
  async handoverBulk(d, [p0, p1, p2]) {
    const from = await liveOf(d, 'managers', p0);
    const to = await liveOf(d, 'managers', p1);
    return from && to && bulkHandOver(d.db, from.id, { toManagerId: to.id, date: dayFrom(d.ctx.now(), 0), reason: text(200, p2 + 1) }, d.ctx);
  },
};
