import Dexie from 'dexie';
import type { AttachmentOwnerKind } from '../../core/attachments';
import type { ZeroingItemId } from '../../core/complaints';
import type { AttachmentRecord } from '../../data/attachments';
import type { AirgapDb } from '../../data/db';

/** What a customer's files are attached to, read once for the 附件 tab: each record's own words. */
export interface OwnerFacts {
  interactions: Map<string, { date: string; summary: string }>;
  requirements: Map<string, { title: string }>;
  complaints: Map<string, { number: string }>;
}

export async function ownerFacts(db: AirgapDb, customerId: string): Promise<OwnerFacts> {
  const [interactions, requirements, complaints] = await Promise.all([
    db.interactions.where('[customerId+date]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).toArray(),
    db.requirements.where('customerId').equals(customerId).toArray(),
    db.complaints.where('customerId').equals(customerId).toArray(),
  ]);
  return {
    interactions: new Map(interactions.map((r) => [r.id, { date: r.date, summary: r.summary }])),
    requirements: new Map(requirements.map((r) => [r.id, { title: r.title }])),
    complaints: new Map(complaints.map((r) => [r.id, { number: r.number }])),
  };
}

/** The record filter's choices: the customer itself, and each record that has files. */
export type OwnerKey = `${AttachmentOwnerKind}:${string}` | `complaints:${string}:${ZeroingItemId}`;

export function ownerKeyOf(record: Pick<AttachmentRecord, 'owner'>): OwnerKey {
  const { kind, id, zeroingItem } = record.owner;
  return zeroingItem ? `complaints:${id}:${zeroingItem}` : `${kind}:${id}`;
}
