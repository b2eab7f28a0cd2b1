import { Group, Pagination, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatMark } from '../../../core/classification';
import { isOutputLine, rowKind, type OutputLine, type RegisterRow } from '../../../core/output';
import type { ReportParams } from '../../../core/reports';
import { registerPage } from '../../../data/output';
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
const STATUS_COLOR: Record<OutputLine['status'], string> = { reserved: 'orange.8', completed: 'green.8', cancelled: 'dimmed' };

/** A report's parameters as one readable line ("年度：2026 · 客户经理：全部"); ids are left out (names are registered beside them). */
function paramsLine(params: ReportParams, t: Translate): string {
  return (
    Object.entries(params)
      .filter(([key]) => !key.endsWith('Id'))
      // A filter left open is registered as null: it means "all".
      .map(([key, value]) => `${t(`reports.param.${key}` as MessageKey)}：${paramValue(key, value, t)}`)
      .join(' · ')
  );
}

/** The line's particulars: a print's parameters, an export's recipients and record count, a scheduled backup. */
function detailsLine(row: RegisterRow, t: Translate): string {
  const parts: string[] = [];
  if (row.params) parts.push(paramsLine(row.params, t));
  if (isOutputLine(row)) {
    if (row.recipients?.length) parts.push(`${t('output.register.recipients')}：${row.recipients.join('、')}`);
    if (row.records !== undefined) parts.push(`${t('output.register.records')}：${row.records}`);
    if (row.scheduled) parts.push(t('output.register.scheduled'));
  }
  return parts.filter((p) => p !== '').join(' · ');
}

/**
 * 输出登记簿 (issue 15.6) in 系统设置, for the security auditor and the security administrator: every
 * print, PDF and export file with its 份号, newest first, 20 a page, searchable by 份号 (its beginning).
 * Lines of the print log written before 15.6 show without a number. Pages printed through the
 * browser's dialog show as unknown: the browser does not tell how many it printed.
 */
export function OutputRegisterSection() {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const { db } = useSession();
  const [page, setPage] = useState(0);
  const [query, setQuery] = useState('');
  const data = useLiveQuery(() => registerPage(db, page, PAGE_SIZE, query), [db, page, query]);
  const format = reportFormat(locale);
  const pages = data ? Math.ceil(data.total / PAGE_SIZE) : 0;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('output.register.intro')}
      </Text>
      <TextInput
        label={t('output.register.search')}
        placeholder={t('output.register.searchHint')}
        leftSection={<IconSearch size={14} />}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setPage(0);
        }}
        maw={360}
      />
      {data && data.total === 0 && <Text c="dimmed">{query.trim() ? t('output.register.noMatch', { query: query.trim() }) : t('output.register.empty')}</Text>}
      {data && data.total > 0 && (
        <Table.ScrollContainer minWidth={1280}>
          <Table striped withTableBorder data-testid="output-register" aria-label={t('output.register.title')}>
            <TableHead
              cells={[
                t('output.register.number'),
                t('output.register.at'),
                t('output.register.by'),
                t('output.register.kind'),
                t('output.register.title.col'),
                t('output.register.mark'),
                t('output.register.pages'),
                t('output.register.purpose'),
                t('output.register.status'),
                t('reports.log.params'),
              ]}
            />
            <Table.Tbody>
              {data.entries.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td style={NOWRAP} data-testid="register-number">
                    {isOutputLine(row) ? (
                      row.number
                    ) : (
                      <Text c="dimmed" size="sm">
                        {t('output.register.noNumber')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={NOWRAP}>{format.instant(row.at)}</Table.Td>
                  <Table.Td style={NOWRAP}>{row.by}</Table.Td>
                  <Table.Td style={NOWRAP}>{kindLabel(row, t)}</Table.Td>
                  <Table.Td miw={160}>{row.title}</Table.Td>
                  <Table.Td style={NOWRAP}>{formatMark(row.mark)}</Table.Td>
                  <Table.Td>{pagesText(row, t)}</Table.Td>
                  <Table.Td miw={120}>{isOutputLine(row) ? row.purpose : '—'}</Table.Td>
                  <Table.Td style={NOWRAP}>
                    {isOutputLine(row) ? (
                      <Text size="sm" fw={600} c={STATUS_COLOR[row.status]}>
                        {t(`output.status.${row.status}`)}
                      </Text>
                    ) : (
                      t('output.status.completed')
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{detailsLine(row, t)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && data.total > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('output.register.count', { count: data.total })}
          </Text>
          {pages > 1 && <Pagination total={pages} value={page + 1} onChange={(p) => setPage(p - 1)} aria-label={t('output.register.pagination')} />}
        </Group>
      )}
    </Stack>
  );
}

/** 打印 / PDF / 交换文件…; a print says which dialog (the browser's prints and saves through one). */
function kindLabel(row: RegisterRow, t: Translate): string {
  const kind = rowKind(row);
  if ((kind === 'print' || kind === 'pdf') && row.shell) return t(`reports.log.action.${kind}.${row.shell}`);
  return t(`output.kind.${kind}`);
}

function pagesText(row: RegisterRow, t: Translate): string {
  if (row.pages !== null) return String(row.pages);
  const kind = rowKind(row);
  return kind === 'print' || kind === 'pdf' ? t('reports.log.pagesUnknown') : '—';
}

/** One registered filter value as the office reads it: open (null) is 全部, a customer type by its label. */
function paramValue(key: string, value: string | number | null, t: Translate): string | number {
  if (value === null) return t('reports.all');
  if (value === '') return '—';
  return key === 'type' ? t(customerTypeLabel(value as CustomerType)) : value;
}
