import { Button, Group, Stack, Text } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { actionOf, businessActionOf, type BusinessAnalysis, type ImportAction, type ImportAnalysis } from '../../data/spreadsheet-import';
import { useT } from '../../i18n/react';
import { VirtualTable, type VirtualColumn } from '../../ui/VirtualTable';
import { WorkProgress } from '../../ui/WorkProgress';
import { businessColumns, type BusinessPreviewRow } from './business-columns';
import { ACTION_LABELS } from './labels';
import { previewColumns, type PreviewRow } from './preview-columns';
import type { SheetImport } from './use-sheet-import';

const ROW_HEIGHT = 52;
const tableHeightOf = (rows: number) => Math.min(ROW_HEIGHT * rows + 44, 460);

/** The preview's table, customers' or figures' rows alike: keyed and marked by the sheet row number. */
function PreviewTable<R extends { row: { row: number } }>({
  rows,
  columns,
  sheetName,
}: {
  rows: R[];
  columns: readonly VirtualColumn<R>[];
  sheetName: string;
}) {
  const t = useT();
  return (
    <VirtualTable
      label={t('spreadsheetImport.preview.table')}
      rows={rows}
      columns={columns}
      rowKey={(r) => String(r.row.row)}
      rowHeight={ROW_HEIGHT}
      rowProps={(r) => ({ 'data-row': String(r.row.row) })}
      resetKey={sheetName}
      testId="import-preview"
      height={tableHeightOf(rows.length)}
    />
  );
}

/** Every row's verdict, the duplicates' decisions (per row and for all), and the import with its progress. */
export function PreviewStep({ flow }: { flow: SheetImport }) {
  const analysis = flow.analysis!;
  const running = flow.work.kind === 'running';
  return analysis.kind === 'customers' ? (
    <CustomerPreview flow={flow} analysis={analysis.analysis} running={running} />
  ) : (
    <BusinessPreview flow={flow} analysis={analysis.analysis} running={running} />
  );
}

interface FrameProps {
  flow: SheetImport;
  running: boolean;
  summary: string;
  bulk: readonly ImportAction[];
  importable: number;
  table: ReactNode;
}

/** The summary, the for-all buttons, the table, then the import's progress or its buttons. */
function PreviewFrame({ flow, running, summary, bulk, importable, table }: FrameProps) {
  const t = useT();
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="import-summary">
        {summary}
      </Text>
      {bulk.length > 0 && (
        <Group gap="xs" role="group" aria-label={t('spreadsheetImport.allLabel')}>
          <Text size="sm">{t('spreadsheetImport.all')}</Text>
          {bulk.map((a) => (
            <Button key={a} size="xs" variant="default" disabled={running} onClick={() => flow.decideAll(a)} data-testid={`import-all-${a}`}>
              {t(ACTION_LABELS[a])}
            </Button>
          ))}
        </Group>
      )}
      {table}
      {flow.work.kind === 'running' ? (
        <Group align="flex-end" data-testid="import-running">
          <div style={{ flex: 1 }}>
            <WorkProgress
              done={flow.work.progress.done}
              total={flow.work.progress.total}
              label={t('spreadsheetImport.progress')}
              waiting={t('spreadsheetImport.importing')}
              counting={t('spreadsheetImport.imported', { done: flow.work.progress.done, total: flow.work.progress.total })}
            />
          </div>
          <Button color="red" variant="light" onClick={flow.cancel} data-testid="import-cancel">
            {t('spreadsheetImport.cancel')}
          </Button>
        </Group>
      ) : (
        <Group>
          <Button variant="default" onClick={() => flow.setStep('mapping')}>
            {t('spreadsheetImport.back')}
          </Button>
          <Button onClick={() => void flow.start()} disabled={importable === 0} data-testid="import-start">
            {importable === 0 ? t('spreadsheetImport.nothingToImport') : t('spreadsheetImport.start')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function CustomerPreview({ flow, analysis, running }: { flow: SheetImport; analysis: ImportAnalysis; running: boolean }) {
  const t = useT();
  const groups = useMemo(() => new Map(analysis.groups.map((g) => [g.key, g])), [analysis]);
  const rows: PreviewRow[] = useMemo(
    () =>
      analysis.rows.map((row) => {
        const group = row.group === null ? null : groups.get(row.group)!;
        const lead = group !== null && group.rows[0] === row.row;
        return { row, group, lead, action: group ? actionOf(group, flow.decisions) : null };
      }),
    [analysis, groups, flow.decisions],
  );
  const columns = useMemo(() => previewColumns(t, flow.decide, running), [t, flow.decide, running]);
  const importable = rows.filter((r) => r.action !== null && r.action !== 'skip');
  const duplicates = analysis.groups.filter((g) => g.archiveMatches.length > 0 || g.fileMatch).length;
  const errors = rows.filter((r) => r.row.errors.length > 0).length;
  const customers = new Set(importable.map((r) => r.group!.key)).size;
  const bulk: readonly ImportAction[] = duplicates > 0 ? ['skip', 'update', 'create'] : [];
  return (
    <PreviewFrame
      flow={flow}
      running={running}
      summary={t('spreadsheetImport.preview.summary', { customers, rows: importable.length, errors, duplicates })}
      importable={importable.length}
      bulk={bulk}
      table={<PreviewTable rows={rows} columns={columns} sheetName={flow.sheet?.name ?? ''} />}
    />
  );
}

function BusinessPreview({ flow, analysis, running }: { flow: SheetImport; analysis: BusinessAnalysis; running: boolean }) {
  const t = useT();
  const rows: BusinessPreviewRow[] = useMemo(
    () => analysis.rows.map((row) => ({ row, action: businessActionOf(row, analysis.kind, flow.rowDecisions) })),
    [analysis, flow.rowDecisions],
  );
  const columns = useMemo(() => businessColumns(t, analysis.kind, flow.decideRow, running), [t, analysis.kind, flow.decideRow, running]);
  const importable = rows.filter((r) => r.action !== null && r.action !== 'skip').length;
  const duplicates = rows.filter((r) => r.row.existing).length;
  const errors = rows.filter((r) => r.row.errors.length > 0).length;
  const bulk: readonly ImportAction[] = duplicates === 0 ? [] : analysis.kind === 'figures' ? ['skip', 'update'] : ['skip', 'create'];
  return (
    <PreviewFrame
      flow={flow}
      running={running}
      summary={t('spreadsheetImport.preview.summaryRecords', { rows: importable, errors, duplicates })}
      importable={importable}
      bulk={bulk}
      table={<PreviewTable rows={rows} columns={columns} sheetName={flow.sheet?.name ?? ''} />}
    />
  );
}
