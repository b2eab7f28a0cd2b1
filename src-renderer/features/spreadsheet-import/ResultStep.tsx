import { Alert, Group, Stack } from '@mantine/core';
import type { SheetColumn } from '../../core/spreadsheet';
import type { AnyField } from './sheet-kinds';
import { useT } from '../../i18n/react';
import { LeftOutDownload } from './LeftOutDownload';
import type { SheetImport } from './use-sheet-import';

/** What the import did, and the rows it left out as a file. */
export function ResultStep({ flow }: { flow: SheetImport }) {
  const t = useT();
  const { record, leftOut } = flow.result!;
  const columns: readonly SheetColumn<AnyField>[] = flow.sheet?.read.preview.columns ?? [];
  const fields = [...new Set(columns.flatMap((c) => (c.field ? [c.field] : [])))];
  return (
    <Stack gap="sm">
      <Alert color="green" data-testid="import-result">
        {t(record.kind === 'customers' ? 'spreadsheetImport.result.done' : 'spreadsheetImport.result.doneRecords', { ...record.counts })}
      </Alert>
      {leftOut.length > 0 && (
        <Group>
          <LeftOutDownload rows={leftOut} fields={fields} />
        </Group>
      )}
    </Stack>
  );
}
