// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { markFor } from '../../../../src-renderer/core/classification';
import { MarkTooLowError, ReportRefusedError } from '../../../../src-renderer/core/reports';
import { registerComplaint } from '../../../../src-renderer/data/complaints';
import { OutputPolicyError } from '../../../../src-renderer/core/output';
import { ForbiddenError } from '../../../../src-renderer/core/accounts';
import { ValidationError } from '../../../../src-renderer/core/validation';
import { registerPage } from '../../../../src-renderer/data/output';
import type { HostBridge } from '../../../../src-renderer/host';
import { pdfFileName, printReport, type PrintRequest } from '../../../../src-renderer/features/reports/preview/print-report';
import { complaintsWorld, intake } from '../../data/complaints/fixtures';
import { freshDb } from '../../data/helpers';
import { testActor } from '../../../shared/actors';
import type { Actor } from '../../../../src-renderer/core/accounts';
import type { AirgapDb } from '../../../../src-renderer/data/db';

const ORIGIN = '01900000-0000-7000-8000-000000000001';
const AT = new Date(Date.UTC(2026, 10, 27, 7, 30));
const PDF = new TextEncoder().encode('%PDF-1.4\n<</Type /Pages /Count 3>>\n<</Type /Page>>\n<</Type /Page>>\n<</Type /Page>>\n%%EOF');

function host(kind: 'electron' | 'browser', answers: { printed?: boolean; saved?: boolean } = {}) {
  return {
    kind,
    capabilities: { pdfBytes: kind === 'electron', backupDirectory: kind === 'electron', openWithProgram: kind === 'electron' },
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
    saveStreamBegin: vi.fn(),
    saveStreamWrite: vi.fn(),
    saveStreamFinish: vi.fn(),
    saveStreamAbort: vi.fn(),
    readStreamOpen: vi.fn(),
    readStreamPiece: vi.fn(),
    readStreamClose: vi.fn(),
    openWithProgram: vi.fn(),
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
  purpose: '部门例会',
  fileName: (number) => pdfFileName('2026 年度客户分级名册', AT, number),
  ...over,
});

/** A memory Storage: the 份号 high-water mark outside the database (data/output/high-water.ts). */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

/** What the page showed as the 份号 while the host printed, and the deps that record it. */
function depsOf(db: AirgapDb, h: HostBridge, actor: Actor = testActor('张伟')) {
  const shown: (string | null)[] = [];
  return { shown, deps: { db, host: h, origin: ORIGIN, actor, now: () => AT, storage: memoryStorage(), showNumber: (n: string | null) => void shown.push(n) } };
}
const total = async (db: AirgapDb) => (await registerPage(db, 0, 10)).total;

describe('printReport', () => {
  it('refuses a mark below the records: nothing printed, nothing registered, no number used', async () => {
    const db = await freshDb();
    const h = host('electron');
    const { deps, shown } = depsOf(db, h);
    await expect(printReport(deps, request({ mark: markFor('internal') }))).rejects.toBeInstanceOf(MarkTooLowError);
    await expect(printReport(deps, request({ mark: { level: 'secret', periodYears: 5 } }))).rejects.toMatchObject({ floor: '秘密★10年' });
    expect(h.print).not.toHaveBeenCalled();
    expect(h.printToPdf).not.toHaveBeenCalled();
    expect(shown).toEqual([]);
    expect(await total(db)).toBe(0);
  });

  it('refuses a missing purpose, a user without report.print and a mark above the output policy: nothing printed or registered', async () => {
    const db = await freshDb();
    const h = host('browser');
    await expect(printReport(depsOf(db, h).deps, request({ purpose: '  ' }))).rejects.toBeInstanceOf(ValidationError);
    await expect(printReport(depsOf(db, h).deps, request({ purpose: '第一行\n第二行' }))).rejects.toBeInstanceOf(ValidationError);
    await expect(printReport(depsOf(db, h, testActor('管理员', ['system-admin'], null)).deps, request())).rejects.toBeInstanceOf(ForbiddenError);
    // 查阅 prints up to 内部 by default: a 秘密 report is refused with the limit named.
    const reader = testActor('李查阅', ['reader']);
    const refusal: unknown = await printReport(depsOf(db, h, reader).deps, request()).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(OutputPolicyError);
    expect(refusal).toMatchObject({ limit: 'internal', level: 'secret', chinese: '输出策略只允许当前账号打印内部及以下的材料，本次为秘密' });
    expect(h.print).not.toHaveBeenCalled();
    expect(await total(db)).toBe(0);
    expect(await db.audit.count()).toBe(0);
    // The same reader prints an 内部 report.
    const ok = await printReport(depsOf(db, h, reader).deps, request({ mark: markFor('internal'), floor: markFor('internal') }));
    expect(ok).toMatchObject({ done: true, line: { status: 'completed', by: '李查阅' } });
  });

  it('in the browser: the 份号 shown on the page while the dialog prints, registered with the purpose and the pages unknown', async () => {
    const db = await freshDb();
    const h = host('browser');
    const { deps, shown } = depsOf(db, h);
    h.print.mockImplementation(async () => {
      // While the dialog lays the pages out, the page shows the number.
      expect(shown.at(-1)).toMatch(/^FH-[0-9A-F]{6}-2026-000001$/);
      return true;
    });
    const outcome = await printReport(deps, request({ action: 'pdf', mark: markFor('confidential') }));
    expect(h.print).toHaveBeenCalledOnce();
    expect(shown.at(-1)).toBeNull();
    expect(outcome).toMatchObject({
      done: true,
      line: {
        kind: 'pdf',
        status: 'completed',
        shell: 'browser',
        pages: null,
        copies: 1,
        purpose: '部门例会',
        by: '张伟',
        byId: testActor('张伟').userId,
        at: AT.toISOString(),
        mark: markFor('confidential'),
        report: 'roster',
        number: shown[0],
      },
    });
    expect((await registerPage(db, 0, 10)).entries).toEqual([outcome.line]);
  });

  it('in Electron: PDF counted and saved under its 份号, registered with its pages; a cancelled save or print voids its number', async () => {
    const db = await freshDb();
    const storage = memoryStorage();
    const deps = (h: HostBridge) => ({ ...depsOf(db, h).deps, storage });
    const saved = host('electron');
    const first = await printReport(deps(saved), request({ action: 'pdf' }));
    expect(first).toMatchObject({ done: true, line: { pages: 3, shell: 'electron', kind: 'pdf', status: 'completed' } });
    expect(saved.saveFile).toHaveBeenCalledWith(
      expect.objectContaining({ suggestedName: `2026 年度客户分级名册-20261127-${first.line.number}.pdf`, bytes: PDF }),
    );
    expect(saved.print).not.toHaveBeenCalled();
    const printed = host('electron');
    expect(await printReport(deps(printed), request())).toMatchObject({ done: true, line: { pages: 3, kind: 'print' } });
    expect(printed.printToPdf).toHaveBeenCalledWith({ landscape: true, pageSize: 'A4' });
    const unsaved = await printReport(deps(host('electron', { saved: false })), request({ action: 'pdf' }));
    expect(unsaved).toMatchObject({ done: false, line: { status: 'cancelled' } });
    const unprinted = await printReport(deps(host('electron', { printed: false })), request());
    expect(unprinted).toMatchObject({ done: false, line: { status: 'cancelled' } });
    const page = await registerPage(db, 0, 10);
    expect(page.total).toBe(4);
    expect(page.entries.map((e) => ('seq' in e ? e.seq : 0)).sort()).toEqual([1, 2, 3, 4]);
    // Each print is in the audit log too, written with its register line (issue 15.5/15.6), naming the user, the mark and the 份号.
    const audit = await db.audit.orderBy('seq').toArray();
    expect(audit.map((e) => [e.action, e.userId, e.userName, e.details.mark, e.details.pages, e.details.purpose])).toEqual([
      ['report.pdf', testActor('张伟').userId, '张伟', 'secret', 3, '部门例会'],
      ['report.print', testActor('张伟').userId, '张伟', 'secret', 3, '部门例会'],
      ['output.cancel', testActor('张伟').userId, '张伟', 'secret', null, '部门例会'],
      ['output.cancel', testActor('张伟').userId, '张伟', 'secret', null, '部门例会'],
    ]);
    expect(audit.map((e) => e.details.number)).toEqual(page.entries.map((e) => ('number' in e ? e.number : null)).reverse());
  });

  it('a host that fails mid-print voids the number and passes the error on', async () => {
    const db = await freshDb();
    const h = host('electron');
    h.printToPdf.mockRejectedValueOnce(new Error('printer gone'));
    await expect(printReport(depsOf(db, h).deps, request())).rejects.toThrow('printer gone');
    expect((await registerPage(db, 0, 10)).entries).toMatchObject([{ status: 'cancelled' }]);
  });

  it('refuses a zeroing report of a complaint that is not a quality complaint (or is missing): nothing printed, nothing registered', async () => {
    const w = await complaintsWorld();
    const delivery = await registerComplaint(w.db, intake(w.institute.id, { category: 'delivery' }), w.ctx);
    const quality = await registerComplaint(w.db, intake(w.institute.id), w.ctx);
    const h = host('electron');
    const { deps } = depsOf(w.db, h);
    const zeroing = (complaintId: string) =>
      request({ report: 'zeroing', title: '质量问题归零报告', params: { complaintId, number: null }, orientation: 'portrait' });
    await expect(printReport(deps, zeroing(delivery.id))).rejects.toEqual(new ReportRefusedError('reports.error.zeroingNotQuality'));
    await expect(printReport(deps, zeroing(ORIGIN))).rejects.toMatchObject({ code: 'reports.zeroing.missing' });
    expect(h.printToPdf).not.toHaveBeenCalled();
    expect(h.print).not.toHaveBeenCalled();
    expect(await total(w.db)).toBe(0);
    // A quality complaint's report prints and is registered.
    expect(await printReport(deps, zeroing(quality.id))).toMatchObject({ done: true, line: { report: 'zeroing' } });
    w.db.close();
  });

  it('names the PDF after the title, the day and the 份号, without characters a file name cannot hold', () => {
    expect(pdfFileName('客户档案：A/B"所"', new Date(2026, 10, 7), 'FH-KF3-2026-000012')).toBe('客户档案：AB所-20261107-FH-KF3-2026-000012.pdf');
  });
});
