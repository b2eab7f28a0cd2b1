import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../src-renderer/core/validation';
import {
  benefitsOf,
  createInteraction,
  createRequirement,
  createSettlement,
  customerTimeline,
  deleteBenefitYear,
  deleteInteraction,
  interactionsOf,
  openRequirementsOfManager,
  requirementsOf,
  createBenefitYear,
  OverpaymentError,
  settlementsOf,
  updateBenefitYear,
  updateInteraction,
  updateRequirement,
  updateSettlement,
} from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { archive, counts, visitInput } from './fixtures';

let db: AirgapDb;
afterEach(() => db?.close());

const visit = visitInput;
const requirement = (overrides: Record<string, unknown> = {}) => ({
  receivedDate: '2026-11-01',
  title: '提供耐高温涂层样件',
  detail: '',
  department: 'process',
  dueDate: '2026-11-20',
  answer: '',
  answeredDate: null,
  ...overrides,
});

describe('interactions', () => {
  it('lists the newest first through [customerId+date], live ones, up to the limit', async () => {
    const w = await archive();
    db = w.db;
    for (const d of ['2026-03-01', '2026-05-01', '2026-04-01', '2026-05-01']) await createInteraction(db, w.institute.id, visit(d, d), w.ctx);
    await createInteraction(db, w.group.id, visit('2026-06-01'), w.ctx);
    const all = await interactionsOf(db, w.institute.id);
    expect(all.map((i) => i.date)).toEqual(['2026-05-01', '2026-05-01', '2026-04-01', '2026-03-01']);
    await deleteInteraction(db, all[0]!.id, w.ctx);
    expect((await interactionsOf(db, w.institute.id, 2)).map((i) => i.date)).toEqual(['2026-05-01', '2026-04-01']);
    const edited = await updateInteraction(db, all[1]!.id, { ...visit('2026-05-02', '技术交流'), kind: 'tech_exchange' }, w.ctx);
    expect(edited).toMatchObject({ kind: 'tech_exchange', customerId: w.institute.id });
  });

  it('refuses a follow-up before the date, writing nothing', async () => {
    const w = await archive();
    db = w.db;
    const before = await counts(db);
    const error = await createInteraction(db, w.institute.id, { ...visit('2026-05-01'), followUpDate: '2026-04-01', departments: [] }, w.ctx).catch(
      (e: unknown) => e,
    );
    expect((error as ValidationError).fieldErrors).toMatchObject({ departments: 'validation.required' });
    expect(await counts(db)).toEqual(before);
  });
});

describe('requirements', () => {
  it('default to the customer manager, and list per manager while open, most urgent first', async () => {
    const w = await archive();
    db = w.db;
    const a = await createRequirement(db, w.institute.id, requirement({ dueDate: '2026-11-25' }), w.ctx);
    expect(a).toMatchObject({ managerId: w.wang.id, managerName: '王磊', status: 'open' });
    const b = await createRequirement(db, w.group.id, requirement({ title: '年度技术交流', dueDate: '2026-11-10', managerId: w.li.id }), w.ctx);
    expect(b.managerName).toBe('李娜');
    await createRequirement(db, w.academy.id, requirement({ title: '资料', dueDate: '2026-11-05' }), w.ctx);
    const open = await openRequirementsOfManager(db, w.wang.id);
    expect(open.map((r) => [r.title, r.customerName])).toEqual([
      ['资料', '中国运载火箭技术研究院'],
      ['提供耐高温涂层样件', '航天材料及工艺研究所'],
    ]);
    await updateRequirement(db, a.id, requirement({ status: 'answered', answer: '已寄出样件', answeredDate: '2026-11-15', dueDate: '2026-11-25' }), w.ctx);
    expect((await openRequirementsOfManager(db, w.wang.id)).map((r) => r.title)).toEqual(['资料']);
    expect((await requirementsOf(db, w.institute.id)).map((r) => r.status)).toEqual(['answered']);
  });

  it('refuses an answered requirement without its answer', async () => {
    const w = await archive();
    db = w.db;
    const before = await counts(db);
    const error = await createRequirement(db, w.institute.id, requirement({ status: 'closed' }), w.ctx).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({ answer: 'validation.answerRequired', answeredDate: 'validation.required' });
    expect(await counts(db)).toEqual(before);
  });
});

describe('business figures', () => {
  it('keep one benefit row per customer and year: a create for an existing year is refused, never an overwrite (issue 12.2)', async () => {
    const w = await archive();
    db = w.db;
    const first = await createBenefitYear(db, w.institute.id, { year: 2025, contractWan: 850, benefitWan: 260 }, w.ctx);
    const before = await counts(db);
    const refused = await createBenefitYear(db, w.institute.id, { year: 2025, contractWan: 500, benefitWan: 180 }, w.ctx).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fieldErrors).toEqual({ year: 'validation.yearExists' });
    expect(await counts(db)).toEqual(before);
    expect(await db.table('benefits').get(first.id)).toMatchObject({ contractWan: 850, benefitWan: 260, rev: first.rev });

    // Changing the figures of the year is an update of its row.
    const edited = await updateBenefitYear(db, first.id, { year: 2025, contractWan: 500, benefitWan: 180 }, w.ctx);
    expect(edited).toMatchObject({ id: first.id, contractWan: 500, benefitWan: 180 });
    const y2026 = await createBenefitYear(db, w.institute.id, { year: 2026, contractWan: 0, benefitWan: 0 }, w.ctx);
    expect((await benefitsOf(db, w.institute.id)).map((b) => [b.year, b.benefitWan])).toEqual([
      [2026, 0],
      [2025, 180],
    ]);
    // Moving a row onto another row's year is refused too.
    await expect(updateBenefitYear(db, y2026.id, { year: 2025, contractWan: 1, benefitWan: 1 }, w.ctx)).rejects.toMatchObject({
      fieldErrors: { year: 'validation.yearExists' },
    });

    // A deleted year is not "existing": adding it again brings its row back, one history per year.
    await deleteBenefitYear(db, first.id, w.ctx);
    expect((await benefitsOf(db, w.institute.id)).map((b) => b.year)).toEqual([2026]);
    const revived = await createBenefitYear(db, w.institute.id, { year: 2025, contractWan: 1, benefitWan: 1 }, w.ctx);
    expect(revived).toMatchObject({ id: first.id, deletedAt: null, benefitWan: 1 });
    expect(await db.table('benefits').count()).toBe(2);
    const unchanged = await counts(db);
    await expect(createBenefitYear(db, w.institute.id, { year: 1890, contractWan: 1, benefitWan: -1 }, w.ctx)).rejects.toBeInstanceOf(ValidationError);
    expect(await counts(db)).toEqual(unchanged);
  });

  it('an overpayment (paid above the receivable) is written only when confirmed; a negative amount never (issue 12.5)', async () => {
    const w = await archive();
    db = w.db;
    const over = { receivableWan: 120, dueDate: '2026-03-31', paidDate: '2026-03-20', amountPaidWan: 150 };
    const before = await counts(db);
    const refused = await createSettlement(db, w.institute.id, over, w.ctx).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(OverpaymentError);
    expect(refused).toMatchObject({ receivableWan: 120, amountPaidWan: 150, overpaidWan: 30 });
    expect(await counts(db)).toEqual(before);
    const negative = await createSettlement(db, w.institute.id, { ...over, amountPaidWan: -50 }, w.ctx, { allowOverpayment: true }).catch((e: unknown) => e);
    expect((negative as ValidationError).fieldErrors).toEqual({ amountPaidWan: 'validation.moneyNegative' });
    expect(await counts(db)).toEqual(before);

    const saved = await createSettlement(db, w.institute.id, over, w.ctx, { allowOverpayment: true });
    expect(saved).toMatchObject({ receivableWan: 120, amountPaidWan: 150 });
    // Editing another field of a confirmed overpayment does not ask again; raising the payment does.
    await expect(updateSettlement(db, saved.id, { ...over, dueDate: '2026-04-30' }, w.ctx)).resolves.toMatchObject({ dueDate: '2026-04-30' });
    await expect(updateSettlement(db, saved.id, { ...over, dueDate: '2026-04-30', amountPaidWan: 160 }, w.ctx)).rejects.toBeInstanceOf(OverpaymentError);
    const partly = await createSettlement(db, w.institute.id, { ...over, amountPaidWan: 100 }, w.ctx);
    await expect(updateSettlement(db, partly.id, { ...over, amountPaidWan: 121 }, w.ctx)).rejects.toBeInstanceOf(OverpaymentError);
  });

  it('lists settlements latest due first; a payment needs its date', async () => {
    const w = await archive();
    db = w.db;
    const s = await createSettlement(db, w.institute.id, { receivableWan: 50, dueDate: '2025-06-30', paidDate: null, amountPaidWan: null }, w.ctx);
    await createSettlement(db, w.institute.id, { receivableWan: 80, dueDate: '2026-06-30', paidDate: '', amountPaidWan: '' }, w.ctx);
    expect((await settlementsOf(db, w.institute.id)).map((x) => x.dueDate)).toEqual(['2026-06-30', '2025-06-30']);
    const error = await updateSettlement(db, s.id, { receivableWan: 50, dueDate: '2025-06-30', paidDate: null, amountPaidWan: 50 }, w.ctx).catch(
      (e: unknown) => e,
    );
    expect((error as ValidationError).fieldErrors).toEqual({ paidDate: 'validation.required' });
    await expect(
      updateSettlement(db, s.id, { receivableWan: 50, dueDate: '2025-06-30', paidDate: '2025-07-15', amountPaidWan: 50 }, w.ctx),
    ).resolves.toMatchObject({ amountPaidWan: 50 });
  });
});

describe('customerTimeline', () => {
  it('merges interactions and requirements, newest first', async () => {
    const w = await archive();
    db = w.db;
    await createInteraction(db, w.institute.id, visit('2026-10-01'), w.ctx);
    await createRequirement(db, w.institute.id, requirement(), w.ctx);
    const gone = await createInteraction(db, w.institute.id, visit('2026-11-05'), w.ctx);
    await deleteInteraction(db, gone.id, w.ctx);
    expect((await customerTimeline(db, w.institute.id)).map((i) => [i.kind, i.date])).toEqual([
      ['requirement', '2026-11-01'],
      ['interaction', '2026-10-01'],
    ]);
  });
});
