import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ForbiddenError } from '../../core/accounts';
import { OutputPolicyError } from '../../core/output';
import type { AnyField } from './sheet-kinds';
import { exportTable, TABLE_FILE_FILTERS } from '../../data/output';
import type { LeftOutRow } from '../../data/spreadsheet-import';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { notify } from '../../ui/notify';
import { outputPolicyMessage, purposeCheck } from '../../ui/output-policy';
import { PurposeInput } from '../../ui/PurposeInput';
import { leftOutTable } from './left-out-table';

/**
 * 下载未导入的行: an .xlsx of the rows left out with their reasons, through the controlled output of
 * every exported table (data/output exportTable, issue 16.4): 用途, a 份号, the mark in the first row,
 * the register line completed when the file is saved.
 */
export function LeftOutDownload({ rows, fields }: { rows: readonly LeftOutRow[]; fields: readonly AnyField[] }) {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  const [open, setOpen] = useState(false);
  const [purpose, setPurpose] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const purposeError = purposeCheck(purpose);

  const save = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const view = t('spreadsheetImport.leftOutSheet');
      const table = leftOutTable(t, rows, fields);
      const ctx = { actor, origin: session.installation.installationId, now: new Date() };
      const outcome = await exportTable(session.db, ctx, { view, format: 'xlsx', purpose, highest: null, ...table }, async (file) => {
        const saved = await session.host.saveFile({ suggestedName: file.suggestedName, bytes: file.bytes, filters: [TABLE_FILE_FILTERS.xlsx] });
        return saved.saved ? { saved: true, name: saved.name } : { saved: false };
      });
      if (outcome.save.saved) {
        notify('green', t('spreadsheetImport.result.saved', { name: outcome.save.name }));
        setOpen(false);
      }
    } catch (error) {
      if (error instanceof OutputPolicyError) setProblem(outputPolicyMessage(t, error));
      else if (error instanceof ForbiddenError) setProblem(t(error.messageKey));
      else setProblem(t('spreadsheetImport.result.noWriter'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)} data-testid="import-left-out">
        {t('spreadsheetImport.result.download')}
      </Button>
      {open && (
        <Modal opened onClose={() => setOpen(false)} title={t('spreadsheetImport.result.download')} centered>
          <Stack>
            <PurposeInput value={purpose} onChange={setPurpose} error={purpose === '' ? null : purposeError} testId="import-left-out-purpose" />
            {problem && (
              <Text c="red" size="sm">
                {problem}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => void save()} loading={busy} disabled={purposeError !== null} data-testid="import-left-out-save">
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}
