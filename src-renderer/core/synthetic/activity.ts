import type { ContactFields, InteractionFields, InteractionKind, OurDepartment } from '../model';
import { OUR_DEPARTMENTS } from '../model';
import { contactSearchKeys } from '../search/keys';
import type { WithId } from './customers';
import { isoOf } from './dates';
import { landline, mobilePhone, personName } from './people';
import { pickHot, type Population } from './population';
import type { IdFactory, Rng } from './prng';
import * as P from './vocab-people';

/**
 * Contacts: every customer (up to `count`) gets a primary contact; the rest go to the important
 * customers. Yielded customer by customer, one at a time, so a loader can batch them.
 */
export function* generateContacts(count: number, pop: Population, rng: Rng, ids: IdFactory): Generator<WithId<ContactFields>> {
  const n = pop.customers.length;
  const perCustomer = new Int32Array(n);
  const primaries = Math.min(count, n);
  for (let c = 0; c < primaries; c++) perCustomer[c] = 1;
  for (let i = primaries; i < count; i++) perCustomer[pickHot(rng, pop)]!++;
  for (let c = 0; c < n; c++) {
    const armed = pop.customers[c]!.type === 'armed_forces';
    for (let k = 0; k < perCustomer[c]!; k++) {
      const name = personName(rng);
      if (pop.contactNames[c]!.length < 3) pop.contactNames[c]!.push(name);
      const phones = rng.chance(0.95) ? [mobilePhone(rng)] : [];
      if (phones.length === 0 || rng.chance(0.5)) phones.push(landline(rng));
      yield {
        id: ids.next(),
        customerId: pop.customers[c]!.id,
        name,
        title: rng.pick(armed ? P.ARMED_FORCES_TITLES : P.CUSTOMER_TITLES),
        department: rng.pick(armed ? P.ARMED_FORCES_DEPARTMENTS : P.CUSTOMER_DEPARTMENTS),
        phones,
        notes: rng.pick(P.NOTES.slice(0, 4)),
        primary: k === 0,
        // Phone digits too: PRODUCT.md asks for search by phone.
        searchKeys: contactSearchKeys({ name, phones }),
      };
    }
  }
}

const KINDS: readonly InteractionKind[] = ['visit', 'call', 'meeting', 'tech_exchange', 'delivery', 'after_sales', 'other'];
const KIND_WEIGHTS = [20, 35, 12, 10, 12, 8, 3];
/** The department that usually leads each kind of contact. */
const LEAD: Record<InteractionKind, OurDepartment> = {
  visit: 'marketing',
  call: 'marketing',
  meeting: 'design',
  tech_exchange: 'process',
  delivery: 'scheduling',
  after_sales: 'quality',
  other: 'marketing',
};

function summaryOf(kind: InteractionKind, rng: Rng): string {
  const product = rng.pick(P.PRODUCTS);
  switch (kind) {
    case 'visit':
      return `走访${rng.pick(P.CUSTOMER_DEPARTMENTS)}，了解${product}使用情况及下一年度需求`;
    case 'call':
      return `电话沟通${product}交付进度及技术状态`;
    case 'meeting':
      return `参加${rng.pick(P.PROJECT_WORDS)}协调会，明确${product}技术要求`;
    case 'tech_exchange':
      return `开展技术交流，介绍${product}新工艺及性能数据`;
    case 'delivery':
      return `交付${product}${rng.int(1, 20)}件，完成入厂验收`;
    case 'after_sales':
      return `现场处理${product}使用问题，提供技术支持`;
    default:
      return rng.pick(['节日走访慰问', '年度客户满意度调查', '寄送产品手册及资质文件']);
  }
}

/**
 * Interactions spread over the ten years before `today`, in date order (so ids, which count up,
 * follow the dates as they would when people log contacts as they happen).
 */
export function* generateInteractions(count: number, pop: Population, rng: Rng, ids: IdFactory): Generator<WithId<InteractionFields>> {
  const span = 10 * 365;
  const start = pop.today - span;
  for (let i = 0; i < count; i++) {
    const day = start + Math.floor(((i + rng.next()) * span) / count);
    const c = pickHot(rng, pop);
    const customer = pop.customers[c]!;
    const kind = rng.weighted(KINDS, KIND_WEIGHTS);
    const departments = new Set<OurDepartment>([LEAD[kind]]);
    for (let extra = rng.weighted([0, 1, 2], [5, 3, 1]); extra > 0; extra--) departments.add(rng.pick(OUR_DEPARTMENTS));
    const participants = [customer.managerName || rng.pick(pop.managers).name];
    const known = pop.contactNames[c]!;
    for (let k = rng.int(0, 2); k > 0; k--) participants.push(known.length > 0 ? rng.pick(known) : personName(rng));
    const nextStep = rng.pick(P.NEXT_STEPS);
    yield {
      id: ids.next(),
      customerId: customer.id,
      date: isoOf(day),
      kind,
      departments: [...departments],
      participants: [...new Set(participants)],
      summary: summaryOf(kind, rng),
      nextStep,
      followUpDate: nextStep ? isoOf(day + rng.int(7, 60)) : null,
    };
  }
}
