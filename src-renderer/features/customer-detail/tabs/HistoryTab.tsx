import { Badge, Button, Chip, Group, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { customerFullHistory, getCustomer, type CustomerHistoryItem, type HistoryKind } from '../../../data/customers';
import type { AirgapDb } from '../../../data/db';
import { useT } from '../../../i18n/react';
import { joinList } from '../../../ui/format';
import { historyAction, kindLabel, recordName, shownChanges } from '../../../ui/history-records';
import { fieldLabel, formatChangeValue } from '../../../ui/history-values';
import { RecordTable } from '../../../ui/RecordTable';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useFormat } from '../../../ui/hooks/use-format';

/** Entries per step: a customer with hundreds of interactions opens on the newest 100, 更多 adds 100. */
const PAGE = 100;

/** A page of the history with the names of the units its id fields (parentId, mergedInto) point to. */
async function loadHistory(db: AirgapDb, customerId: string, kind: HistoryKind | 'all', limit: number) {
  const page = await customerFullHistory(db, customerId, { limit, kinds: kind === 'all' ? undefined : [kind] });
  const ids = new Set<string>();
  for (const { entry } of page.items) {
    for (const c of entry.fields)
      if (c.field === 'parentId' || c.field === 'mergedInto') [c.before, c.after].forEach((v) => typeof v === 'string' && ids.add(v));
  }
  const names = new Map<string, string>();
  for (const id of ids) {
    const unit = await getCustomer(db, id);
    if (unit) names.set(id, unit.name);
  }
  return { page, names };
}

/**
 * 修改记录: every change of the customer and of the records it owns (contacts, interactions,
 * requirements, business figures, settlements, handovers; deleted ones too), newest first — who,
 * when, which record, what was done, and each field old → new as the screens show it.
 */
export function HistoryTab({ customerId }: { customerId: string }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const [kind, setKind] = useState<HistoryKind | 'all'>('all');
  const [limit, setLimit] = useState(PAGE);
  const loaded = useLiveQuery(() => loadHistory(db, customerId, kind, limit), [db, customerId, kind, limit]);
  // While another filter or page of the same customer loads, the previous one stays on screen
  // instead of blinking away.
  const last = useRef<{ customerId: string; loaded: NonNullable<typeof loaded> } | null>(null);
  if (loaded) last.current = { customerId, loaded };
  const shown = loaded ?? (last.current?.customerId === customerId ? last.current.loaded : undefined);
  if (!shown) return null;
  const { page, names } = shown;
  const ctx = { t, locale: f.locale, names };

  const record = ({ entry, records }: CustomerHistoryItem) => {
    const kindName = kindLabel(entry.table as HistoryKind, t);
    const named = records.map((r) => recordName(r, { t, day: f.day, wan: f.wan })).filter(Boolean);
    const gone = records.length === 1 && records[0]!.row?.deletedAt && entry.op !== 'delete';
    return (
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          {kindName}
        </Text>
        <Group gap={6} wrap="nowrap">
          <Text size="sm">
            {joinList(named, f.locale)}
            {entry.recordIds.length > records.length && ` ${t('customerHistory.andMore', { count: entry.recordIds.length })}`}
          </Text>
          {gone && (
            <Badge size="xs" variant="outline" color="gray" radius="sm">
              {t('customerHistory.deletedNow')}
            </Badge>
          )}
        </Group>
      </Stack>
    );
  };

  const changes = ({ entry }: CustomerHistoryItem) => {
    const shownFields = shownChanges(entry);
    if (shownFields.length === 0) return '—';
    return (
      <Stack gap={2}>
        {shownFields.map((c) => (
          <Text key={c.field} size="sm" style={{ overflowWrap: 'anywhere' }}>
            <Text span size="sm" fw={600} mr={8}>
              {fieldLabel(entry.table, c.field, t)}
            </Text>
            {formatChangeValue(entry.table, c.field, c.before, ctx)} → {formatChangeValue(entry.table, c.field, c.after, ctx)}
          </Text>
        ))}
      </Stack>
    );
  };

  // What was done, and what it belonged to: a spreadsheet import or its undo, named by its file.
  const what = ({ entry }: CustomerHistoryItem) => {
    const action = t(`customerHistory.action.${historyAction(entry)}`);
    if (!entry.source) return action;
    return (
      <Stack gap={0}>
        <Text size="sm">{action}</Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }} data-testid="history-source">
          {t(`customerHistory.source.${entry.source.kind}`, { fileName: entry.source.fileName })}
        </Text>
      </Stack>
    );
  };
  const anySource = page.items.some((i) => i.entry.source);

  return (
    <Stack gap="sm">
      {page.kinds.length > 1 && (
        <Chip.Group
          value={kind}
          onChange={(value) => {
            setKind(value as HistoryKind | 'all');
            setLimit(PAGE);
          }}
        >
          <Group gap="xs" role="radiogroup" aria-label={t('customerHistory.filter')}>
            <Chip value="all" size="sm">
              {t('customerHistory.all')}
            </Chip>
            {page.kinds.map((k) => (
              <Chip key={k} value={k} size="sm">
                {kindLabel(k, t)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      )}
      <RecordTable
        testId="customer-history"
        rows={page.items}
        rowKey={(i) => i.entry.seq ?? i.entry.rev}
        empty={t('detail.history.empty')}
        columns={[
          { header: t('history.when'), w: 170, cell: (i) => f.instant(i.entry.at) },
          { header: t('history.who'), w: 90, cell: (i) => i.entry.by || '—' },
          { header: t('detail.history.record'), maw: 260, cell: record },
          { header: t('history.what'), w: anySource ? 160 : 90, cell: what },
          { header: t('customerHistory.change'), cell: changes },
        ]}
      />
      {page.more && (
        <Group justify="center">
          <Button variant="default" onClick={() => setLimit((n) => n + PAGE)}>
            {t('customerHistory.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
