import { Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch, IconUser } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { chinaDayOf } from '../../core/complaints';
import { officeToday } from '../../data/complaints';
import { useT } from '../../i18n/react';
import { VirtualTable, type VirtualColumn } from '../../ui/VirtualTable';
import { Link } from '../../ui/Link';
import { useFormat } from '../../ui/hooks/use-format';
import { OverdueFlag } from '../../ui/ComplaintOverdueFlag';
import { StatusBadge } from './ComplaintBadges';
import { ComplaintFilterBar } from './ComplaintFilterBar';
import { filterRows, noFilters, useComplaintList, useCustomerMatches, type NamedRow } from './use-complaint-list';
import { useManagers } from './use-complaints';
import { complaintListExport } from './complaint-list-export';
import { customersHighestClassification } from '../../data/output';
import { ExportTableButton } from '../../ui/ExportTableButton';
import { useSession } from '../../state/session';
import { useCanWriteRecord } from '../../ui/hooks/use-can';

const ROW_HEIGHT = 44;

/**
 * 投诉反馈: every complaint, newest received first (50,000 stay fast: a virtual table over rows cut
 * to the columns), with filters, search by number or customer (pinyin), and 逾期 N 天 in red.
 * `/complaints/overdue` opens it on the overdue ones (the dashboard's link).
 */
export function ComplaintListPage({ overdueOnly = false }: { overdueOnly?: boolean }) {
  const t = useT();
  const f = useFormat();
  const { nameOf } = useManagers();
  const { db } = useSession();
  // 登记投诉 only for who may register one (查阅 not).
  const mayRegister = useCanWriteRecord('complaints');
  const [filters, setFilters] = useState(() => noFilters(overdueOnly));
  const [query, setQuery] = useState('');
  const { rows, complete } = useComplaintList(filters.overdueOnly);
  const customers = useCustomerMatches(query);
  const now = new Date();
  const today = officeToday(now);
  const shown = useMemo(() => (rows ? filterRows(rows, filters, query, customers, today) : []), [rows, filters, query, customers, today]);

  const columns: VirtualColumn<NamedRow>[] = [
    {
      id: 'number',
      header: t('complaints.field.number'),
      track: 'minmax(130px, 1fr)',
      minPx: 130,
      render: (r) => (
        <Link href={`#/complaints/${r.id}`} size="sm">
          {r.number}
        </Link>
      ),
    },
    {
      id: 'customer',
      header: t('complaints.field.customer'),
      track: 'minmax(180px, 2.5fr)',
      minPx: 180,
      render: (r) => (
        <Text size="sm" truncate>
          {r.customerName}
        </Text>
      ),
    },
    {
      id: 'category',
      header: t('complaints.field.category'),
      track: 'minmax(80px, 1fr)',
      minPx: 80,
      render: (r) => <Text size="sm">{t(`complaints.category.${r.category}`)}</Text>,
    },
    {
      id: 'severity',
      header: t('complaints.field.severity'),
      track: '70px',
      minPx: 70,
      render: (r) => <Text size="sm">{t(`complaints.severity.${r.severity}`)}</Text>,
    },
    { id: 'status', header: t('complaints.field.status'), track: 'minmax(110px, 1fr)', minPx: 110, render: (r) => <StatusBadge status={r.status} /> },
    {
      id: 'handler',
      header: t('complaints.field.handler'),
      track: 'minmax(70px, 1fr)',
      minPx: 70,
      render: (r) => <Text size="sm">{nameOf(r.handlerId) || '—'}</Text>,
    },
    {
      id: 'received',
      header: t('complaints.field.receivedDay'),
      track: '120px',
      minPx: 120,
      render: (r) => <Text size="sm">{f.day(chinaDayOf(r.receivedAt))}</Text>,
    },
    {
      id: 'next',
      header: t('complaints.field.nextDeadline'),
      track: 'minmax(200px, 1.5fr)',
      minPx: 200,
      render: (r) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{f.day(r.nextDeadline)}</Text>
          <OverdueFlag complaint={r} now={now} />
        </Group>
      ),
    },
  ];

  const header = (
    <Group justify="space-between">
      <Title order={2}>{t('complaints.list.title')}</Title>
      <Group gap="xs">
        <Button variant="default" leftSection={<IconUser size={16} />} component="a" href="#/complaints/mine">
          {t('complaints.list.mine')}
        </Button>
        {mayRegister && (
          <Button leftSection={<IconPlus size={16} />} component="a" href="#/complaints/new">
            {t('complaints.list.new')}
          </Button>
        )}
      </Group>
    </Group>
  );
  if (!rows)
    return (
      <Stack>
        {header}
        <Loader aria-label={t('complaints.list.loading')} />
      </Stack>
    );
  const empty = complete && rows.length === 0 && !filters.overdueOnly;
  return (
    <Stack gap="sm" h="calc(100dvh - var(--app-shell-header-offset, 60px) - 2 * var(--mantine-spacing-lg))">
      {header}
      {empty ? (
        <Text c="dimmed">{t('complaints.list.empty')}</Text>
      ) : (
        <>
          <TextInput
            aria-label={t('complaints.list.searchLabel')}
            placeholder={t('complaints.list.search')}
            leftSection={<IconSearch size={16} />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            maw={420}
          />
          <Group justify="space-between" align="flex-end">
            <ComplaintFilterBar filters={filters} onChange={setFilters} />
            <ExportTableButton
              view={t('complaints.list.title')}
              disabled={!complete || shown.length === 0}
              source={async () => ({
                ...complaintListExport(shown, { t, day: f.day, handlerName: nameOf, now: new Date() }),
                highest: await customersHighestClassification(
                  db,
                  shown.map((r) => r.customerId),
                ),
              })}
            />
          </Group>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="complaint-count">
            {complete ? t('complaints.list.count', { shown: shown.length, total: rows.length }) : t('complaints.list.loadingAll', { shown: shown.length })}
          </Text>
          {shown.length > 0 ? (
            <VirtualTable
              label={t('complaints.list.label')}
              rows={shown}
              columns={columns}
              rowKey={(r) => r.id}
              rowHeight={ROW_HEIGHT}
              rowProps={(r) => ({ 'data-number': r.number, 'data-overdue': r.nextDeadline !== null && r.nextDeadline < today ? 'true' : undefined })}
              resetKey={JSON.stringify([filters, query])}
              testId="complaint-list"
              height="100%"
              shrink
            />
          ) : (
            <Group gap="sm">
              <Text>{t('complaints.list.noMatch')}</Text>
              <Button
                variant="default"
                onClick={() => {
                  setFilters(noFilters());
                  setQuery('');
                }}
              >
                {t('complaints.list.clear')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
