import type { ClassificationLevel, ClassificationMark } from '../../core/classification';
import { formatMark } from '../../core/classification';
import { fileNameDay, fileNamePart } from '../../core/file-names';
import { fileMark, type OutputLine } from '../../core/output';
import { tableToCsv, tableToXlsx, type ExportCell } from '../../core/spreadsheet-export';
import { highestClassification } from '../../core/backup';
import type { AirgapDb } from '../db';
import { getProfile } from '../profile-repo';
import { cancelOutput, reserveOutput, settleOutput, type OutputContext } from './register';

/**
 * A list or report table exported as a file (issue 16.4): the same controlled output as a print (issue 15.6).
 * The 份号 is reserved first — which checks 用途, the permission and the output policy for the file's mark, so a
 * refusal writes nothing and uses no number — then the file is written with the mark and the number in its first
 * row, then saved; the line is completed with its `table.export` audit entry when the save is kept, else voided.
 */
export const TABLE_FILE_FORMATS = ['xlsx', 'csv'] as const;
export type TableFileFormat = (typeof TABLE_FILE_FORMATS)[number];

export interface TableExportRequest {
  /** The view's name as the screen titles it (客户分级名册): the register's title and the sheet's name. */
  view: string;
  format: TableFileFormat;
  /** 用途, as typed. */
  purpose: string;
  /** The highest classification among the exported rows' records (null: none classified). */
  highest: ClassificationLevel | null;
  columns: readonly { readonly header: string }[];
  rows: readonly (readonly ExportCell[])[];
}

/** What the host's save answered: kept under a name, or refused. */
export type SaveOutcome = { saved: true; name: string } | { saved: false };

export interface TableExportOutcome {
  /** The settled line: completed when the file was saved, cancelled (作废) when not. */
  line: OutputLine;
  save: SaveOutcome;
}

/** The file's mark: the department's default mark, raised to the rows' highest classification. */
export async function tableExportMark(db: AirgapDb, highest: ClassificationLevel | null): Promise<ClassificationMark> {
  const profile = await getProfile(db);
  if (!profile) throw new Error('no profile: the department is not set up');
  return fileMark(profile.defaultMark, highest);
}

/**
 * The highest classification among the customers a table's rows concern (complaints, requirements, deleted
 * records take their customer's): what raises the file's mark. Ids of customers not found count for nothing.
 */
export async function customersHighestClassification(db: AirgapDb, customerIds: Iterable<string>): Promise<ClassificationLevel | null> {
  const customers = await db.customers.bulkGet([...new Set(customerIds)]);
  return highestClassification(customers.map((c) => c?.classification));
}

/** The first row of the file: the mark and the 份号, always in Chinese like the printed header. */
export function tableMarkLine(mark: ClassificationMark, number: string): string {
  return `${formatMark(mark)}\u3000份号：${number}`;
}

/** 客户分级名册-20261207-FH-KF3-2026-000123.xlsx */
export function tableFileName(view: string, at: Date, number: string, format: TableFileFormat): string {
  return `${fileNamePart(view, 60, '表格')}-${fileNameDay(at)}-${number}.${format}`;
}

export const TABLE_FILE_FILTERS: Record<TableFileFormat, { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
};

/**
 * Registers, writes and saves one table file. `save` is the host's save dialog; a save that throws or is refused
 * voids the number (the throw is passed on), as does a file that could not be written.
 */
export async function exportTable(
  db: AirgapDb,
  ctx: OutputContext,
  request: TableExportRequest,
  save: (file: { bytes: Uint8Array<ArrayBuffer>; suggestedName: string; format: TableFileFormat }) => Promise<SaveOutcome>,
): Promise<TableExportOutcome> {
  const mark = await tableExportMark(db, request.highest);
  const line = await reserveOutput(db, ctx, { kind: 'table-export', title: request.view, mark, purpose: request.purpose });
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    const table = { sheetName: request.view, markLine: tableMarkLine(mark, line.number), columns: request.columns, rows: request.rows };
    bytes = request.format === 'xlsx' ? await tableToXlsx(table) : tableToCsv(table);
  } catch (error) {
    await cancelOutput(db, { actor: ctx.actor, now: new Date() }, line.id);
    throw error;
  }
  const settle = (saved: boolean) =>
    settleOutput(db, { actor: ctx.actor, now: new Date() }, line.id, saved, { records: request.rows.length, details: { fileFormat: request.format } });
  let outcome: SaveOutcome;
  try {
    outcome = await save({ bytes, suggestedName: tableFileName(request.view, ctx.now, line.number, request.format), format: request.format });
  } catch (error) {
    await settle(false);
    throw error;
  }
  // Completed with its audit entry only once the file exists; a refused save voids the number.
  return { line: await settle(outcome.saved), save: outcome };
}
