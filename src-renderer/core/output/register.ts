import { z } from 'zod';
import { classificationMarkSchema, higherMark, markFor, type ClassificationLevel, type ClassificationMark } from '../classification';
import { requiredLine } from '../customers/fields';
import { isUuid } from '../ids';
import { printLogEntrySchema, REPORT_KINDS, type PrintLogEntry, type ReportKind, type ReportParams } from '../reports/print-log';

/**
 * The output register (输出登记簿, issue 15.6, 涉密载体 practice): one line per print, PDF and export
 * file, each with a copy number (份号) unique on this installation and never reused. Lines written
 * before 15.6 (打印记录, `PrintLogEntry`) have no number and stay readable beside them: both live in
 * the local `printLog` table (it kept its name so older backups and audit exports still restore).
 */
/** 'table-export': a list or report table saved as .xlsx or .csv (issue 16.4, core/spreadsheet-export.ts). */
export const OUTPUT_KINDS = ['print', 'pdf', 'exchange', 'backup', 'audit-export', 'table-export', 'attachment'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/**
 * A number is taken (reserved) BEFORE the output is made, so it can be printed on the pages or
 * written into the file's header; then the line is completed (the output exists) or cancelled
 * (作废: the dialog was closed, the save refused). A cancelled number is never given again.
 * A line still 'reserved' is an output that never reported back (the window closed mid-way).
 */
export const OUTPUT_STATUSES = ['reserved', 'completed', 'cancelled'] as const;
export type OutputStatus = (typeof OUTPUT_STATUSES)[number];

/** The purpose (用途) typed before printing or exporting: one line, like a name, at most 100 characters. */
export const PURPOSE_MAX = 100;
export const purposeSchema = requiredLine(PURPOSE_MAX);

export interface OutputLine {
  id: string;
  /** The running number on this installation (1, 2, …): what makes `number` unique. */
  seq: number;
  /** 份号 as printed: `FH-<code>-<year>-<seq>` (see `formatCopyNumber`). */
  number: string;
  kind: OutputKind;
  status: OutputStatus;
  title: string;
  mark: ClassificationMark;
  /** Null when the host cannot know it (the browser's print dialog; files have none). */
  pages: number | null;
  copies: number;
  purpose: string;
  /** Exchange: the receiving departments (names); absent when the file is not meant for anyone named. */
  recipients?: string[];
  /** Exports: how many records the file holds (set when completed). */
  records?: number;
  /** Prints and PDFs: which report, with which parameters. */
  report?: ReportKind;
  params?: ReportParams;
  shell?: 'electron' | 'browser';
  /** Backups: made by the schedule rather than by hand. */
  scheduled?: boolean;
  /** The signed-in user (display name and account id); a scheduled backup names the user signed in when it ran. */
  by: string;
  byId: string;
  /** When the number was taken; `doneAt` when the line was completed or cancelled. */
  at: string;
  doneAt?: string;
  origin: string;
}

export const outputLineSchema = z
  .object({
    id: z.string().refine(isUuid),
    seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    number: z.string().min(1).max(40),
    kind: z.enum(OUTPUT_KINDS),
    status: z.enum(OUTPUT_STATUSES),
    title: z.string().min(1).max(300),
    mark: classificationMarkSchema,
    pages: z.number().int().positive().nullable(),
    copies: z.number().int().min(1).max(99),
    purpose: purposeSchema,
    recipients: z.array(z.string().min(1).max(100)).max(100).optional(),
    records: z.number().int().min(0).optional(),
    report: z.enum(REPORT_KINDS).optional(),
    params: z.record(z.string().max(50), z.union([z.string().max(300), z.number(), z.null()])).optional(),
    shell: z.enum(['electron', 'browser']).optional(),
    scheduled: z.boolean().optional(),
    by: z.string().min(1).max(100),
    byId: z.string().refine(isUuid),
    at: z.iso.datetime(),
    doneAt: z.iso.datetime().optional(),
    origin: z.string().refine(isUuid),
  })
  .strict();

/** A row of the register table: a numbered line, or a print-log line written before 15.6. */
export type RegisterRow = OutputLine | PrintLogEntry;
export const registerRowSchema = z.union([outputLineSchema, printLogEntrySchema]);

export function isOutputLine(row: RegisterRow): row is OutputLine {
  return 'number' in row;
}

/** What a pre-15.6 print-log line is, in the register's words. */
export function rowKind(row: RegisterRow): OutputKind {
  return isOutputLine(row) ? row.kind : row.action;
}

/**
 * 份号: `FH-<code>-<year>-<seq>`, e.g. `FH-KF3-2026-000123`. FH (份号) marks it as a copy number;
 * `<code>` is the department code of the complaint settings when one is set, else the last six hex
 * digits of the installation id (its random part), so two installations' numbers differ; the year
 * is the year it was given (China time); `<seq>` is the installation's running number, at least six
 * digits and never reset — it alone makes a number unique here, so a new year or a new code cannot
 * repeat one. Only letters, digits and '-': printable anywhere and searchable as typed.
 */
export function formatCopyNumber(code: string, year: number, seq: number): string {
  if (!/^[A-Z0-9]{1,8}$/.test(code)) throw new RangeError(`bad installation code ${code}`);
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`bad sequence ${seq}`);
  return `FH-${code}-${year}-${String(seq).padStart(6, '0')}`;
}

/** The installation's code in a 份号: the department code, or the last six hex digits of the installation id. */
export function installationCode(installationId: string, departmentCode: string | null | undefined): string {
  if (departmentCode) return departmentCode;
  return installationId.replace(/-/g, '').slice(-6).toUpperCase();
}

/** The year in China time (UTC+8): a number given on 31 December at 23:30 in Beijing is of that year. */
export function chinaYear(at: Date): number {
  return new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();
}

/** What a search box holds, as the index holds it: trimmed, upper-case (份号 are upper-case). */
export function normaliseNumberQuery(query: string): string {
  return query.trim().toUpperCase();
}

/**
 * A file's mark: the higher of the department's default mark and its records' highest level
 * (a file of 内部 records from a 秘密 department is marked 秘密, as its printed reports are).
 */
export function fileMark(defaultMark: ClassificationMark, highest: ClassificationLevel | null): ClassificationMark {
  return highest === null ? defaultMark : higherMark(defaultMark, markFor(highest));
}
