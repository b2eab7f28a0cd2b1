import type { ZeroingItemId } from '../../core/complaints';
import type { Envelope } from '../../core/envelope';
import type { IsoDate } from '../../core/model';
import type { InteractionRecord, RequirementRecord } from '../customers/types';
import { recordTable, type AirgapDb } from '../db';
import type { ComplaintRecord } from '../rows/complaints';
import { attachmentsOfCustomer } from './reads';
import type { AttachmentRecord } from './tables';

/** The record a file belongs to, with what a screen or a report names it by (issue 18). */
export type AttachmentPlace =
  | { kind: 'customers' }
  | { kind: 'interactions'; date: IsoDate }
  | { kind: 'requirements'; title: string }
  | { kind: 'complaints'; number: string; zeroingItem?: ZeroingItemId };

/** A file with the record it belongs to. */
export type PlacedAttachment = AttachmentRecord & { place: AttachmentPlace };

/** Records of one kind by id (one bulk read). */
async function byId<T extends Envelope>(db: AirgapDb, kind: 'interactions' | 'requirements' | 'complaints', ids: readonly string[]): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const rows = unique.length === 0 ? [] : await recordTable<T>(db, kind).bulkGet(unique);
  return new Map(rows.flatMap((r) => (r ? [[r.id, r] as const] : [])));
}

/**
 * Every live file of a customer and of its live records (`attachmentsOfCustomer`, newest first),
 * each with its place: the 附件 tab and the printed dossier read the same. Only the owners named
 * are read (one bulk read per kind), never all of the customer's records.
 */
export async function placedAttachmentsOfCustomer(db: AirgapDb, customerId: string): Promise<PlacedAttachment[]> {
  const rows = await attachmentsOfCustomer(db, customerId);
  const idsOf = (kind: AttachmentPlace['kind']) => rows.filter((r) => r.owner.kind === kind).map((r) => r.owner.id);
  const [interactions, requirements, complaints] = await Promise.all([
    byId<InteractionRecord>(db, 'interactions', idsOf('interactions')),
    byId<RequirementRecord>(db, 'requirements', idsOf('requirements')),
    byId<ComplaintRecord>(db, 'complaints', idsOf('complaints')),
  ]);
  return rows.flatMap((r): PlacedAttachment[] => {
    const place = placeOf(r, interactions, requirements, complaints);
    return place ? [{ ...r, place }] : [];
  });
}

/** A complaint's place, for its own files and its zeroing items'. */
export function complaintPlace(number: string, zeroingItem: ZeroingItemId | undefined): AttachmentPlace {
  return { kind: 'complaints', number, ...(zeroingItem ? { zeroingItem } : {}) };
}

function placeOf(
  r: AttachmentRecord,
  interactions: Map<string, InteractionRecord>,
  requirements: Map<string, RequirementRecord>,
  complaints: Map<string, ComplaintRecord>,
): AttachmentPlace | undefined {
  switch (r.owner.kind) {
    case 'customers':
      return { kind: 'customers' };
    case 'interactions': {
      const interaction = interactions.get(r.owner.id);
      return interaction && { kind: 'interactions', date: interaction.date };
    }
    case 'requirements': {
      const requirement = requirements.get(r.owner.id);
      return requirement && { kind: 'requirements', title: requirement.title };
    }
    case 'complaints': {
      const complaint = complaints.get(r.owner.id);
      return complaint && complaintPlace(complaint.number, r.owner.zeroingItem);
    }
  }
}
