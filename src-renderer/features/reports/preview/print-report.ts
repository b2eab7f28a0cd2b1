import type { ClassificationMark } from '../../../core/classification';
import { hasZeroing } from '../../../core/complaints';
import { fileNameDay, fileNamePart } from '../../../core/file-names';
import type { Actor } from '../../../core/accounts';
import type { OutputLine } from '../../../core/output';
import { checkReportMark, countPdfPages, MarkTooLowError, ReportRefusedError, type ReportKind, type ReportParams } from '../../../core/reports';
import type { AirgapDb } from '../../../data/db';
import { cancelOutput, completeOutput, reserveOutput } from '../../../data/output';
import { zeroingReportData } from '../../../data/reports';
import type { HostBridge } from '../../../host';
import type { Orientation } from '../../../ui/print/page-css';

export interface PrintRequest {
  action: 'print' | 'pdf';
  report: ReportKind;
  title: string;
  params: ReportParams;
  /** The mark chosen in the preview, and the lowest the records allow. */
  mark: ClassificationMark;
  floor: ClassificationMark;
  orientation: Orientation;
  /** 用途, typed by the user before printing (required; checked by the register). */
  purpose: string;
  /** The PDF's suggested file name without the 份号 (Electron's save dialog): see `pdfFileName`. */
  fileName: (number: string) => string;
}

export interface PrintDeps {
  db: AirgapDb;
  host: HostBridge;
  origin: string;
  actor: Actor;
  now: () => Date;
  /**
   * Called with the reserved 份号 before anything is laid out: the page must show it on every
   * printed page (the caller renders it synchronously), and clears it with null afterwards.
   */
  showNumber: (number: string | null) => void;
  /** Where the highest number is kept outside the database (tests pass their own; default localStorage). */
  storage?: Storage;
}

/** What happened: printed / saved and registered, or the user cancelled (the number is registered as voided, 作废). */
export type PrintOutcome = { done: true; line: OutputLine } | { done: false; line: OutputLine };

/**
 * Prints or exports the report on the page under a copy number (份号, issue 15.6). Refuses
 * (MarkTooLowError) a mark lower than the records' — the same rule the preview applies — and
 * (ReportRefusedError) a zeroing report of a complaint that is not a quality complaint; then the
 * register refuses a missing purpose, a user without report.print, and a mark above the output
 * policy's limit (OutputPolicyError). A refusal prints nothing, registers nothing and uses no number.
 *
 * The number is reserved first, shown on the sheet (every page's header), then the page is printed;
 * the line is completed with its audit entry once printed or saved, and voided (作废, also audited)
 * when the dialog or the save is cancelled or fails: a number given is never given again.
 *
 * Pages: Electron lays the page out as a PDF (A4, the report's CSS page size) and counts its pages
 * — for 打印 too, before the dialog, since the print dialog reports no count. The browser's
 * window.print reports nothing back, so there the count is recorded as unknown (null); and both
 * buttons open the same dialog (its destination "另存为 PDF" saves the file).
 */
export async function printReport(deps: PrintDeps, request: PrintRequest): Promise<PrintOutcome> {
  const check = checkReportMark(request.mark, request.floor);
  if (!check.ok) throw new MarkTooLowError(check.floor);
  if (request.report === 'zeroing') await checkZeroingReport(deps.db, request.params);
  const { host } = deps;
  const ctx = { actor: deps.actor, origin: deps.origin, now: deps.now(), storage: deps.storage };
  const line = await reserveOutput(deps.db, ctx, {
    kind: request.action,
    title: request.title,
    mark: request.mark,
    purpose: request.purpose,
    report: request.report,
    params: request.params,
    shell: host.kind,
  });
  const finish = () => ({ actor: deps.actor, now: deps.now() });
  try {
    deps.showNumber(line.number);
    const pages = await printOnHost(host, request, line.number);
    if (pages === 'cancelled') return { done: false, line: await cancelOutput(deps.db, finish(), line.id) };
    return { done: true, line: await completeOutput(deps.db, finish(), line.id, { pages, details: { orientation: request.orientation } }) };
  } catch (error) {
    await cancelOutput(deps.db, finish(), line.id);
    throw error;
  } finally {
    deps.showNumber(null);
  }
}

/** Prints (or saves the PDF) on the host: the pages when known, null when not, 'cancelled' when the user cancelled. */
async function printOnHost(host: HostBridge, request: PrintRequest, number: string): Promise<number | null | 'cancelled'> {
  let pages: number | null = null;
  if (host.capabilities.pdfBytes) {
    const pdf = await host.printToPdf({ landscape: request.orientation === 'landscape', pageSize: 'A4' });
    pages = countPdfPages(pdf);
    if (request.action === 'pdf') {
      const saved = await host.saveFile({
        suggestedName: request.fileName(number),
        bytes: pdf as Uint8Array<ArrayBuffer>,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (!saved.saved) return 'cancelled';
    }
  }
  if (request.action === 'print' || !host.capabilities.pdfBytes) {
    if (!(await host.print())) return 'cancelled';
  }
  return pages;
}

/** A zeroing report exists only for a quality complaint (core `hasZeroing`): refused, nothing printed or registered. */
async function checkZeroingReport(db: AirgapDb, params: ReportParams): Promise<void> {
  const data = typeof params.complaintId === 'string' ? await zeroingReportData(db, params.complaintId) : undefined;
  if (!data) throw new ReportRefusedError('reports.zeroing.missing');
  if (!hasZeroing(data.complaint.category)) throw new ReportRefusedError('reports.error.zeroingNotQuality');
}

/** `客户分级名册-2026-20261127-FH-KF3-2026-000123.pdf`: the title, the day and the 份号, without characters a file name cannot hold. */
export function pdfFileName(title: string, at: Date, number: string): string {
  return `${fileNamePart(title, 120, 'report')}-${fileNameDay(at)}-${fileNamePart(number, 40, 'FH')}.pdf`;
}
