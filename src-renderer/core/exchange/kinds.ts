import { z } from 'zod';
import { isHlc } from '../hlc';
import { isUuid } from '../ids';
import { RECORD_KINDS, type RecordKind } from '../record-kinds';

/**
 * What travels between departments: every enveloped record kind except `profile` — each
 * installation's profile is its own department's identity (the manifest names the source), and
 * importing another one would give the receiver two profiles.
 * Parents come before children (RECORD_KINDS order), so an import never meets a child first.
 */
export const EXCHANGE_KINDS = RECORD_KINDS.filter((kind) => kind !== 'profile') as Exclude<RecordKind, 'profile'>[];
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];

/**
 * The lineage line: after the records, one per record that has a stored lineage (lineage.ts).
 * Records made and edited only at the source have none: their own (origin, rev) is implied.
 */
export const LINEAGE_KIND = 'lineage';
export const MAX_LINEAGE_ENTRIES = 1000;

export const lineageLineSchema = z
  .object({
    id: z.string().refine(isUuid),
    kind: z.enum(EXCHANGE_KINDS),
    seen: z.record(z.string().refine(isUuid), z.string().refine(isHlc)).refine((seen) => Object.keys(seen).length <= MAX_LINEAGE_ENTRIES, 'too many entries'),
  })
  .strict();
export type LineageLine = z.infer<typeof lineageLineSchema>;

/** Kinds whose records belong to one customer (`customerId`): a selection carries them along. */
export const CUSTOMER_CHILD_KINDS = [
  'contacts',
  'interactions',
  'requirements',
  'benefits',
  'settlements',
  'handovers',
  'complaints',
  'assessments',
  'gradings',
  'followUps',
  'surveys',
  // Attachments (issue 18): a customer's files travel with it, unless the selection leaves them out.
  'attachments',
] as const satisfies readonly ExchangeKind[];
