import { Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatMark, type ClassificationMark } from '../../core/classification';
import type { ComplaintSettings } from '../../core/complaints';
import { formatDateTime } from '../../core/format';
import { profileHistory } from '../../data/profile-repo';
import { isMessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { useSession } from '../../state/session';
import { describeSettingsChange } from '../complaints';
import { TableHead } from '../../ui/TableHead';

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'defaultMark') return formatMark(value as ClassificationMark);
  return String(value);
}

/** Every change of the department profile, newest first: who, when, field, old → new. */
export function ProfileHistory({ profileId }: { profileId: string }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const { db } = useSession();
  const entries = useLiveQuery(() => profileHistory(db, profileId), [db, profileId]);
  if (!entries) return null;
  if (entries.length === 0) return <Text c="dimmed">{t('settings.history.empty')}</Text>;
  const rows = entries.toReversed().flatMap((entry) => {
    const fields = entry.fields.length > 0 ? entry.fields : [{ field: '', before: undefined, after: undefined }];
    return fields.map((change, i) => {
      const labelKey = `profile.${change.field}`;
      return (
        <Table.Tr key={`${entry.seq}-${i}`}>
          <Table.Td>{formatDateTime(entry.at, locale)}</Table.Td>
          <Table.Td>{entry.by}</Table.Td>
          <Table.Td>{t(`history.op.${entry.op}`)}</Table.Td>
          <Table.Td>{change.field ? (isMessageKey(labelKey) ? t(labelKey) : change.field) : '—'}</Table.Td>
          {change.field === 'complaintSettings' ? (
            // A whole settings object per save: what changed, in words, across both value columns.
            <Table.Td colSpan={2}>
              {describeSettingsChange(change.before as ComplaintSettings | undefined, change.after as ComplaintSettings, t, locale).map((line) => (
                <Text size="sm" key={line}>
                  {line}
                </Text>
              ))}
            </Table.Td>
          ) : (
            <>
              <Table.Td>{change.field ? show(change.field, change.before) : '—'}</Table.Td>
              <Table.Td>{change.field ? show(change.field, change.after) : '—'}</Table.Td>
            </>
          )}
        </Table.Tr>
      );
    });
  });
  return (
    <Table striped withTableBorder data-testid="profile-history">
      <TableHead cells={[t('history.when'), t('history.who'), t('history.what'), t('history.field'), t('history.before'), t('history.after')]} />
      <Table.Tbody>{rows}</Table.Tbody>
    </Table>
  );
}
