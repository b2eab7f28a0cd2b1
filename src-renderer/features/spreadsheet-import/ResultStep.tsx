import { Alert, Group, Stack } from '@mantine/core';
import type { SheetField } from '../../core/spreadsheet';
import { useT } from '../../i18n/react';
import { LeftOutDownload } from './LeftOutDownload';
import type { SheetImport } from './use-sheet-import';

/** What the import did, and the rows it left out as a file. */
export function ResultStep({ flow }: { flow: SheetImport }) {
  const t = useT();
  const { record, leftOut } = flow.result!;
  const fields = [...new Set((flow.sheet?.preview.columns ?? []).flatMap((c) => (c.field ? [c.field] : [])))] as SheetField[];
  return (
    <Stack gap="sm">
      <Alert color="green" data-testid="import-result">
        {t('spreadsheetImport.result.done', { ...record.counts })}
      </Alert>
      {leftOut.length > 0 && (
        <Group>
          <LeftOutDownload rows={leftOut} fields={fields} />
        </Group>
      )}
    </Stack>
  );
}
