import { z } from 'zod';
import { classificationMarkSchema, type ClassificationMark } from '../classification';
import { isUuid } from '../ids';

/** The reports of PRODUCT.md §5, in the order the 报表 page lists them. */
export const REPORT_KINDS = ['roster', 'dossier', 'pareto', 'complaints', 'zeroing'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** A report's parameters as the log keeps them: what was asked for, readable without the app's state. */
export type ReportParams = Record<string, string | number | null>;

/**
 * One line of 打印记录 (the local `printLog` table): who printed or exported which report, with which
 * parameters, under which mark, how many pages. Append-only audit: never edited, never deleted, never
 * exported to another department; a backup carries it.
 * `pages` is null when the host cannot know it: the browser's print dialog reports nothing back.
 */
export interface PrintLogEntry {
  id: string;
  /** ISO instant of the print. */
  at: string;
  /** The signed-in user's display name, the same name writes record in `updatedBy`. */
  by: string;
  /** That user's account id (absent in lines written before accounts, issue 15). */
  byId?: string;
  report: ReportKind;
  /** The report's title as printed (a customer's dossier names the customer). */
  title: string;
  params: ReportParams;
  mark: ClassificationMark;
  /** 'print': the print dialog; 'pdf': saved as a PDF file by the desktop shell. */
  action: 'print' | 'pdf';
  shell: 'electron' | 'browser';
  pages: number | null;
  /** The installation that printed (a restored backup may hold another PC's lines). */
  origin: string;
}

export const printLogEntrySchema = z
  .object({
    id: z.string().refine(isUuid),
    at: z.iso.datetime(),
    by: z.string().min(1).max(100),
    byId: z.string().refine(isUuid).optional(),
    report: z.enum(REPORT_KINDS),
    title: z.string().min(1).max(300),
    params: z.record(z.string().max(50), z.union([z.string().max(300), z.number(), z.null()])),
    mark: classificationMarkSchema,
    action: z.enum(['print', 'pdf']),
    shell: z.enum(['electron', 'browser']),
    pages: z.number().int().positive().nullable(),
    origin: z.string().refine(isUuid),
  })
  .strict();
