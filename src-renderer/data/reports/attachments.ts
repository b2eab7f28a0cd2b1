import type { ClassificationLevel } from '../../core/classification';
import { ZEROING_ITEMS, type ZeroingItemId } from '../../core/complaints';
import { attachmentsOfComplaint, complaintPlace, placedAttachmentsOfCustomer, type AttachmentPlace, type PlacedAttachment } from '../attachments';
import type { AirgapDb } from '../db';
import type { ComplaintRecord } from './types';

/** One file as a printed report lists it: its own fields and the record it belongs to. */
export type ReportAttachment = PlacedAttachment;
export type { AttachmentPlace };

/** The order of the owner kinds in a dossier: the customer's own files first, then its records'. */
const PLACE_ORDER: Record<AttachmentPlace['kind'], number> = { customers: 0, interactions: 1, requirements: 2, complaints: 3 };

/** The zeroing item's position in the "double five" (a complaint's own files first). */
const itemOrder = (item: ZeroingItemId | undefined) => (item === undefined ? -1 : ZEROING_ITEMS.indexOf(item));

/**
 * Every live file of a customer and of its live records (the store's `attachmentsOfCustomer`), each
 * with the record it belongs to: the customer's own files first, then those of its interactions
 * (newest day first), requirements and complaints (by number, a complaint's own files before its
 * zeroing items'); newest added first within one record.
 */
export async function dossierAttachments(db: AirgapDb, customerId: string): Promise<ReportAttachment[]> {
  return (await placedAttachmentsOfCustomer(db, customerId))
    .map((row, index) => ({ row, index }))
    .sort((a, b) => comparePlaces(a.row.place, b.row.place) || a.index - b.index)
    .map(({ row }) => row);
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
      place: complaintPlace(complaint.number, r.owner.zeroingItem),
    }));
}

/** The levels a report's mark must reach: its records' and every file it lists (PRODUCT.md §5). */
export function levelsWith(levels: readonly ClassificationLevel[], attachments: readonly ReportAttachment[]): ClassificationLevel[] {
  return [...levels, ...attachments.map((a) => a.classification)];
}
