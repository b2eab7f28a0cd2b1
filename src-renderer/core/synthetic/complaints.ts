import { deadlinesFor, milestonesOf, ZEROING_ITEMS, type ComplaintAction, type ComplaintHistoryEntry, type Zeroing } from '../complaints';
import type { Grade } from '../grading';
import type { ComplaintCategory, ComplaintFields, ComplaintStatus } from '../model';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS } from '../model';
import type { WithId } from './customers';
import { officeInstant, yearOf } from './dates';
import { pickHot, type Population } from './population';
import type { IdFactory, Rng } from './prng';
import { DEFECTS, PRODUCTS } from './vocab-people';

const DEPARTMENTS = ['质量部', '生产部', '设计一室', '设计二室', '工艺部', '市场部', '物资部'];
const DEPARTMENT_OF: Record<ComplaintCategory, readonly string[]> = {
  quality: ['质量部', '生产部', '工艺部'],
  delivery: ['生产部', '物资部'],
  tech_service: ['设计一室', '设计二室'],
  documentation: ['质量部'],
  price: ['市场部'],
  other: DEPARTMENTS,
};

function descriptionOf(category: ComplaintCategory, product: string, rng: Rng): string {
  switch (category) {
    case 'quality':
      return `${product}出现${rng.pick(DEFECTS)}，影响装配，要求分析原因并归零`;
    case 'delivery':
      return `${product}未按合同约定时间交付，延期${rng.int(3, 60)}天`;
    case 'tech_service':
      return `${product}现场技术支持响应不及时`;
    case 'documentation':
      return `${product}随货质量证明文件不全，合格证信息有误`;
    case 'price':
      return `${product}报价高于同类产品，要求重新核价`;
    default:
      return `${product}包装破损，运输防护不足`;
  }
}

const REQUESTS: Record<ComplaintCategory, string> = {
  quality: '查明原因，完成质量问题归零，更换不合格品',
  delivery: '明确交付计划，按期补齐',
  tech_service: '派技术人员到现场支持',
  documentation: '补齐质量证明文件',
  price: '重新核价并书面答复',
  other: '更换包装，改进运输防护',
};

/**
 * Where a complaint stands, by its age: old ones are almost all closed (a few stuck open and overdue),
 * recent ones are spread along the workflow.
 */
function statusOf(ageDays: number, rng: Rng): ComplaintStatus {
  if (ageDays > 120) {
    return rng.weighted(['closed', 'rejected', 'verified', 'answered', 'corrective_action'] as const, [88, 5, 4, 2, 1]);
  }
  if (ageDays > 30) {
    return rng.weighted(['closed', 'verified', 'answered', 'corrective_action', 'analysing', 'rejected'] as const, [40, 15, 15, 15, 10, 5]);
  }
  return rng.weighted(['registered', 'accepted', 'analysing', 'corrective_action', 'answered'] as const, [25, 25, 25, 15, 10]);
}

/** The actions that lead from 'registered' to `status` (a rejection after the analysis). */
const PATH: Record<ComplaintStatus, readonly ComplaintAction[]> = {
  registered: [],
  accepted: ['accept'],
  analysing: ['accept', 'analyse'],
  corrective_action: ['accept', 'analyse', 'start_corrective_action'],
  answered: ['accept', 'analyse', 'start_corrective_action', 'answer'],
  verified: ['accept', 'analyse', 'start_corrective_action', 'answer', 'verify'],
  closed: ['accept', 'analyse', 'start_corrective_action', 'answer', 'verify', 'close'],
  rejected: ['accept', 'analyse', 'reject'],
  reopened: ['accept', 'analyse', 'start_corrective_action', 'answer', 'verify'],
};
const TARGET: Record<ComplaintAction, ComplaintStatus> = {
  accept: 'accepted',
  analyse: 'analysing',
  start_corrective_action: 'corrective_action',
  answer: 'answered',
  verify: 'verified',
  close: 'closed',
  reject: 'rejected',
  reopen: 'reopened',
};
/** Days each step usually takes (a slow handler is sometimes late: on-time rates are not 100 %). */
const STEP_DAYS: Record<ComplaintAction, readonly [number, number]> = {
  accept: [0, 2],
  analyse: [1, 4],
  start_corrective_action: [2, 12],
  answer: [1, 8],
  verify: [2, 10],
  close: [1, 8],
  reject: [1, 6],
  reopen: [1, 5],
};

/** The customer's grade, by its importance (the same skew the grading of the bench data gives). */
function gradeOf(rank: number): Grade {
  return rank < 0.05 ? 'AAA' : rank < 0.2 ? 'AA' : rank < 0.7 ? 'A' : 'B';
}

function historyOf(status: ComplaintStatus, receivedDay: number, today: number, by: string, rng: Rng): ComplaintHistoryEntry[] {
  const history: ComplaintHistoryEntry[] = [];
  let day = receivedDay;
  let from: ComplaintStatus = 'registered';
  for (const action of PATH[status]) {
    const [lo, hi] = STEP_DAYS[action];
    day = Math.min(today, day + rng.int(lo, hi));
    const entry: ComplaintHistoryEntry = { action, from, to: TARGET[action], by, at: officeInstant(day, rng.int(0, 599)), comment: '' };
    if (action === 'reject') entry.reason = '经分析为使用不当，非产品质量问题';
    if (action === 'verify') entry.verification = { accepted: true, satisfaction: rng.weighted([5, 4, 3, 2] as const, [40, 40, 15, 5]) };
    history.push(entry);
    from = entry.to;
  }
  return history;
}

function completeZeroing(at: string, by: string): Zeroing {
  const zeroing: Zeroing = {};
  for (const item of ZEROING_ITEMS) zeroing[item] = { evidence: '见归零报告', confirmedBy: by, confirmedAt: at };
  return zeroing;
}

/**
 * Complaints over the ten years before `today`, in order of receipt, numbered TS-<year>-<nnnn> per
 * year, with a history that leads to their status, deadlines from the customer's grade and the
 * default policy, and the derived fields the repository keeps (model.ts ComplaintFields).
 */
export function* generateComplaints(count: number, pop: Population, rng: Rng, ids: IdFactory): Generator<WithId<ComplaintFields>> {
  const span = 10 * 365;
  const start = pop.today - span;
  const perYear = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const day = start + Math.floor(((i + rng.next()) * span) / count);
    const year = yearOf(day);
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    const category = rng.weighted(COMPLAINT_CATEGORIES, [45, 20, 12, 10, 5, 8]);
    const severity = rng.weighted(['critical', 'major', 'minor'] as const, [8, 32, 60]);
    const product = rng.pick(PRODUCTS);
    const customerIndex = pickHot(rng, pop);
    const customer = pop.customers[customerIndex]!;
    const handler = pop.managers.find((m) => m.id === customer.managerId) ?? rng.pick(pop.managers);
    const status = statusOf(pop.today - day, rng);
    const receivedAt = officeInstant(day, rng.int(0, 599));
    const history = historyOf(status, day, pop.today, handler.name, rng);
    const grade = gradeOf(pop.rank[customerIndex]!);
    const deadlines = deadlinesFor({ receivedAt, severity }, grade);
    const milestones = milestonesOf(history);
    const closedAt = milestones.closedAt;
    const verify = history.find((e) => e.action === 'verify');
    const answer = history.find((e) => e.action === 'answer');
    const openDeadline = status === 'registered' ? deadlines.acknowledge : closedAt ? null : milestones.answeredAt ? deadlines.close : deadlines.answer;
    yield {
      id: ids.next(),
      customerId: customer.id,
      number: `TS-${year}-${String(seq).padStart(4, '0')}`,
      channel: rng.weighted(COMPLAINT_CHANNELS, [35, 15, 15, 10, 15, 10]),
      category,
      severity,
      status,
      receivedAt,
      contactId: null,
      product: `${product}（批次${year}-${String(rng.int(1, 300)).padStart(3, '0')}）`,
      description: descriptionOf(category, product, rng),
      request: REQUESTS[category],
      handlerId: handler.id,
      department: rng.pick(DEPARTMENT_OF[category]),
      grade,
      deadlines,
      dueDate: deadlines.answer,
      nextDeadline: openDeadline,
      history,
      zeroing: category === 'quality' && closedAt ? completeZeroing(closedAt, handler.name) : {},
      answer: answer ? { text: '已完成原因分析和纠正措施，详见答复函', by: answer.by, at: answer.at } : null,
      verification: verify?.verification ? { ...verify.verification, comment: '', by: verify.by, at: verify.at } : null,
      ...milestones,
    };
  }
}
