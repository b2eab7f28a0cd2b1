// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { markFor } from '../../../../src-renderer/core/classification';
import { MarkTooLowError, ReportRefusedError } from '../../../../src-renderer/core/reports';
import { registerComplaint } from '../../../../src-renderer/data/complaints';
import { logPrint, printLogPage } from '../../../../src-renderer/data/reports';
import type { HostBridge } from '../../../../src-renderer/host';
import { pdfFileName, printReport, type PrintRequest } from '../../../../src-renderer/features/reports/preview/print-report';
import { complaintsWorld, intake } from '../../data/complaints/fixtures';
import { freshDb } from '../../data/helpers';
import { testActor } from '../../../shared/actors';

const ORIGIN = '01900000-0000-7000-8000-000000000001';
const AT = new Date(Date.UTC(2026, 10, 27, 7, 30));
const PDF = new TextEncoder().encode('%PDF-1.4\n<</Type /Pages /Count 3>>\n<</Type /Page>>\n<</Type /Page>>\n<</Type /Page>>\n%%EOF');

function host(kind: 'electron' | 'browser', answers: { printed?: boolean; saved?: boolean } = {}) {
  return {
    kind,
    capabilities: { pdfBytes: kind === 'electron', backupDirectory: kind === 'electron' },
    openFile: vi.fn(),
    saveFile: vi.fn(async () => (answers.saved === false ? { saved: false as const } : { saved: true as const, name: 'x.pdf' })),
    print: vi.fn(async () => answers.printed ?? true),
    printToPdf: vi.fn(async () => PDF),
    appInfo: vi.fn(),
    chooseBackupDirectory: vi.fn(),
    backupDirectory: vi.fn(),
    writeBackup: vi.fn(),
    listBackups: vi.fn(),
    deleteBackup: vi.fn(),
    takeOpenedFile: vi.fn(),
    secretStorageAvailable: vi.fn(),
    protectSecret: vi.fn(),
    unprotectSecret: vi.fn(),
    onFileOpened: vi.fn(),
  } satisfies HostBridge;
}

const request = (over: Partial<PrintRequest> = {}): PrintRequest => ({
  action: 'print',
  report: 'roster',
  title: '2026 年度客户分级名册',
  params: { year: 2026, manager: null, type: null },
  mark: markFor('secret'),
  floor: markFor('secret'),
  orientation: 'landscape',
  operator: '张伟',
  operatorId: testActor('张伟').userId,
  fileName: '2026 年度客户分级名册-20261127.pdf',
  ...over,
});

describe('printReport', () => {
  it('refuses a mark below the records: nothing printed, nothing logged', async () => {
    const db = await freshDb();
    const h = host('electron');
    await expect(printReport({ db, host: h, origin: ORIGIN, now: () => AT }, request({ mark: markFor('internal') }))).rejects.toBeInstanceOf(MarkTooLowError);
    await expect(printReport({ db, host: h, origin: ORIGIN, now: () => AT }, request({ mark: { level: 'secret', periodYears: 5 } }))).rejects.toMatchObject({
      floor: '秘密★10年',
    });
    expect(h.print).not.toHaveBeenCalled();
    expect(h.printToPdf).not.toHaveBeenCalled();
    expect((await printLogPage(db, 0, 10)).total).toBe(0);
  });

  it('in the browser: the print dialog, logged with the pages unknown', async () => {
    const db = await freshDb();
    const h = host('browser');
    const outcome = await printReport({ db, host: h, origin: ORIGIN, now: () => AT }, request({ action: 'pdf', mark: markFor('confidential') }));
    expect(h.print).toHaveBeenCalledOnce();
    expect(outcome).toMatchObject({
      done: true,
      entry: { action: 'pdf', shell: 'browser', pages: null, by: '张伟', at: AT.toISOString(), mark: markFor('confidential'), report: 'roster' },
    });
    expect((await printLogPage(db, 0, 10)).entries).toEqual([(outcome as { entry: unknown }).entry]);
  });

  it('in Electron: PDF counted and saved, then logged with its pages; a cancelled save or print logs nothing', async () => {
    const db = await freshDb();
    const deps = (h: HostBridge) => ({ db, host: h, origin: ORIGIN, now: () => AT });
    const saved = host('electron');
    expect(await printReport(deps(saved), request({ action: 'pdf' }))).toMatchObject({ done: true, entry: { pages: 3, shell: 'electron', action: 'pdf' } });
    expect(saved.saveFile).toHaveBeenCalledWith(expect.objectContaining({ suggestedName: '2026 年度客户分级名册-20261127.pdf', bytes: PDF }));
    expect(saved.print).not.toHaveBeenCalled();
    const printed = host('electron');
    expect(await printReport(deps(printed), request())).toMatchObject({ done: true, entry: { pages: 3, action: 'print' } });
    expect(printed.printToPdf).toHaveBeenCalledWith({ landscape: true, pageSize: 'A4' });
    expect(await printReport(deps(host('electron', { saved: false })), request({ action: 'pdf' }))).toEqual({ done: false });
    expect(await printReport(deps(host('electron', { printed: false })), request())).toEqual({ done: false });
    expect((await printLogPage(db, 0, 10)).total).toBe(2);
    // Each print is in the audit log too, written with its print-log line (issue 15.5), naming the user and the mark.
    const audit = await db.audit.orderBy('seq').toArray();
    expect(audit.map((e) => [e.action, e.userId, e.userName, e.details.mark, e.details.pages])).toEqual([
      ['report.pdf', testActor('张伟').userId, '张伟', 'secret', 3],
      ['report.print', testActor('张伟').userId, '张伟', 'secret', 3],
    ]);
  });

  it('refuses a zeroing report of a complaint that is not a quality complaint (or is missing): nothing printed, nothing logged', async () => {
    const w = await complaintsWorld();
    const delivery = await registerComplaint(w.db, intake(w.institute.id, { category: 'delivery' }), w.ctx);
    const quality = await registerComplaint(w.db, intake(w.institute.id), w.ctx);
    const h = host('electron');
    const deps = { db: w.db, host: h, origin: ORIGIN, now: () => AT };
    const zeroing = (complaintId: string) =>
      request({ report: 'zeroing', title: '质量问题归零报告', params: { complaintId, number: null }, orientation: 'portrait' });
    await expect(printReport(deps, zeroing(delivery.id))).rejects.toEqual(new ReportRefusedError('reports.error.zeroingNotQuality'));
    await expect(printReport(deps, zeroing(ORIGIN))).rejects.toMatchObject({ code: 'reports.zeroing.missing' });
    expect(h.printToPdf).not.toHaveBeenCalled();
    expect(h.print).not.toHaveBeenCalled();
    expect((await printLogPage(w.db, 0, 10)).total).toBe(0);
    // A quality complaint's report prints and is logged.
    expect(await printReport(deps, zeroing(quality.id))).toMatchObject({ done: true, entry: { report: 'zeroing' } });
    w.db.close();
  });

  it('names the PDF after the title and the day, without characters a file name cannot hold', () => {
    expect(pdfFileName('客户档案：A/B"所"', new Date(2026, 10, 7))).toBe('客户档案：AB所-20261107.pdf');
  });
});

describe('the print log', () => {
  it('reads newest first, page by page, and refuses a malformed line', async () => {
    const db = await freshDb();
    const base = {
      by: '张伟',
      report: 'pareto' as const,
      title: '80/20',
      params: { year: 2025 },
      mark: markFor('internal'),
      action: 'print' as const,
      shell: 'browser' as const,
      pages: null,
      origin: ORIGIN,
    };
    for (let i = 0; i < 25; i++) await logPrint(db, { ...base, at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(), title: `r${i}` });
    const first = await printLogPage(db, 0, 20);
    expect(first.total).toBe(25);
    expect(first.entries.map((e) => e.title).slice(0, 3)).toEqual(['r24', 'r23', 'r22']);
    expect((await printLogPage(db, 1, 20)).entries.map((e) => e.title)).toEqual(['r4', 'r3', 'r2', 'r1', 'r0']);
    await expect(logPrint(db, { ...base, at: 'yesterday' })).rejects.toThrow();
    await expect(logPrint(db, { ...base, at: AT.toISOString(), pages: 0 })).rejects.toThrow();
    expect((await printLogPage(db, 0, 1)).total).toBe(25);
  });
});
