import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef, useState } from 'react';
import { ForbiddenError } from '../../core/accounts';
import {
  previewCustomerBook,
  readSpreadsheet,
  SpreadsheetError,
  type CustomerSheetPreview,
  type PreviewOptions,
  type SheetField,
  type SpreadsheetBook,
} from '../../core/spreadsheet';
import { getProfile } from '../../data/profile-repo';
import {
  analyseCustomerSheet,
  commitCustomerImport,
  ImportCancelledError,
  rememberedMapping,
  rememberMapping,
  type CommitResult,
  type ImportAction,
  type ImportAnalysis,
  type ImportProgress,
} from '../../data/spreadsheet-import';
import { HostError } from '../../host';
import { isMessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession, writeContextOf } from '../../state/session';
import { useActor } from '../../state/signed-in';

export type ImportStep = 'file' | 'sheet' | 'mapping' | 'preview' | 'result';

export interface OpenedSheet {
  name: string;
  book: SpreadsheetBook;
  options: PreviewOptions<SheetField>;
  preview: CustomerSheetPreview;
  /** The mapping came from the user's earlier choice for this column layout. */
  remembered: boolean;
}

/** 'busy': reading, analysing; 'running': the import's transaction, with its progress. */
type Work = { kind: 'idle' } | { kind: 'busy' } | { kind: 'running'; progress: ImportProgress };

const AREA_CODE = /^0\d{2,3}$/;

/** The import screen's steps and what each keeps: the file read once, the preview redone on every choice. */
export function useSheetImport() {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  const profile = useLiveQuery(() => getProfile(session.db), [session.db]);
  const [step, setStep] = useState<ImportStep>('file');
  const [sheet, setSheet] = useState<OpenedSheet | null>(null);
  const [areaCode, setAreaCode] = useState('');
  const [analysis, setAnalysis] = useState<ImportAnalysis | null>(null);
  const [decisions, setDecisions] = useState<Map<string, ImportAction>>(new Map());
  const [work, setWork] = useState<Work>({ kind: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<CommitResult | null>(null);
  const abort = useRef<AbortController | null>(null);

  const messageOf = (error: unknown, fallback: 'spreadsheetImport.readFailed' | 'spreadsheetImport.failed'): string => {
    if (error instanceof SpreadsheetError && isMessageKey(error.messageKey)) return t(error.messageKey, { ...error.params });
    if (error instanceof ForbiddenError) return t(error.messageKey);
    const hostKey = error instanceof HostError ? `hostError.${error.code}` : '';
    if (isMessageKey(hostKey)) return t(hostKey);
    if (error instanceof Error && error.name === 'RecordNotFoundError') return t('spreadsheetImport.changedSincePreview');
    return t(fallback);
  };
  const localPhoneNote = (phones: readonly string[]) => t('spreadsheetImport.localPhoneNote', { phones: phones.join(' ') });

  /** The sheet previewed with these options; a column layout seen before gets its remembered mapping. */
  const preview = async (name: string, book: SpreadsheetBook, options: PreviewOptions<SheetField>, recall: boolean): Promise<OpenedSheet> => {
    const first = previewCustomerBook(book, options);
    if (!recall) return { name, book, options, preview: first, remembered: false };
    const remembered = await rememberedMapping(
      session.db,
      first.columns.map((c) => c.header),
    );
    const proposed = first.columns.map((c) => c.field);
    if (!remembered || remembered.every((f, i) => f === proposed[i])) return { name, book, options, preview: first, remembered: false };
    const withMapping = { ...options, mapping: mappingByIndex(first, remembered as (SheetField | null)[]) };
    return { name, book, options: withMapping, preview: previewCustomerBook(book, withMapping), remembered: true };
  };

  const choose = async () => {
    setProblem(null);
    try {
      const picked = await session.host.openFile({
        title: t('spreadsheetImport.choose'),
        filters: [{ name: 'Excel / WPS / CSV', extensions: ['xlsx', 'xls', 'csv'] }],
      });
      if (!picked) return;
      setWork({ kind: 'busy' });
      const book = await readSpreadsheet(picked.bytes, picked.name);
      setSheet(await preview(picked.name, book, areaOption({}, areaCode), true));
      setAnalysis(null);
      setResult(null);
      setStep('sheet');
    } catch (error) {
      setProblem(messageOf(error, 'spreadsheetImport.readFailed'));
    } finally {
      setWork({ kind: 'idle' });
    }
  };

  /** Another sheet, header row, mapping or area code: the preview is made again from the file already read. */
  const change = async (options: PreviewOptions<SheetField>, recall = false) => {
    if (!sheet) return;
    setProblem(null);
    try {
      setSheet(await preview(sheet.name, sheet.book, areaOption(options, areaCode), recall));
    } catch (error) {
      setProblem(messageOf(error, 'spreadsheetImport.readFailed'));
    }
  };

  const changeAreaCode = (code: string) => {
    setAreaCode(code);
    if (sheet && (code === '' || AREA_CODE.test(code))) void change(areaOption(sheet.options, code));
  };

  const mapColumn = (index: number, field: SheetField | null) => {
    if (!sheet) return;
    const mapping = mappingByIndex(
      sheet.preview,
      sheet.preview.columns.map((c) => (c.index === index ? field : c.field)),
    );
    void change({ ...sheet.options, mapping });
  };

  const toPreview = async () => {
    if (!sheet) return;
    setWork({ kind: 'busy' });
    setProblem(null);
    try {
      const headers = sheet.preview.columns.map((c) => c.header);
      await rememberMapping(
        session.db,
        headers,
        sheet.preview.columns.map((c) => c.field),
      );
      const ctx = writeContextOf(session, actor);
      setAnalysis(await analyseCustomerSheet(session.db, sheet.preview.rows, ctx, profile?.defaultMark.level ?? 'internal', localPhoneNote));
      setDecisions(new Map());
      setStep('preview');
    } catch (error) {
      setProblem(messageOf(error, 'spreadsheetImport.failed'));
    } finally {
      setWork({ kind: 'idle' });
    }
  };

  const decide = useCallback((key: string, action: ImportAction) => setDecisions((d) => new Map(d).set(key, action)), []);
  const decideAll = (action: ImportAction) => {
    if (!analysis) return;
    const duplicates = analysis.groups.filter((g) => g.archiveMatches.length > 0 || g.fileMatch);
    setDecisions((d) => {
      const next = new Map(d);
      for (const g of duplicates) if (action !== 'update' || g.archiveMatches.length > 0) next.set(g.key, action);
      return next;
    });
  };

  const start = async () => {
    if (!sheet || !analysis) return;
    const controller = new AbortController();
    abort.current = controller;
    setProblem(null);
    setWork({ kind: 'running', progress: { done: 0, total: 0 } });
    try {
      const done = await commitCustomerImport(
        session.db,
        { fileName: sheet.name, analysis, decisions, classification: profile?.defaultMark.level ?? 'internal', localPhoneNote },
        writeContextOf(session, actor),
        { signal: controller.signal, onProgress: (progress) => setWork({ kind: 'running', progress }) },
      );
      setResult(done);
      setStep('result');
    } catch (error) {
      setProblem(error instanceof ImportCancelledError ? t('spreadsheetImport.cancelled') : messageOf(error, 'spreadsheetImport.failed'));
    } finally {
      abort.current = null;
      setWork({ kind: 'idle' });
    }
  };

  const cancel = () => abort.current?.abort();

  const restart = () => {
    setStep('file');
    setSheet(null);
    setAnalysis(null);
    setResult(null);
    setProblem(null);
  };

  return {
    step,
    setStep,
    sheet,
    areaCode,
    areaCodeBad: areaCode !== '' && !AREA_CODE.test(areaCode),
    analysis,
    decisions,
    work,
    problem,
    result,
    choose,
    change,
    changeAreaCode,
    mapColumn,
    toPreview,
    decide,
    decideAll,
    start,
    cancel,
    restart,
  };
}

export type SheetImport = ReturnType<typeof useSheetImport>;

function areaOption(options: PreviewOptions<SheetField>, code: string): PreviewOptions<SheetField> {
  const { areaCode: _previous, ...rest } = options;
  return AREA_CODE.test(code) ? { ...rest, areaCode: code } : rest;
}

/** The contract's mapping is by 0-based sheet column; the screen's by the preview's columns in order. */
function mappingByIndex(preview: CustomerSheetPreview, fields: readonly (SheetField | null)[]): (SheetField | null)[] {
  const width = Math.max(0, ...preview.columns.map((c) => c.index + 1));
  const mapping: (SheetField | null)[] = Array.from({ length: width }, () => null);
  preview.columns.forEach((c, i) => {
    mapping[c.index] = fields[i] ?? null;
  });
  return mapping;
}
