import { z } from 'zod';
import { envelopeSchema } from '../envelope';
import { isHlc } from '../hlc';
import { isUuid } from '../ids';
import { plainText } from '../validation';
import { EXCHANGE_KINDS } from './kinds';

/**
 * A stored conflict (data/exchange/conflicts.ts): the losing version of a record both sides changed
 * since they last agreed, kept whole until someone reviews it. Backups validate rows with this.
 */
export const CONFLICT_STATUSES = ['open', 'kept-winner', 'took-loser'] as const;

/**
 * Who signed the file an imported change or conflict came in: the directory's name for the signing
 * key and its fingerprint (issue 14.3). Optional in the rows: those written before it have none.
 * The fingerprint is checked only as short plain text: its grouping is the key card's business.
 */
export const changeSignerSchema = z.object({ name: plainText(100, 1), fingerprint: plainText(100, 1) }).strict();

/** At most this many fields chosen one by one: more than any record kind has. */
export const MAX_CONFLICT_FIELDS = 100;

/** The choice per field of a conflict resolved field by field (issue 17.8): a field name, the side it was taken from. */
export const conflictFieldChoicesSchema = z
  .record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/), z.enum(['winner', 'loser']))
  .refine((fields) => Object.keys(fields).length <= MAX_CONFLICT_FIELDS, 'too many fields');

export const conflictRowSchema = z
  .object({
    id: z.string().refine(isUuid),
    kind: z.enum(EXCHANGE_KINDS),
    recordId: z.string().refine(isUuid),
    // The loser was valid for its kind when it was kept; its envelope is what identifies it.
    loser: z.looseObject(envelopeSchema.shape),
    loserSide: z.enum(['local', 'incoming']),
    winnerRev: z.string().refine(isHlc),
    winnerOrigin: z.string().refine(isUuid),
    sourceInstallationId: z.string().refine(isUuid),
    sourceDepartment: plainText(100, 1),
    signer: changeSignerSchema.optional(),
    detectedAt: z.iso.datetime(),
    status: z.enum(CONFLICT_STATUSES),
    resolvedAt: z.iso.datetime().nullable(),
    resolvedBy: plainText(100).nullable(),
    fields: conflictFieldChoicesSchema.optional(),
  })
  .strict();
export type ConflictRowValues = z.infer<typeof conflictRowSchema>;
