import type { BenefitYearFields, ComplaintFields, ContactFields, InteractionFields, SettlementFields } from '../model';
import { generateContacts, generateInteractions } from './activity';
import { ContractBook, generateBenefits, generateSettlements } from './business';
import { generateComplaints } from './complaints';
import { generateCustomers, type SyntheticCustomer, type WithId } from './customers';
import { dayOf, yearOf } from './dates';
import { managerPool } from './people';
import { makePopulation } from './population';
import { IdFactory, Rng } from './prng';

/**
 * A deterministic synthetic institute for benchmarks and tests: the same scale, seed and `today`
 * always give the same records, ids included. Pure: no DOM, no storage. Records come in batches,
 * table by table, parents before children, so a loader can write 500,000 interactions without
 * holding them all (only the customers and a few per-customer numbers stay in memory).
 */
export interface InstituteCounts {
  customers: number;
  contacts: number;
  interactions: number;
  complaints: number;
}

/** `full` is PRODUCT.md's design scale; `small` keeps its proportions at 1/50 for quick runs. */
export const SCALES = {
  small: { customers: 200, contacts: 1_000, interactions: 10_000, complaints: 1_000 },
  full: { customers: 10_000, contacts: 50_000, interactions: 500_000, complaints: 50_000 },
} as const satisfies Record<string, InstituteCounts>;

export type ScaleName = keyof typeof SCALES;
export type Scale = ScaleName | InstituteCounts;

export interface SyntheticRecords {
  customers: SyntheticCustomer;
  contacts: WithId<ContactFields>;
  benefits: WithId<BenefitYearFields>;
  settlements: WithId<SettlementFields>;
  interactions: WithId<InteractionFields>;
  complaints: WithId<ComplaintFields>;
}
export type SyntheticTable = keyof SyntheticRecords;
export type SyntheticBatch = { [K in SyntheticTable]: { table: K; records: SyntheticRecords[K][] } }[SyntheticTable];

export interface GenerateOptions {
  /** Records per batch; 10,000 is the transaction size measured fastest here. */
  batchSize?: number;
  /** 'YYYY-MM-DD' the data is "as of"; fixed by default so output never depends on the clock. */
  today?: string;
}

export const DEFAULT_TODAY = '2026-06-30';
/** Bump when the generator's output changes, so a bench profile loaded by an older one is reloaded. */
export const GENERATOR_VERSION = 2;

export function countsOf(scale: Scale): InstituteCounts {
  return typeof scale === 'string' ? { ...SCALES[scale] } : scale;
}

const SECTIONS = ['managers', 'customers', 'contacts', 'benefits', 'settlements', 'interactions', 'complaints'] as const;
/** Id timestamps start in 2025 and each section gets its own stretch, so ids never collide across sections. */
const ID_EPOCH_MS = Date.UTC(2025, 0, 1);
const ID_STRETCH_MS = 1e9;

export function* generateInstitute(scale: Scale, seed: number, options: GenerateOptions = {}): Generator<SyntheticBatch> {
  const counts = countsOf(scale);
  const batchSize = options.batchSize ?? 10_000;
  const today = dayOf(options.today ?? DEFAULT_TODAY);
  // One PRNG and one id stream per section: changing one count leaves the other sections as they were.
  const rng = (section: string) => Rng.derive(seed, section);
  const ids = (section: (typeof SECTIONS)[number]) =>
    new IdFactory(Rng.derive(seed, `ids:${section}`), ID_EPOCH_MS + SECTIONS.indexOf(section) * ID_STRETCH_MS);

  const managerIds = ids('managers');
  const managers = managerPool(rng('managers'), () => managerIds.next(), 24);
  const customers = generateCustomers(counts.customers, { rng: rng('customers'), ids: ids('customers'), today, managers });
  for (let i = 0; i < customers.length; i += batchSize) yield { table: 'customers', records: customers.slice(i, i + batchSize) };
  if (customers.length === 0) return;

  const pop = makePopulation(customers, managers, today, rng('population'));
  const book = new ContractBook(customers.length, yearOf(today));
  yield* batches('contacts', generateContacts(counts.contacts, pop, rng('contacts'), ids('contacts')), batchSize);
  yield* batches('benefits', generateBenefits(pop, book, rng('benefits'), ids('benefits')), batchSize);
  yield* batches('settlements', generateSettlements(pop, book, rng('settlements'), ids('settlements')), batchSize);
  yield* batches('interactions', generateInteractions(counts.interactions, pop, rng('interactions'), ids('interactions')), batchSize);
  yield* batches('complaints', generateComplaints(counts.complaints, pop, rng('complaints'), ids('complaints')), batchSize);
}

function* batches<K extends SyntheticTable>(table: K, records: Iterable<SyntheticRecords[K]>, size: number): Generator<SyntheticBatch> {
  let batch: SyntheticRecords[K][] = [];
  for (const record of records) {
    batch.push(record);
    if (batch.length >= size) {
      yield { table, records: batch } as SyntheticBatch;
      batch = [];
    }
  }
  if (batch.length > 0) yield { table, records: batch } as SyntheticBatch;
}

export type { WithId, SyntheticCustomer };
export { sortKeyOf, searchKeysOf } from '../search/keys';
export { Rng } from './prng';
