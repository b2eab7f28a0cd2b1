import { Button, Group, Loader, Modal, Select, Stack, Text } from '@mantine/core';
import { IconTableExport } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { ClassificationLevel, ClassificationMark } from '../core/classification';
import type { ExportCell } from '../core/spreadsheet-export';
import { exportTable, getOutputPolicy, TABLE_FILE_FILTERS, tableExportMark, type TableFileFormat } from '../data/output';
import { useT } from '../i18n/react';
import { useSession } from '../state/session';
import { useActor } from '../state/signed-in';
import { ClassificationBadge } from './ClassificationBadge';
import { policyRefusal } from './output-policy';
import { FileOutputFields } from './FileOutputFields';
import { useFileOutput } from './use-file-output';
import { useReturnFocus } from './use-return-focus';

/** What a view exports: the columns and rows as the screen shows them (all rows of its filter), and their highest classification. */
export interface ExportTableSource {
  columns: readonly { readonly header: string }[];
  rows: readonly (readonly ExportCell[])[];
  highest: ClassificationLevel | null;
}

interface ExportTableButtonProps {
  /** The view's name as its screen titles it: the register's title, the sheet's and the file's name. */
  view: string;
  /** Called when the dialog opens: the table as the screen shows it now. */
  source: () => ExportTableSource | Promise<ExportTableSource>;
  disabled?: boolean;
}

/**
 * 导出表格 (issue 16.4): the one button of every list and report table. Its dialog asks the format and the 用途,
 * shows the file's mark and record count, then the file is registered under a 份号, written and saved through the
 * host (data/output `exportTable`); a refused save voids the number. Focus goes back to the button.
 */
export function ExportTableButton({ view, source, disabled }: ExportTableButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconTableExport size={16} />} onClick={() => setOpen(true)} disabled={disabled} data-testid="export-table">
        {t('output.tableExport.button')}
      </Button>
      {open && <ExportTableModal view={view} source={source} onClose={() => setOpen(false)} />}
    </>
  );
}

function ExportTableModal({ view, source, onClose }: { view: string; source: ExportTableButtonProps['source']; onClose: () => void }) {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  useReturnFocus();
  const [format, setFormat] = useState<TableFileFormat>('xlsx');
  const output = useFileOutput('output.tableExport.failed', onClose);
  const { problem, setProblem, busy, run } = output;
  const [table, setTable] = useState<{ source: ExportTableSource; mark: ClassificationMark } | null>(null);
  const policy = useLiveQuery(() => getOutputPolicy(session.db), [session.db]);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const read = await source();
        const mark = await tableExportMark(session.db, read.highest);
        if (live) setTable({ source: read, mark });
      } catch {
        if (live) setProblem(t('output.tableExport.failed'));
      }
    })();
    return () => {
      live = false;
    };
    // Read once per opening: the file is the table as it was when the dialog opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const refusal = policy && table ? policyRefusal(policy, actor.roles, 'table-export', table.mark.level) : null;

  const start = async () => {
    if (!table) return;
    await run((purpose) =>
      exportTable(
        session.db,
        { actor, origin: session.installation.installationId, now: new Date() },
        { view, format, purpose, highest: table.source.highest, columns: table.source.columns, rows: table.source.rows },
        (file) => session.host.saveFile({ suggestedName: file.suggestedName, bytes: file.bytes, filters: [TABLE_FILE_FILTERS[file.format]] }),
      ),
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('output.tableExport.title', { view })} closeOnClickOutside={!busy} size="lg">
      <Stack>
        {table ? (
          <Group gap="sm">
            <Text size="sm">{t('output.tableExport.mark')}</Text>
            <ClassificationBadge mark={table.mark} />
            <Text size="sm" data-testid="export-table-count">
              {t('output.tableExport.count', { count: table.source.rows.length })}
            </Text>
          </Group>
        ) : (
          !problem && <Loader size="sm" />
        )}
        <Select
          label={t('output.tableExport.format')}
          data={[
            { value: 'xlsx', label: t('output.tableExport.xlsx') },
            { value: 'csv', label: t('output.tableExport.csv') },
          ]}
          value={format}
          onChange={(v) => v && setFormat(v as TableFileFormat)}
          allowDeselect={false}
          disabled={busy}
        />
        <FileOutputFields
          output={output}
          refusal={refusal}
          hint={
            <Text size="xs" c="dimmed">
              {t('output.tableExport.hint')}
            </Text>
          }
          startLabel={t('output.tableExport.start')}
          startDisabled={table === null || policy === undefined}
          onStart={() => void start()}
          onCancel={onClose}
          testIds={{ purpose: 'export-table-purpose' }}
        />
      </Stack>
    </Modal>
  );
}
