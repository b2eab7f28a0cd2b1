import { Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatMark } from '../../../core/classification';
import type { PrintLogEntry } from '../../../core/reports';
import { printLogPage } from '../../../data/reports';
import type { CustomerType } from '../../../core/model';
import type { MessageKey, Translate } from '../../../i18n';
import { customerTypeLabel } from '../../../i18n/enum-labels';
import { useT } from '../../../i18n/react';
import { usePreferences } from '../../../state/preferences';
import { useSession } from '../../../state/session';
import { reportFormat } from '../report-format';
import { TableHead } from '../../../ui/TableHead';

const PAGE_SIZE = 20;
const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** A logged report's parameters as one readable line ("year: 2026 · type: —"); ids are left out (names are logged beside them). */
function paramsLine(entry: PrintLogEntry, t: ReturnType<typeof useT>): string {
  return (
    Object.entries(entry.params)
      .filter(([key]) => !key.endsWith('Id'))
      // A filter left open is logged as null: it means "all".
      .map(([key, value]) => `${t(`reports.param.${key}` as MessageKey)}：${paramValue(key, value, t)}`)
      .join(' · ')
  );
}

/**
 * 打印记录 in 系统设置: every print and PDF export, newest first, 20 a page. Pages printed through
 * the browser's dialog show as unknown: the browser does not tell how many it printed.
 */
export function PrintLogSection() {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const { db } = useSession();
  const [page, setPage] = useState(0);
  const data = useLiveQuery(() => printLogPage(db, page, PAGE_SIZE), [db, page]);
  const format = reportFormat(locale);
  if (!data) return null;
  if (data.total === 0) return <Text c="dimmed">{t('reports.log.empty')}</Text>;
  const pages = Math.ceil(data.total / PAGE_SIZE);
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={800}>
        <Table striped withTableBorder data-testid="print-log" aria-label={t('reports.log.title')}>
          <TableHead
            cells={[
              t('reports.log.at'),
              t('reports.log.by'),
              t('reports.log.report'),
              t('reports.log.mark'),
              t('reports.log.action'),
              t('reports.log.pages'),
              t('reports.log.params'),
            ]}
          />
          <Table.Tbody>
            {data.entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td style={NOWRAP}>{format.instant(e.at)}</Table.Td>
                <Table.Td style={NOWRAP}>{e.by}</Table.Td>
                <Table.Td>{e.title}</Table.Td>
                <Table.Td style={NOWRAP}>{formatMark(e.mark)}</Table.Td>
                <Table.Td>{t(`reports.log.action.${e.action}.${e.shell}` as MessageKey)}</Table.Td>
                <Table.Td>{e.pages ?? t('reports.log.pagesUnknown')}</Table.Td>
                <Table.Td>
                  <Text size="sm">{paramsLine(e, t)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('reports.log.count', { count: data.total })}
        </Text>
        {pages > 1 && <Pagination total={pages} value={page + 1} onChange={(p) => setPage(p - 1)} aria-label={t('reports.log.pagination')} />}
      </Group>
    </Stack>
  );
}

/** One logged filter value as the office reads it: open (null) is 全部, a customer type by its label. */
function paramValue(key: string, value: string | number | null, t: Translate): string | number {
  if (value === null) return t('reports.all');
  if (value === '') return '—';
  return key === 'type' ? t(customerTypeLabel(value as CustomerType)) : value;
}
