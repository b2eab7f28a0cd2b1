import { generateInstitute, type GenerateOptions, type Scale, type SyntheticRecords, type SyntheticTable } from '../../../src-renderer/core/synthetic/index';

/** Every record generateInstitute yields, by table, and the size of each batch it yielded. */
export function collectInstitute(scale: Scale, seed: number, options?: GenerateOptions) {
  const tables: { [K in SyntheticTable]: SyntheticRecords[K][] } = {
    customers: [],
    contacts: [],
    benefits: [],
    settlements: [],
    interactions: [],
    complaints: [],
  };
  const batchSizes: number[] = [];
  for (const batch of generateInstitute(scale, seed, options)) {
    batchSizes.push(batch.records.length);
    (tables[batch.table] as unknown[]).push(...batch.records);
  }
  return { ...tables, batchSizes };
}
