import { describe, expect, it } from 'vitest';
import {
  benefitYearFieldsSchema,
  checkHierarchy,
  contactFieldsSchema,
  customerSchema,
  interactionFieldsSchema,
  settlementFieldsSchema,
  withContactKeys,
  withCustomerKeys,
} from '../../../../src-renderer/core/customers/schemas';
import { DEFAULT_TODAY } from '../../../../src-renderer/core/synthetic/index';
import type { z } from 'zod';
import { fieldErrorsOf } from '../../../../src-renderer/core/validation';
import { collectInstitute } from '../synthetic-institute';

/** The bench's generated institute must be data the archive would accept, keys included. */
const tables = collectInstitute({ customers: 150, contacts: 500, interactions: 2_000, complaints: 10 }, 7);

function expectValid(schema: z.ZodType, records: readonly { id: string }[]) {
  for (const record of records) {
    const result = schema.safeParse(record);
    const errors: Record<string, string> = result.success ? {} : fieldErrorsOf(result.error);
    expect(errors, record.id).toEqual({});
  }
}

describe('synthetic institute under the archive schemas', () => {
  it('has valid customers in a valid hierarchy, with the keys the archive derives', () => {
    expectValid(customerSchema(DEFAULT_TODAY), tables.customers);
    const byId = new Map(tables.customers.map((c) => [c.id, c]));
    for (const c of tables.customers) {
      expect(checkHierarchy(c, c.parentId ? (byId.get(c.parentId) ?? null) : null)).toBeNull();
      const derived = withCustomerKeys(customerSchema(DEFAULT_TODAY).parse(c));
      expect([derived.sortKey, derived.searchKeys]).toEqual([c.sortKey, c.searchKeys]);
    }
  });

  it('has valid contacts, interactions, benefits and settlements', () => {
    expectValid(contactFieldsSchema, tables.contacts);
    for (const c of tables.contacts.slice(0, 50)) expect(withContactKeys(contactFieldsSchema.parse(c)).searchKeys).toEqual(c.searchKeys);
    expectValid(interactionFieldsSchema, tables.interactions);
    expectValid(benefitYearFieldsSchema, tables.benefits);
    expectValid(settlementFieldsSchema, tables.settlements);
  });
});
