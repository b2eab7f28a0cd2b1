import { todayOf } from '../repository/common';
import type { AirgapDb } from '../db';
import { liveOnly } from '../repository/common';
import type { WriteContext } from '../write-context';
import { analyseRows, ArchiveNames, managersByName, type LocalPhoneNote, type RowDefaults } from './rows';
import type { ImportAnalysis, SheetRow } from './types';
import type { ClassificationLevel } from '../../core/classification';

/**
 * The preview of a customer sheet against the archive as it is now: every row's problems, the
 * customers of the file and their possible duplicates (live customers of the same normalised name
 * or the same pinyin, as the new-customer form finds them; and earlier customers of the file).
 * Reads the live customers' names and sort keys once (10,000 ≈ a few hundred ms) and the managers.
 */
export async function analyseCustomerSheet(
  db: AirgapDb,
  rows: readonly SheetRow[],
  ctx: WriteContext,
  classification: ClassificationLevel,
  localPhoneNote?: LocalPhoneNote,
): Promise<ImportAnalysis> {
  const [customers, managers] = await db.transaction('r', [db.customers, db.managers], () => Promise.all([db.customers.toArray(), db.managers.toArray()]));
  const defaults: RowDefaults = { classification, managerId: ctx.actor.managerId, today: todayOf(ctx), localPhoneNote };
  return analyseRows(rows, new ArchiveNames(liveOnly(customers)), managersByName(managers), defaults);
}
