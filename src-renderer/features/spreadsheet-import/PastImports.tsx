import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ForbiddenError } from '../../core/accounts';
import { formatDateTime } from '../../core/format';
import { listImportRecords, undoSheetImport, UndoRefusedError, type ImportSummary } from '../../data/spreadsheet-import';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { useSession, writeContextOf } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { notify } from '../../ui/notify';

/** 导入记录: every import with who, when and which file; each can be undone as a whole, once. */
export function PastImports() {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  const locale = usePreferences((s) => s.locale);
  const imports = useLiveQuery(() => listImportRecords(session.db), [session.db]);
  const [undoing, setUndoing] = useState<ImportSummary | null>(null);

  const undo = async (record: ImportSummary): Promise<boolean> => {
    try {
      await undoSheetImport(session.db, record.id, writeContextOf(session, actor));
      notify('green', t('spreadsheetImport.undoDone', { name: record.fileName }));
      return true;
    } catch (error) {
      if (error instanceof UndoRefusedError) notify('red', t(`spreadsheetImport.undo.${error.reason}`, { names: error.names.join('、') }));
      else if (error instanceof ForbiddenError) notify('red', t(error.messageKey));
      else notify('red', t('spreadsheetImport.failed'));
      return false;
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3}>{t('spreadsheetImport.history.title')}</Title>
        {imports && imports.length === 0 && <Text c="dimmed">{t('spreadsheetImport.history.empty')}</Text>}
        {imports && imports.length > 0 && (
          <Table striped aria-label={t('spreadsheetImport.history.table')} data-testid="import-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('spreadsheetImport.history.at')}</Table.Th>
                <Table.Th>{t('spreadsheetImport.history.by')}</Table.Th>
                <Table.Th>{t('spreadsheetImport.history.file')}</Table.Th>
                <Table.Th>{t('spreadsheetImport.kind')}</Table.Th>
                <Table.Th>{t('spreadsheetImport.history.result')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {imports.map((r) => (
                <Table.Tr key={r.id} data-import={r.fileName}>
                  <Table.Td>{formatDateTime(r.at, locale)}</Table.Td>
                  <Table.Td>{r.by}</Table.Td>
                  <Table.Td>{r.fileName}</Table.Td>
                  <Table.Td>{t(`spreadsheetImport.kind.${r.kind}`)}</Table.Td>
                  <Table.Td>
                    {t(r.kind === 'customers' ? 'spreadsheetImport.history.counts' : 'spreadsheetImport.history.countsRecords', { ...r.counts })}
                  </Table.Td>
                  <Table.Td>
                    {r.undone ? (
                      <Badge color="gray" variant="light">
                        {t('spreadsheetImport.history.undone', { at: formatDateTime(r.undone.at, locale), by: r.undone.by })}
                      </Badge>
                    ) : (
                      <Group justify="flex-end">
                        <Button size="xs" color="red" variant="light" onClick={() => setUndoing(r)} data-testid="import-undo">
                          {t('spreadsheetImport.undo')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {undoing && (
        <ConfirmModal
          title={t('spreadsheetImport.undoTitle', { name: undoing.fileName })}
          confirmLabel={t('spreadsheetImport.undo')}
          onConfirm={() => undo(undoing)}
          onClose={() => setUndoing(null)}
        >
          {t('spreadsheetImport.undoConfirm')}
        </ConfirmModal>
      )}
    </Paper>
  );
}
