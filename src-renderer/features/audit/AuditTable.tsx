import { Button, Group, Stack, Table, Text } from '@mantine/core';
import type { AuditEntry } from '../../core/audit/types';
import { auditActionLabel, auditOutcomeLabel } from '../../i18n/enum-labels';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { TableHead } from '../../ui/TableHead';
import { ToneBadge } from '../../ui/ToneBadge';
import { auditTime, auditUserName, detailLines } from './audit-format';
import type { AuditRows } from './use-audit-rows';

/** The log newest first: 序号, 时间 (China time), 用户, 操作, 对象, 结果, 详情; 加载更多 under it while older entries match. */
export function AuditTable({ rows, onLoadMore }: { rows: AuditRows; onLoadMore: () => void }) {
  const t = useT();
  const { entries, nextBefore, loading, failed } = rows;
  return (
    <Stack gap="sm">
      <Table striped withTableBorder verticalSpacing="xs" data-testid="audit-table">
        <TableHead
          cells={[
            { label: t('auditLog.col.seq'), w: 80, ta: 'right' },
            { label: t('auditLog.col.at'), w: 190 },
            { label: t('auditLog.col.user'), w: 120 },
            { label: t('auditLog.col.action'), w: 140 },
            { label: t('auditLog.col.object'), w: 120 },
            { label: t('auditLog.col.outcome'), w: 80 },
            t('auditLog.col.details'),
          ]}
        />
        <Table.Tbody>
          {entries.map((entry) => (
            <AuditRow key={entry.seq} entry={entry} />
          ))}
        </Table.Tbody>
      </Table>
      {failed && (
        <Text c="red" role="alert">
          {t('auditLog.loadFailed')}
        </Text>
      )}
      {!loading && !failed && entries.length === 0 && <Text c="dimmed">{t('auditLog.empty')}</Text>}
      {entries.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t(nextBefore === null ? 'auditLog.allShown' : 'auditLog.shown', { count: entries.length })}
          </Text>
          {nextBefore !== null && (
            <Button variant="default" onClick={onLoadMore} loading={loading}>
              {t('auditLog.loadMore')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const separator = locale === 'zh-CN' ? '：' : ': ';
  return (
    <Table.Tr data-seq={entry.seq}>
      <Table.Td ta="right">{entry.seq}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{auditTime(entry.at, locale)}</Table.Td>
      <Table.Td>{auditUserName(entry, t)}</Table.Td>
      <Table.Td>{t(auditActionLabel(entry.action), { code: entry.action })}</Table.Td>
      <Table.Td>{entry.object?.label || '—'}</Table.Td>
      <Table.Td>
        <ToneBadge color={entry.outcome === 'success' ? 'green' : 'red'}>{t(auditOutcomeLabel(entry.outcome))}</ToneBadge>
      </Table.Td>
      <Table.Td>
        {detailLines(entry.details, t, locale).map(({ label, value }) => (
          <Text key={label} size="xs" style={{ overflowWrap: 'anywhere' }}>
            {label}
            {separator}
            {value}
          </Text>
        ))}
      </Table.Td>
    </Table.Tr>
  );
}
