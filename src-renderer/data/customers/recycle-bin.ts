import { recordTable, type AirgapDb } from '../db';
import type { WriteContext } from '../write-context';
import { restoreChild } from '../repository/children';
import { compareText, isLiveRow } from '../repository/common';
import { restoreAttachment } from '../attachments';
import { restoreContact } from './contacts';
import { restoreCustomer } from './customers';
import { RECYCLE_TABLES, type CustomerRecord, type DeletedItem, type RecycleTable } from './types';
import { customerIdsInScope, type ReadScope } from '../scope';

/**
 * The recycle bin: deleted customers, contacts, interactions, requirements, settlements,
 * satisfaction surveys and attachments, newest deletion first. Each table's `deletedAt` index holds only deleted rows (IndexedDB does not index
 * null), so this reads the bin and nothing else; customer names (owners, and the unit a merged-away
 * customer went into) come from one bulkGet.
 */
export async function deletedRecords(db: AirgapDb, scope?: ReadScope): Promise<DeletedItem[]> {
  const items = await deletedItems(db);
  // The data scope (issue 15.3): only what belongs to a customer the reader may see; 全部 (null): everything.
  const ids = scope ? await customerIdsInScope(db, scope) : null;
  return ids === null ? items : items.filter((i) => ids.has(i.table === 'customers' ? i.record.id : (i.record as { customerId: string }).customerId));
}

async function deletedItems(db: AirgapDb): Promise<DeletedItem[]> {
  return db.transaction('r', [...RECYCLE_TABLES.map((t) => recordTable(db, t))], async () => {
    const perTable = await Promise.all(
      RECYCLE_TABLES.map(async (table) => {
        const rows = await recordTable<DeletedItem['record']>(db, table).orderBy('deletedAt').toArray();
        return rows.map((record) => ({ table, record }) as Omit<DeletedItem, 'customerName'>);
      }),
    );
    const items = perTable.flat();
    const ownerIds = new Set(items.filter((i) => i.table !== 'customers').map((i) => (i.record as { customerId: string }).customerId));
    // Merged-away customers name the unit they live on in (one read with the owners).
    for (const i of items) if (i.table === 'customers' && (i.record as CustomerRecord).mergedInto) ownerIds.add((i.record as CustomerRecord).mergedInto!);
    const owners = await db.customers.bulkGet([...ownerIds]);
    const names = new Map(owners.filter((c): c is CustomerRecord => c !== undefined).map((c) => [c.id, c.name]));
    return items
      .filter((i) => !isLiveRow(i.record))
      .map((i) => {
        const customerId = i.table === 'customers' ? i.record.id : (i.record as { customerId: string }).customerId;
        const customerName = i.table === 'customers' ? (i.record as CustomerRecord).name : (names.get(customerId) ?? '');
        const mergedInto = i.table === 'customers' ? (i.record as CustomerRecord).mergedInto : null;
        const mergedIntoName = mergedInto ? names.get(mergedInto) : undefined;
        return (mergedIntoName === undefined ? { ...i, customerName } : { ...i, customerName, mergedIntoName }) as DeletedItem;
      })
      .sort((a, b) => compareText(b.record.deletedAt!, a.record.deletedAt!) || compareText(b.record.rev, a.record.rev));
  });
}

/**
 * Brings a record back from the recycle bin, with the rules of its kind: a customer only under a
 * live parent; a child (a survey too) only under a live customer; a contact never as a second primary.
 */
export async function restoreRecord(db: AirgapDb, table: RecycleTable, id: string, ctx: WriteContext): Promise<DeletedItem['record']> {
  switch (table) {
    case 'customers':
      return restoreCustomer(db, id, ctx);
    case 'contacts':
      return restoreContact(db, id, ctx);
    case 'attachments':
      return restoreAttachment(db, id, ctx);
    default:
      return restoreChild(db, table, id, ctx);
  }
}
