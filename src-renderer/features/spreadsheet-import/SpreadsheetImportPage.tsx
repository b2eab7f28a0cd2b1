import { Alert, Button, Group, Loader, SegmentedControl, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { canWriteRecord } from '../../core/accounts';
import { useT } from '../../i18n/react';
import { useActor } from '../../state/signed-in';
import { MappingStep } from './MappingStep';
import { PastImports } from './PastImports';
import { PreviewStep } from './PreviewStep';
import { ResultStep } from './ResultStep';
import { SheetStep } from './SheetStep';
import { KINDS } from './sheet-kinds';
import { TemplateButton } from './TemplateButton';
import { useSheetImport, type ImportStep } from './use-sheet-import';

const STEPS: readonly ImportStep[] = ['file', 'sheet', 'mapping', 'preview', 'result'];

/**
 * 导入表格: a customer list from Excel, WPS or CSV → sheet and header row → columns → preview with
 * every row's verdict and the duplicates' decisions → one import (all or nothing, cancellable) →
 * the rows left out as a file; below, the past imports, each undoable as a whole.
 */
export function SpreadsheetImportPage() {
  const t = useT();
  const actor = useActor();
  const flow = useSheetImport();
  const active = STEPS.indexOf(flow.step);
  if (!canWriteRecord(actor, 'customers', 'create')) return <Alert color="red">{t('accounts.forbidden')}</Alert>;
  return (
    <Stack gap="md" data-testid="spreadsheet-import">
      <Group justify="space-between">
        <Title order={2}>{t('spreadsheetImport.title')}</Title>
        <TemplateButton />
      </Group>
      <Text c="dimmed" size="sm">
        {t('spreadsheetImport.intro')}
      </Text>
      <Stepper active={active} size="sm" allowNextStepsSelect={false} onStepClick={(i) => i < active && flow.step !== 'result' && flow.setStep(STEPS[i]!)}>
        <Stepper.Step label={t('spreadsheetImport.step.file')} />
        <Stepper.Step label={t('spreadsheetImport.step.sheet')} />
        <Stepper.Step label={t('spreadsheetImport.step.mapping')} />
        <Stepper.Step label={t('spreadsheetImport.step.preview')} />
        <Stepper.Step label={t('spreadsheetImport.step.result')} />
      </Stepper>
      {flow.problem && (
        <Alert color="red" data-testid="import-problem">
          {flow.problem}
        </Alert>
      )}
      {flow.step === 'file' && (
        <Group align="flex-end">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="import-kind-label">
              {t('spreadsheetImport.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="import-kind-label"
              value={flow.kind}
              onChange={(value) => flow.setKind(KINDS.find((k) => k === value) ?? 'customers')}
              data={KINDS.map((k) => ({ value: k, label: t(`spreadsheetImport.kind.${k}`) }))}
              data-testid="import-kind"
            />
          </Stack>
          <Button
            leftSection={<IconFileSpreadsheet size={16} />}
            onClick={() => void flow.choose()}
            loading={flow.work.kind === 'busy'}
            data-testid="import-choose"
          >
            {t('spreadsheetImport.choose')}
          </Button>
          {flow.work.kind === 'busy' && <Loader size="sm" aria-label={t('spreadsheetImport.reading')} />}
        </Group>
      )}
      {flow.step === 'sheet' && <SheetStep flow={flow} />}
      {flow.step === 'mapping' && <MappingStep flow={flow} />}
      {flow.step === 'preview' && <PreviewStep flow={flow} />}
      {flow.step === 'result' && <ResultStep flow={flow} />}
      {flow.step !== 'file' && flow.work.kind !== 'running' && (
        <Group>
          <Button variant="subtle" onClick={flow.restart} data-testid="import-restart">
            {t('spreadsheetImport.restart')}
          </Button>
        </Group>
      )}
      <PastImports />
    </Stack>
  );
}
