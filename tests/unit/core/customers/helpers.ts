import type { z } from 'zod';
import { customerFieldsSchema, withCustomerKeys, type MergeCustomer } from '../../../../src-renderer/core/customers/index';
import { fieldErrorsOf, type FieldErrors } from '../../../../src-renderer/core/validation';

/** Ids that pass the UUID check (the archive references records by UUID v7). */
export const ID = {
  a: '01890a5d-ac96-774b-bcce-b302099a8057',
  b: '01890a5d-ac96-774b-bcce-b302099a8058',
  c: '01890a5d-ac96-774b-bcce-b302099a8059',
  m1: '01890a5d-ac96-774b-bcce-b302099a8060',
  m2: '01890a5d-ac96-774b-bcce-b302099a8061',
} as const;

/** Field errors of `input` under `schema` ({} when valid). */
export function errorsOf(schema: z.ZodType, input: unknown): FieldErrors {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

/** A table row: a patch on a valid base and the exact field errors it must give. */
export type Case = [label: string, patch: Record<string, unknown>, expected: FieldErrors];

/** A live customer as a merge reads it: a parsed group named 航天材料所 with its derived keys; `values` override. */
export function mergeCustomer(id: string, values: Record<string, unknown> = {}): MergeCustomer {
  const parsed = customerFieldsSchema.parse({
    name: '航天材料所',
    level: 1,
    parentId: null,
    type: 'defence_group',
    classification: 'internal',
    managerId: null,
    ...values,
  });
  return { ...withCustomerKeys(parsed), id, deletedAt: null };
}

/** A handover record: customer a from 王伟 (m1) to 李娜 (m2) on 2026-05-01 for 岗位调整, not yet acknowledged. */
export const HANDOVER = {
  customerId: ID.a,
  fromManagerId: ID.m1,
  fromManagerName: '王伟',
  toManagerId: ID.m2,
  toManagerName: '李娜',
  date: '2026-05-01',
  reason: '岗位调整',
  notes: '',
  acknowledgedAt: null,
  acknowledgedBy: '',
} as const;
