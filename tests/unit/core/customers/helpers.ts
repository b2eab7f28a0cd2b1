import type { z } from 'zod';
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
