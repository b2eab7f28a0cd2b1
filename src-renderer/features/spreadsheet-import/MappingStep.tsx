import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import type { SheetColumn } from '../../core/spreadsheet';
import { useT } from '../../i18n/react';
import { fieldOptions } from './labels';
import { FIELDS_OF, NAME_FIELD_OF, type AnyField } from './sheet-kinds';
import type { SheetImport } from './use-sheet-import';

const IGNORED = '';

/** Excel's name of a 0-based column: A … Z, AA … */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Which archive field each column feeds (proposed from its header; remembered per column layout). */
export function MappingStep({ flow }: { flow: SheetImport }) {
  const t = useT();
  const { read, remembered } = flow.sheet!;
  const columns: readonly SheetColumn<AnyField>[] = read.preview.columns;
  const options = [{ value: IGNORED, label: t('spreadsheetImport.mapping.ignored') }, ...fieldOptions(t, read.kind)];
  const hasName = columns.some((c) => c.field === NAME_FIELD_OF[read.kind]);
  return (
    <Stack gap="sm" maw={760}>
      <Text size="sm">{t('spreadsheetImport.mapping.intro')}</Text>
      {remembered && (
        <Alert color="blue" data-testid="import-mapping-remembered">
          {t('spreadsheetImport.mapping.remembered')}
        </Alert>
      )}
      <Table striped withTableBorder data-testid="import-mapping">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('spreadsheetImport.mapping.column')}</Table.Th>
            <Table.Th>{t('spreadsheetImport.mapping.header')}</Table.Th>
            <Table.Th w={260}>{t('spreadsheetImport.mapping.field')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {columns.map((c) => (
            <Table.Tr key={c.index}>
              <Table.Td>{columnName(c.index)}</Table.Td>
              <Table.Td>{c.header}</Table.Td>
              <Table.Td>
                <Select
                  aria-label={t('spreadsheetImport.mapping.field')}
                  data={options}
                  value={c.field ?? IGNORED}
                  allowDeselect={false}
                  onChange={(value) => flow.mapColumn(c.index, FIELDS_OF[read.kind].find((f) => f === value) ?? null)}
                  data-testid={`import-map-${c.index}`}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!hasName && <Alert color="red">{t('spreadsheetImport.mapping.noName')}</Alert>}
      <Group>
        <Button variant="default" onClick={() => flow.setStep('sheet')}>
          {t('spreadsheetImport.back')}
        </Button>
        <Button onClick={() => void flow.toPreview()} disabled={!hasName} loading={flow.work.kind === 'busy'} data-testid="import-next">
          {t('spreadsheetImport.next')}
        </Button>
      </Group>
    </Stack>
  );
}
