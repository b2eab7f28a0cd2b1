import { Button, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { actionOf, type ImportAction } from '../../data/spreadsheet-import';
import { useT } from '../../i18n/react';
import { VirtualTable } from '../../ui/VirtualTable';
import { WorkProgress } from '../../ui/WorkProgress';
import { ACTION_LABELS } from './labels';
import { previewColumns, type PreviewRow } from './preview-columns';
import type { SheetImport } from './use-sheet-import';

const BULK: readonly ImportAction[] = ['skip', 'update', 'create'];

/** Every row's verdict, the duplicates' decisions (per customer and for all), and the import with its progress. */
export function PreviewStep({ flow }: { flow: SheetImport }) {
  const t = useT();
  const analysis = flow.analysis!;
  const running = flow.work.kind === 'running';
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
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="import-summary">
        {t('spreadsheetImport.preview.summary', {
          customers: new Set(importable.map((r) => r.group!.key)).size,
          rows: importable.length,
          errors,
          duplicates,
        })}
      </Text>
      {duplicates > 0 && (
        <Group gap="xs" role="group" aria-label={t('spreadsheetImport.allLabel')}>
          <Text size="sm">{t('spreadsheetImport.all')}</Text>
          {BULK.map((a) => (
            <Button key={a} size="xs" variant="default" disabled={running} onClick={() => flow.decideAll(a)} data-testid={`import-all-${a}`}>
              {t(ACTION_LABELS[a])}
            </Button>
          ))}
        </Group>
      )}
      <VirtualTable
        label={t('spreadsheetImport.preview.table')}
        rows={rows}
        columns={columns}
        rowKey={(r) => String(r.row.row)}
        rowHeight={52}
        rowProps={(r) => ({ 'data-row': String(r.row.row) })}
        resetKey={flow.sheet?.name ?? ''}
        testId="import-preview"
        height={Math.min(52 * rows.length + 44, 460)}
      />
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
          <Button onClick={() => void flow.start()} disabled={importable.length === 0} data-testid="import-start">
            {importable.length === 0 ? t('spreadsheetImport.nothingToImport') : t('spreadsheetImport.start')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
