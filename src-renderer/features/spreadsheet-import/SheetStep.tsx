import { Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useT } from '../../i18n/react';
import type { SheetImport } from './use-sheet-import';

/** The sheet and its header row (both proposed by the reader), and the area code for local landlines. */
export function SheetStep({ flow }: { flow: SheetImport }) {
  const t = useT();
  const sheet = flow.sheet!;
  const { preview } = sheet.read;
  return (
    <Stack gap="sm" maw={640}>
      <Text size="sm">{t('spreadsheetImport.chosen', { name: sheet.name })}</Text>
      <Group grow align="flex-start">
        <Select
          label={t('spreadsheetImport.sheet')}
          data={[...preview.sheetNames]}
          value={preview.sheetName}
          allowDeselect={false}
          onChange={(name) => name && void flow.change({ sheetName: name }, true)}
          data-testid="import-sheet"
        />
        <NumberInput
          label={t('spreadsheetImport.headerRow')}
          description={t('spreadsheetImport.headerRowHint')}
          value={preview.headerRow}
          min={1}
          max={1000}
          allowDecimal={false}
          onChange={(row) => typeof row === 'number' && row >= 1 && void flow.change({ sheetName: preview.sheetName, headerRow: row }, true)}
          data-testid="import-header-row"
        />
      </Group>
      {sheet.read.kind === 'customers' && (
        <TextInput
          label={t('spreadsheetImport.areaCode')}
          description={t('spreadsheetImport.areaCodeHint')}
          value={flow.areaCode}
          onChange={(e) => flow.changeAreaCode(e.currentTarget.value.trim())}
          error={flow.areaCodeBad ? t('spreadsheetImport.areaCodeBad') : null}
          maw={320}
          data-testid="import-area-code"
        />
      )}
      <Text size="sm" c="dimmed" data-testid="import-rows-found">
        {t('spreadsheetImport.rowsFound', { rows: preview.rows.length, skipped: preview.skippedRows.length })}
      </Text>
      <Group>
        <Button onClick={() => flow.setStep('mapping')} disabled={flow.areaCodeBad} data-testid="import-next">
          {t('spreadsheetImport.next')}
        </Button>
      </Group>
    </Stack>
  );
}
