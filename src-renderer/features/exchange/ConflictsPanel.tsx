import { Alert, Badge, Box, Button, Card, Group, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { formatDateTime } from '../../core/format';
import { decodeHlc } from '../../core/hlc';
import { mergeUnavailable, openConflictViews, resolveConflict, type ConflictChoice, type ConflictSide, type ConflictView } from '../../data/exchange';
import type { Envelope } from '../../core/envelope';
import type { HistoryKind } from '../../data/customers';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { useSession } from '../../state/session';
import { formatDay, formatWanAmount } from '../../ui/format';
import { recordName } from '../../ui/history-records';
import { fieldLabel, formatChangeValue } from '../../ui/history-values';
import { differingFields } from './conflict-diff';
import { kindName } from './kind-label';
import { useAction } from '../../ui/hooks/use-action';

/** 冲突: versions both sides changed since they last agreed; the loser waits here for a decision. */
export function ConflictsPanel() {
  const t = useT();
  const { db } = useSession();
  const views = useLiveQuery(() => openConflictViews(db), [db]);
  // After a decision the card goes away: focus comes back to the list (or to its empty state).
  const list = useRef<HTMLDivElement>(null);
  const backToList = () => requestAnimationFrame(() => list.current?.focus());
  if (!views) return null;
  return (
    <Box ref={list} tabIndex={-1} aria-label={t('exchange.tab.conflicts')} data-testid="conflict-list" style={{ outline: 'none' }}>
      {views.length === 0 ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} title={t('exchange.conflicts.emptyTitle')} data-testid="conflicts-empty">
          {t('exchange.conflicts.emptyHint')}
        </Alert>
      ) : (
        <Stack>
          <Text size="sm">{t('exchange.conflicts.intro')}</Text>
          {views.map((view) => (
            <ConflictCard key={view.row.id} view={view} onResolved={backToList} />
          ))}
        </Stack>
      )}
    </Box>
  );
}

function ConflictCard({ view, onResolved }: { view: ConflictView; onResolved: () => void }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const session = useSession();
  const run = useAction();
  const { row, current } = view;
  // The version in the table now, and the one kept aside; which is "local" depends on who lost.
  const other = row.loser;
  const name = recordName(
    { table: row.kind as HistoryKind, id: row.recordId, row: current ?? other },
    { t, day: (d) => formatDay(d ?? null, locale), wan: (v) => (v == null ? '—' : t('common.money', { amount: formatWanAmount(v, locale) })) },
  );
  const fields = differingFields(current, other);
  // Field by field only when both versions are live records of the same customer; the winner by default.
  const mergeable = fields.length > 0 && mergeUnavailable(current, other) === null;
  const [picked, setPicked] = useState<Record<string, ConflictSide>>({});
  const sideOf = (f: string): ConflictSide => picked[f] ?? 'winner';
  const who = (v: Envelope | undefined) =>
    v ? t('exchange.conflicts.by', { who: v.updatedBy, at: formatDateTime(new Date(decodeHlc(v.rev).wallMs), locale) }) : '—';
  const value = (v: Record<string, unknown> | undefined, f: string) => formatChangeValue(row.kind, f, v?.[f], { t, locale });

  // Through useAction: a refusal (the account's roles, a conflict resolved meanwhile) is a message, not an unhandled rejection.
  const resolve = async (choice: ConflictChoice) => {
    const done =
      typeof choice === 'object' ? 'exchange.conflict.merged' : choice === 'keep-winner' ? 'exchange.conflict.kept-winner' : 'exchange.conflict.took-loser';
    if (await run((ctx) => resolveConflict(session.db, row.id, choice, ctx), done)) onResolved();
  };
  const merge = () => resolve({ fields: Object.fromEntries(fields.map((f) => [f, sideOf(f)])) });
  // One radio per side, the two of a field sharing a name (one group: arrow keys move within it), named by field and value.
  const cell = (f: string, side: ConflictSide) => {
    const text = value(side === 'winner' ? current : other, f);
    if (!mergeable) return text;
    const label = t(side === 'winner' ? 'exchange.conflicts.pickCurrent' : 'exchange.conflicts.pickOther', { field: fieldLabel(row.kind, f, t), value: text });
    return (
      <Radio
        name={`conflict-${row.id}-${f}`}
        value={side}
        checked={sideOf(f) === side}
        onChange={() => setPicked((p) => ({ ...p, [f]: side }))}
        label={text}
        aria-label={label}
        styles={{ label: { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } }}
      />
    );
  };

  return (
    <Card withBorder component="section" aria-label={`${kindName(row.kind, t)} ${name}`} data-testid="conflict">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {kindName(row.kind, t)} · {name}
        </Title>
        <Text size="sm" c="dimmed">
          {t('exchange.conflicts.from', { department: row.sourceDepartment, at: formatDateTime(row.detectedAt, locale) })}
        </Text>
      </Group>
      {row.signer && (
        <Text size="sm" mb="xs" data-testid="conflict-signer">
          {t('exchangeChecks.conflictSigner', { name: row.signer.name, fingerprint: row.signer.fingerprint })}
        </Text>
      )}
      {view.customerName && row.kind !== 'customers' && (
        <Text size="sm" mb="xs">
          {t('exchange.conflicts.customer', { name: view.customerName })}
        </Text>
      )}
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={140}>{t('exchange.conflicts.field')}</Table.Th>
            <Table.Th>
              {t('exchange.conflicts.current')}
              <Text size="xs" c="dimmed" fw={400}>
                {who(current)}
              </Text>
            </Table.Th>
            <Table.Th>
              {t(row.loserSide === 'local' ? 'exchange.conflicts.otherLocal' : 'exchange.conflicts.otherIncoming', { department: row.sourceDepartment })}
              <Text size="xs" c="dimmed" fw={400}>
                {who(other)}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((f) => (
            <Table.Tr key={f}>
              <Table.Td>{fieldLabel(row.kind, f, t)}</Table.Td>
              <Table.Td>{cell(f, 'winner')}</Table.Td>
              <Table.Td>{cell(f, 'loser')}</Table.Td>
            </Table.Tr>
          ))}
          {(current?.deletedAt ?? null) !== other.deletedAt && (
            <Table.Tr>
              <Table.Td>{t('exchange.conflicts.deleted')}</Table.Td>
              <Table.Td>{current?.deletedAt ? <Badge color="red">{t('common.yes')}</Badge> : t('common.no')}</Table.Td>
              <Table.Td>{other.deletedAt ? <Badge color="red">{t('common.yes')}</Badge> : t('common.no')}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      {mergeable && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('exchange.conflicts.mergeHint')}
        </Text>
      )}
      <Group mt="sm">
        {mergeable && <Button onClick={merge}>{t('exchange.conflicts.merge')}</Button>}
        <Button variant="default" onClick={() => resolve('keep-winner')}>
          {t('exchange.conflicts.keep')}
        </Button>
        <Button variant={mergeable ? 'default' : 'filled'} onClick={() => resolve('take-loser')}>
          {t('exchange.conflicts.take')}
        </Button>
      </Group>
    </Card>
  );
}
