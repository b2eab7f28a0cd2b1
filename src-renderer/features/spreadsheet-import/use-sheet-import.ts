import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef, useState } from 'react';
import { ForbiddenError } from '../../core/accounts';
import { readSpreadsheet, SpreadsheetError, type PreviewOptions, type SpreadsheetBook } from '../../core/spreadsheet';
import { getProfile } from '../../data/profile-repo';
import {
  analyseBusinessSheet,
  analyseCustomerSheet,
  commitBusinessImport,
  commitCustomerImport,
  ImportCancelledError,
  rememberedMapping,
  rememberMapping,
  type BusinessAnalysis,
  type CommitResult,
  type ImportAction,
  type ImportAnalysis,
  type ImportKind,
  type ImportProgress,
} from '../../data/spreadsheet-import';
import { HostError } from '../../host';
import { isMessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession, writeContextOf } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { FIELDS_OF, previewOf, type AnyField, type KindPreview } from './sheet-kinds';

export type ImportStep = 'file' | 'sheet' | 'mapping' | 'preview' | 'result';

export interface OpenedSheet {
  name: string;
  book: SpreadsheetBook;
  options: PreviewOptions<AnyField>;
  read: KindPreview;
  /** The mapping came from the user's earlier choice for this column layout. */
  remembered: boolean;
}

/** 'busy': reading, analysing; 'running': the import's transaction, with its progress. */
type Work = { kind: 'idle' } | { kind: 'busy' } | { kind: 'running'; progress: ImportProgress };

/** What the preview step shows: customers grouped with their duplicates, or figures / settlements rows. */
export type Analysis = { kind: 'customers'; analysis: ImportAnalysis } | { kind: 'business'; analysis: BusinessAnalysis };

const AREA_CODE = /^0\d{2,3}$/;

/** The import screen's steps and what each keeps: the file read once, the preview redone on every choice. */
export function useSheetImport() {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  const profile = useLiveQuery(() => getProfile(session.db), [session.db]);
  const [kind, setKind] = useState<ImportKind>('customers');
  const [step, setStep] = useState<ImportStep>('file');
  const [sheet, setSheet] = useState<OpenedSheet | null>(null);
  const [areaCode, setAreaCode] = useState('');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [decisions, setDecisions] = useState<Map<string, ImportAction>>(new Map());
  const [rowDecisions, setRowDecisions] = useState<Map<number, ImportAction>>(new Map());
  const [work, setWork] = useState<Work>({ kind: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<CommitResult | null>(null);
  const abort = useRef<AbortController | null>(null);

  const messageOf = (error: unknown, fallback: 'spreadsheetImport.readFailed' | 'spreadsheetImport.failed'): string => {
    if (error instanceof SpreadsheetError && isMessageKey(error.messageKey)) return t(error.messageKey, { ...error.params });
    if (error instanceof ForbiddenError) return t(error.messageKey);
    const hostKey = error instanceof HostError ? `hostError.${error.code}` : '';
    if (isMessageKey(hostKey)) return t(hostKey);
    if (error instanceof Error && (error.name === 'RecordNotFoundError' || error.name === 'ValidationError')) return t('spreadsheetImport.changedSincePreview');
    return t(fallback);
  };
  const localPhoneNote = (phones: readonly string[]) => t('spreadsheetImport.localPhoneNote', { phones: phones.join(' ') });

  /** The sheet previewed with these options; a column layout seen before gets its remembered mapping. */
  const preview = async (of: ImportKind, name: string, book: SpreadsheetBook, options: PreviewOptions<AnyField>, recall: boolean): Promise<OpenedSheet> => {
    const first = previewOf(of, book, options);
    const columns = first.preview.columns;
    if (!recall) return { name, book, options, read: first, remembered: false };
    const remembered = await rememberedMapping(
      session.db,
      of,
      columns.map((c) => c.header),
    );
    const proposed = columns.map((c) => c.field);
    if (!remembered || remembered.every((f, i) => f === proposed[i])) return { name, book, options, read: first, remembered: false };
    const withMapping = { ...options, mapping: mappingByIndex(columns, remembered) };
    return { name, book, options: withMapping, read: previewOf(of, book, withMapping), remembered: true };
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
      setSheet(await preview(kind, picked.name, book, areaOption({}, areaCode), true));
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
  const change = async (options: PreviewOptions<AnyField>, recall = false) => {
    if (!sheet) return;
    setProblem(null);
    try {
      setSheet(await preview(sheet.read.kind, sheet.name, sheet.book, areaOption(options, areaCode), recall));
    } catch (error) {
      setProblem(messageOf(error, 'spreadsheetImport.readFailed'));
    }
  };

  const changeAreaCode = (code: string) => {
    setAreaCode(code);
    if (sheet && (code === '' || AREA_CODE.test(code))) void change(areaOption(sheet.options, code));
  };

  const mapColumn = (index: number, field: AnyField | null) => {
    if (!sheet) return;
    const columns = sheet.read.preview.columns;
    const mapping = mappingByIndex(
      columns,
      columns.map((c) => (c.index === index ? field : c.field)),
    );
    void change({ ...sheet.options, mapping });
  };

  const toPreview = async () => {
    if (!sheet) return;
    setWork({ kind: 'busy' });
    setProblem(null);
    try {
      const { read } = sheet;
      const columns = read.preview.columns;
      await rememberMapping(
        session.db,
        read.kind,
        columns.map((c) => c.header),
        columns.map((c) => c.field),
      );
      const ctx = writeContextOf(session, actor);
      if (read.kind === 'customers') {
        const customers = await analyseCustomerSheet(session.db, read.preview.rows, ctx, profile?.defaultMark.level ?? 'internal', localPhoneNote);
        setAnalysis({ kind: 'customers', analysis: customers });
      } else {
        setAnalysis({ kind: 'business', analysis: await analyseBusinessSheet(session.db, read.kind, read.preview.rows, ctx) });
      }
      setDecisions(new Map());
      setRowDecisions(new Map());
      setStep('preview');
    } catch (error) {
      setProblem(messageOf(error, 'spreadsheetImport.failed'));
    } finally {
      setWork({ kind: 'idle' });
    }
  };

  const decide = useCallback((key: string, action: ImportAction) => setDecisions((d) => new Map(d).set(key, action)), []);
  const decideRow = useCallback((row: number, action: ImportAction) => setRowDecisions((d) => new Map(d).set(row, action)), []);
  const decideAll = (action: ImportAction) => {
    if (analysis?.kind === 'business') {
      setRowDecisions(new Map(analysis.analysis.rows.filter((r) => r.existing).map((r) => [r.row, action])));
      return;
    }
    if (!analysis) return;
    const duplicates = analysis.analysis.groups.filter((g) => g.archiveMatches.length > 0 || g.fileMatch);
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
    const ctx = writeContextOf(session, actor);
    const options = { signal: controller.signal, onProgress: (progress: ImportProgress) => setWork({ kind: 'running', progress }) };
    try {
      const done =
        analysis.kind === 'customers'
          ? await commitCustomerImport(
              session.db,
              { fileName: sheet.name, analysis: analysis.analysis, decisions, classification: profile?.defaultMark.level ?? 'internal', localPhoneNote },
              ctx,
              options,
            )
          : await commitBusinessImport(session.db, { fileName: sheet.name, analysis: analysis.analysis, decisions: rowDecisions }, ctx, options);
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
    kind,
    setKind,
    step,
    setStep,
    sheet,
    areaCode,
    areaCodeBad: areaCode !== '' && !AREA_CODE.test(areaCode),
    analysis,
    decisions,
    rowDecisions,
    work,
    problem,
    result,
    choose,
    change,
    changeAreaCode,
    mapColumn,
    toPreview,
    decide,
    decideRow,
    decideAll,
    start,
    cancel,
    restart,
  };
}

export type SheetImport = ReturnType<typeof useSheetImport>;

function areaOption(options: PreviewOptions<AnyField>, code: string): PreviewOptions<AnyField> {
  const { areaCode: _previous, ...rest } = options;
  return AREA_CODE.test(code) ? { ...rest, areaCode: code } : rest;
}

/** The contract's mapping is by 0-based sheet column; the screen's by the preview's columns in order. */
function mappingByIndex(columns: readonly { index: number }[], fields: readonly (string | null)[]): (AnyField | null)[] {
  const width = Math.max(0, ...columns.map((c) => c.index + 1));
  const mapping: (AnyField | null)[] = Array.from({ length: width }, () => null);
  columns.forEach((c, i) => {
    mapping[c.index] = asField(fields[i] ?? null);
  });
  return mapping;
}

function asField(field: string | null): AnyField | null {
  return field === null ? null : (ALL_FIELDS.find((f) => f === field) ?? null);
}

const ALL_FIELDS: readonly AnyField[] = [...FIELDS_OF.customers, ...FIELDS_OF.figures, ...FIELDS_OF.settlements];
