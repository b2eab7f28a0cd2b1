import { z } from 'zod';
import { isHlc } from './hlc';
import { isUuid } from './ids';

/**
 * The envelope every stored record carries. Exchange between departments depends on it:
 * `rev` orders versions across installations, `origin` breaks ties and says who changed it last,
 * `deletedAt` makes deletes tombstones that travel like any other change.
 */
export interface Envelope {
  /** UUID v7. */
  id: string;
  /** HLC timestamp of the record's last change (see hlc.ts). */
  rev: string;
  /** Installation id that made the last change. */
  origin: string;
  /** Display name of the user who made the last change. */
  updatedBy: string;
  /** That user's account id (absent on records written before accounts, issue 15). */
  updatedById?: string;
  /** ISO time of the soft delete, or null while the record is live. */
  deletedAt: string | null;
}

export const ENVELOPE_FIELDS = ['id', 'rev', 'origin', 'updatedBy', 'updatedById', 'deletedAt'] as const;

export const envelopeSchema = z.object({
  id: z.string().refine(isUuid, 'validation.invalidId'),
  rev: z.string().refine(isHlc, 'validation.invalidRev'),
  origin: z.string().refine(isUuid, 'validation.invalidId'),
  updatedBy: z.string().min(1).max(100),
  updatedById: z.string().refine(isUuid, 'validation.invalidId').optional(),
  deletedAt: z.iso.datetime().nullable(),
});

/** What a caller supplies: the fields of the record, without the envelope. */
export type Fields<T extends Envelope> = Omit<T, keyof Envelope>;

export function isLive(record: Pick<Envelope, 'deletedAt'>): boolean {
  return record.deletedAt === null;
}
