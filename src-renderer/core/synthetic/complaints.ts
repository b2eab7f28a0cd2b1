import type { ComplaintCategory, ComplaintFields, ComplaintSeverity, ComplaintStatus } from '../model';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS } from '../model';
import type { WithId } from './customers';
import { isoOf, officeInstant, yearOf } from './dates';
import { pickHot, type Population } from './population';
import type { IdFactory, Rng } from './prng';
import { DEFECTS, PRODUCTS } from './vocab-people';

/** Days to answer by severity (the grade-dependent policy comes with the complaints issue). */
const DEADLINE_DAYS: Record<ComplaintSeverity, number> = { critical: 7, major: 15, minor: 30 };

function descriptionOf(category: ComplaintCategory, product: string, rng: Rng): string {
  switch (category) {
    case 'quality': return `${product}出现${rng.pick(DEFECTS)}，影响装配，要求分析原因并归零`;
    case 'delivery': return `${product}未按合同约定时间交付，延期${rng.int(3, 60)}天`;
    case 'tech_service': return `${product}现场技术支持响应不及时`;
    case 'documentation': return `${product}随货质量证明文件不全，合格证信息有误`;
    case 'price': return `${product}报价高于同类产品，要求重新核价`;
    default: return `${product}包装破损，运输防护不足`;
  }
}

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

/** Complaints over the ten years before `today`, in order of receipt, numbered TS-<year>-<nnnn> per year. */
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
    yield {
      id: ids.next(),
      customerId: pop.customers[pickHot(rng, pop)]!.id,
      number: `TS-${year}-${String(seq).padStart(4, '0')}`,
      channel: rng.weighted(COMPLAINT_CHANNELS, [35, 15, 15, 10, 15, 10]),
      category,
      severity,
      status: statusOf(pop.today - day, rng),
      receivedAt: officeInstant(day, rng.int(0, 599)),
      dueDate: isoOf(day + DEADLINE_DAYS[severity]),
      product: `${product}（批次${year}-${String(rng.int(1, 300)).padStart(3, '0')}）`,
      description: descriptionOf(category, product, rng),
    };
  }
}
