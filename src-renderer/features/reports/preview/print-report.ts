import type { ClassificationMark } from '../../../core/classification';
import { hasZeroing } from '../../../core/complaints';
import { fileNameDay, fileNamePart } from '../../../core/file-names';
import {
  checkReportMark,
  countPdfPages,
  MarkTooLowError,
  ReportRefusedError,
  type PrintLogEntry,
  type ReportKind,
  type ReportParams,
} from '../../../core/reports';
import type { AirgapDb } from '../../../data/db';
import { logPrint, zeroingReportData } from '../../../data/reports';
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
  operator: string;
  /** The signed-in user's account id. */
  operatorId: string;
  /** The PDF's suggested file name (Electron's save dialog). */
  fileName: string;
}

export interface PrintDeps {
  db: AirgapDb;
  host: HostBridge;
  origin: string;
  now: () => Date;
}

/** What happened: printed / saved (and logged), or the user cancelled (nothing logged). */
export type PrintOutcome = { done: true; entry: PrintLogEntry } | { done: false };

/**
 * Prints or exports the report on the page, and logs it. Refuses (MarkTooLowError, nothing printed,
 * nothing logged) a mark lower than the records' — the same rule the preview applies, so a caller
 * that skipped the screen cannot print under a lower mark — and (ReportRefusedError) a zeroing
 * report of a complaint that is not a quality complaint.
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
  let pages: number | null = null;
  if (host.capabilities.pdfBytes) {
    const pdf = await host.printToPdf({ landscape: request.orientation === 'landscape', pageSize: 'A4' });
    pages = countPdfPages(pdf);
    if (request.action === 'pdf') {
      const saved = await host.saveFile({
        suggestedName: request.fileName,
        bytes: pdf as Uint8Array<ArrayBuffer>,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (!saved.saved) return { done: false };
    }
  }
  if (request.action === 'print' || !host.capabilities.pdfBytes) {
    if (!(await host.print())) return { done: false };
  }
  const entry = await logPrint(deps.db, {
    at: deps.now().toISOString(),
    by: request.operator,
    byId: request.operatorId,
    report: request.report,
    title: request.title,
    params: request.params,
    mark: request.mark,
    action: request.action,
    shell: host.kind,
    pages,
    origin: deps.origin,
  });
  return { done: true, entry };
}

/** A zeroing report exists only for a quality complaint (core `hasZeroing`): refused, nothing printed or logged. */
async function checkZeroingReport(db: AirgapDb, params: ReportParams): Promise<void> {
  const data = typeof params.complaintId === 'string' ? await zeroingReportData(db, params.complaintId) : undefined;
  if (!data) throw new ReportRefusedError('reports.zeroing.missing');
  if (!hasZeroing(data.complaint.category)) throw new ReportRefusedError('reports.error.zeroingNotQuality');
}

/** `客户分级名册-2026-20261127.pdf`: the title and the day, without characters a file name cannot hold. */
export function pdfFileName(title: string, at: Date): string {
  return `${fileNamePart(title, 120, 'report')}-${fileNameDay(at)}.pdf`;
}
