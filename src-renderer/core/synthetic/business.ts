import type { BenefitYearFields, SettlementFields } from '../model';
import type { WithId } from './customers';
import { dayOf, isoOf, yearOf } from './dates';
import type { Population } from './population';
import type { IdFactory, Rng } from './prng';

/** Years of figures kept: the decade the interactions cover. */
const YEARS = 10;

const money = (wan: number) => Math.round(wan * 100) / 100;

/** Contract amounts per customer and year, shared by the benefit and settlement generators. */
export class ContractBook {
  readonly firstYear: number;
  private readonly amounts: Float64Array;

  constructor(
    readonly customers: number,
    lastYear: number,
  ) {
    this.firstYear = lastYear - YEARS + 1;
    this.amounts = new Float64Array(customers * YEARS);
  }

  set(customer: number, year: number, wan: number): void {
    this.amounts[customer * YEARS + (year - this.firstYear)] = wan;
  }

  get(customer: number, year: number): number {
    return this.amounts[customer * YEARS + (year - this.firstYear)] ?? 0;
  }
}

/**
 * One row per customer and year of cooperation in the last decade (some years without business).
 * Money follows the importance order: the top customers sign hundreds of 万元 a year, the tail a few.
 */
export function* generateBenefits(pop: Population, book: ContractBook, rng: Rng, ids: IdFactory): Generator<WithId<BenefitYearFields>> {
  const thisYear = yearOf(pop.today);
  for (let c = 0; c < pop.customers.length; c++) {
    const customer = pop.customers[c]!;
    if (!customer.cooperationStart) continue;
    const from = Math.max(Number(customer.cooperationStart.slice(0, 4)), book.firstYear);
    // Lost customers stopped buying a few years ago; dormant ones buy in fewer years.
    const to = customer.status === 'lost' ? thisYear - 3 : thisYear;
    const everyYear = customer.status === 'dormant' ? 0.4 : 0.85;
    const scale = 5 + 1200 * Math.exp(-pop.rank[c]! * 7);
    for (let year = from; year <= to; year++) {
      if (!rng.chance(everyYear)) continue;
      const contractWan = money(scale * (0.5 + rng.next()));
      book.set(c, year, contractWan);
      yield { id: ids.next(), customerId: customer.id, year, contractWan, benefitWan: money(contractWan * (0.15 + rng.next() * 0.2)) };
    }
  }
}

type Payer = 'stable' | 'relative' | 'unstable' | 'overdue';
const LATENESS: Record<Payer, [number, number]> = { stable: [-30, 30], relative: [31, 90], unstable: [91, 365], overdue: [366, 900] };

/**
 * Receivables of the last three years (grading counts the last 24 months and every unpaid one).
 * Each customer pays in a habitual way — mostly stable, some late, a few over a year late — and a
 * receivable whose payment day lies after `today` is still unpaid (some of those are overdue).
 */
export function* generateSettlements(pop: Population, book: ContractBook, rng: Rng, ids: IdFactory): Generator<WithId<SettlementFields>> {
  const thisYear = yearOf(pop.today);
  for (let c = 0; c < pop.customers.length; c++) {
    const payer: Payer = rng.weighted(['stable', 'relative', 'unstable', 'overdue'] as const, [62, 22, 11, 5]);
    for (let year = thisYear - 2; year <= thisYear; year++) {
      const contract = book.get(c, year);
      if (contract <= 0) continue;
      const parts = rng.int(1, 2);
      for (let p = 0; p < parts; p++) {
        const due = dayOf(`${year}-01-01`) + rng.int(0, 364);
        const [min, max] = LATENESS[rng.chance(0.8) ? payer : 'stable'];
        const paid = due + rng.int(min, max);
        const receivableWan = money(contract / parts);
        const settled = paid <= pop.today;
        yield {
          id: ids.next(),
          customerId: pop.customers[c]!.id,
          receivableWan,
          dueDate: isoOf(due),
          paidDate: settled ? isoOf(paid) : null,
          amountPaidWan: settled ? (rng.chance(0.93) ? receivableWan : money(receivableWan * 0.8)) : null,
        };
      }
    }
  }
}
