import type { Envelope } from '../../core/envelope';
import type { ComplaintFields } from '../../core/model';

/** A stored complaint: the fields of core/model.ts and the envelope. */
export type ComplaintRecord = ComplaintFields & Envelope;
