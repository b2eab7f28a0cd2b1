import { Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ChangeEntry } from '../../../core/change-log';
import { customerHistory, getCustomer } from '../../../data/archive';
import type { AirgapDb } from '../../../data/db';
import { isMessageKey } from '../../../i18n';
import { useT } from '../../../i18n/react';
import { fieldLabel, formatChangeValue, isShownField } from '../shared/history-values';
import { useArchive, useFormat } from '../shared/use-archive';

/** The change log of the customer, newest first, with the names of the units its id fields point to. */
async function loadHistory(db: AirgapDb, customerId: string) {
  const entries = (await customerHistory(db, customerId)).toSorted((a, b) => (b.seq ?? 0) - (a.seq ?? 0) || b.at.localeCompare(a.at));
  const ids = new Set<string>();
  for (const e of entries) for (const c of e.fields) if (c.field === 'parentId' || c.field === 'mergedInto') [c.before, c.after].forEach((v) => typeof v === 'string' && ids.add(v));
  const names = new Map<string, string>();
  for (const id of ids) {
    const unit = await getCustomer(db, id);
    if (unit) names.set(id, unit.name);
  }
  return { entries, names };
}

/** 修改记录: who changed what and when, old → new, field names and values as the screens show them. */
export function HistoryTab({ customerId }: { customerId: string }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const history = useLiveQuery(() => loadHistory(db, customerId), [db, customerId]);
  if (!history) return null;
  const { entries, names } = history;
  if (entries.length === 0) return <Text c="dimmed">{t('detail.history.empty')}</Text>;
  // The record column only matters when the log mixes the customer with its contacts, interactions…
  const mixed = entries.some((e) => e.table !== 'customers');
  const ctx = { t, locale: f.locale, names };
  const tableLabel = (e: ChangeEntry) => {
    const key = `detail.table.${e.table}`;
    return isMessageKey(key) ? t(key) : e.table;
  };

  const rows = entries.flatMap((entry) => {
    const shown = entry.fields.filter((c) => isShownField(c.field));
    const changes = shown.length > 0 ? shown : [null];
    return changes.map((change, i) => (
      <Table.Tr key={`${entry.seq ?? entry.rev}-${i}`}>
        <Table.Td>{f.instant(entry.at)}</Table.Td>
        <Table.Td>{entry.by}</Table.Td>
        {mixed && <Table.Td>{tableLabel(entry)}</Table.Td>}
        <Table.Td>{t(`history.op.${entry.op}`)}</Table.Td>
        <Table.Td>{change ? fieldLabel(entry.table, change.field, t) : '—'}</Table.Td>
        <Table.Td>{change ? formatChangeValue(entry.table, change.field, change.before, ctx) : '—'}</Table.Td>
        <Table.Td>{change ? formatChangeValue(entry.table, change.field, change.after, ctx) : '—'}</Table.Td>
      </Table.Tr>
    ));
  });
  return (
    <Table striped withTableBorder verticalSpacing="xs" data-testid="customer-history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('history.when')}</Table.Th>
          <Table.Th>{t('history.who')}</Table.Th>
          {mixed && <Table.Th>{t('detail.history.record')}</Table.Th>}
          <Table.Th>{t('history.what')}</Table.Th>
          <Table.Th>{t('history.field')}</Table.Th>
          <Table.Th>{t('history.before')}</Table.Th>
          <Table.Th>{t('history.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{rows}</Table.Tbody>
    </Table>
  );
}
