import type { ClassificationLevel } from '../../core/classification';
import { ZEROING_ITEMS, type ZeroingItemId } from '../../core/complaints';
import type { Envelope } from '../../core/envelope';
import type { IsoDate } from '../../core/model';
import { attachmentsOfComplaint, attachmentsOfCustomer, type AttachmentRecord } from '../attachments';
import type { InteractionRecord, RequirementRecord } from '../customers/types';
import { recordTable, type AirgapDb } from '../db';
import type { ComplaintRecord } from './types';

/** The record a listed file belongs to, with what the report names it by (issue 18.6). */
export type AttachmentPlace =
  | { kind: 'customers' }
  | { kind: 'interactions'; date: IsoDate }
  | { kind: 'requirements'; title: string }
  | { kind: 'complaints'; number: string; zeroingItem?: ZeroingItemId };

/** One file as a printed report lists it: its own fields and the record it belongs to. */
export type ReportAttachment = AttachmentRecord & { place: AttachmentPlace };

/** The order of the owner kinds in a dossier: the customer's own files first, then its records'. */
const PLACE_ORDER: Record<AttachmentPlace['kind'], number> = { customers: 0, interactions: 1, requirements: 2, complaints: 3 };

/** The zeroing item's position in the "double five" (a complaint's own files first). */
const itemOrder = (item: ZeroingItemId | undefined) => (item === undefined ? -1 : ZEROING_ITEMS.indexOf(item));

/** Records of one kind by id (one bulk read). */
async function byId<T extends Envelope>(db: AirgapDb, kind: 'interactions' | 'requirements' | 'complaints', ids: readonly string[]): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const rows = unique.length === 0 ? [] : await recordTable<T>(db, kind).bulkGet(unique);
  return new Map(rows.flatMap((r) => (r ? [[r.id, r] as const] : [])));
}

/**
 * Every live file of a customer and of its live records (the store's `attachmentsOfCustomer`), each
 * with the record it belongs to: the customer's own files first, then those of its interactions
 * (newest day first), requirements and complaints (by number, a complaint's own files before its
 * zeroing items'); newest added first within one record.
 */
export async function dossierAttachments(db: AirgapDb, customerId: string): Promise<ReportAttachment[]> {
  const rows = await attachmentsOfCustomer(db, customerId);
  const idsOf = (kind: AttachmentPlace['kind']) => rows.filter((r) => r.owner.kind === kind).map((r) => r.owner.id);
  const [interactions, requirements, complaints] = await Promise.all([
    byId<InteractionRecord>(db, 'interactions', idsOf('interactions')),
    byId<RequirementRecord>(db, 'requirements', idsOf('requirements')),
    byId<ComplaintRecord>(db, 'complaints', idsOf('complaints')),
  ]);
  const listed = rows.flatMap((r): ReportAttachment[] => {
    const place = placeOf(r, interactions, requirements, complaints);
    return place ? [{ ...r, place }] : [];
  });
  return listed
    .map((row, index) => ({ row, index }))
    .sort((a, b) => comparePlaces(a.row.place, b.row.place) || a.index - b.index)
    .map(({ row }) => row);
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
      return complaint && { kind: 'complaints', number: complaint.number, ...(r.owner.zeroingItem ? { zeroingItem: r.owner.zeroingItem } : {}) };
    }
  }
}

function comparePlaces(a: AttachmentPlace, b: AttachmentPlace): number {
  const byKind = PLACE_ORDER[a.kind] - PLACE_ORDER[b.kind];
  if (byKind !== 0) return byKind;
  if (a.kind === 'interactions' && b.kind === 'interactions') return a.date < b.date ? 1 : a.date > b.date ? -1 : 0;
  if (a.kind === 'requirements' && b.kind === 'requirements') return a.title.localeCompare(b.title, 'zh-CN');
  if (a.kind === 'complaints' && b.kind === 'complaints') {
    return a.number < b.number ? -1 : a.number > b.number ? 1 : itemOrder(a.zeroingItem) - itemOrder(b.zeroingItem);
  }
  return 0;
}

/** A complaint's live files and its zeroing items' (the zeroing report): its own first, then item by item in the "double five" order. */
export async function complaintAttachments(db: AirgapDb, complaint: Pick<ComplaintRecord, 'id' | 'number'>): Promise<ReportAttachment[]> {
  const rows = await attachmentsOfComplaint(db, complaint.id);
  return rows
    .map((r, index) => ({ r, index }))
    .sort((a, b) => itemOrder(a.r.owner.zeroingItem) - itemOrder(b.r.owner.zeroingItem) || a.index - b.index)
    .map(({ r }) => ({
      ...r,
      place: { kind: 'complaints', number: complaint.number, ...(r.owner.zeroingItem ? { zeroingItem: r.owner.zeroingItem } : {}) },
    }));
}

/** The levels a report's mark must reach: its records' and every file it lists (PRODUCT.md §5). */
export function levelsWith(levels: readonly ClassificationLevel[], attachments: readonly ReportAttachment[]): ClassificationLevel[] {
  return [...levels, ...attachments.map((a) => a.classification)];
}
