import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { canWriteRecord } from '../../../core/accounts';
import { useT } from '../../../i18n/react';
import { useActor } from '../../../state/signed-in';
import { ImportSheetButton } from '../../spreadsheet-import';
import { ColumnsPicker } from './ColumnsPicker';
import { CustomerTable } from './CustomerTable';
import type { ListRow } from './list-model';
import { ListRows } from './list-rows';
import { EmptyArchive } from './EmptyArchive';
import { FilterBar } from './FilterBar';
import { activeFilterCount, applyFilters, DEFAULT_SORT, emptyFilters, facetsOf, nextSort, sortRows } from './list-model';
import { SavedFilters } from './SavedFilters';
import { SearchBox } from './SearchBox';
import { SEARCH_LIMIT, useCustomers, useListSearch } from './useCustomerData';
import { useListColumns } from './useListColumns';
import { customerListExport } from './list-export';
import { ExportTableButton } from '../../../ui/ExportTableButton';
import { usePreferences } from '../../../state/preferences';

/**
 * 客户档案: every live customer, searchable (name, short name, pinyin, contacts, phones),
 * filterable, sortable by any column; a row opens the customer's page.
 */
export function CustomerListPage() {
  const t = useT();
  const actor = useActor();
  const locale = usePreferences((s) => s.locale);
  const [, navigate] = useLocation();
  const { customers, complete } = useCustomers();
  const [query, setQuery] = useState('');
  const { hits, pending, limited } = useListSearch(query, customers, complete);
  const [filters, setFilters] = useState(emptyFilters);
  const [sort, setSort] = useState(DEFAULT_SORT);
  const [columns, setColumns] = useListColumns();

  // Stable row objects: rows that stay in view are not drawn again when the rest of the list changes.
  const [listRows] = useState(() => new ListRows());
  const facets = useMemo(() => facetsOf(customers ?? []), [customers]);
  const rows = useMemo(() => {
    const base: ListRow[] = hits ? listRows.ofHits(hits) : listRows.ofCustomers(customers ?? []);
    const filtered = applyFilters(base, filters);
    // The archive arrives in pinyin order already, and so do search hits (name matches in pinyin
    // order, then contact matches in pinyin order): re-sorting would only cost keystroke time.
    return sort === DEFAULT_SORT ? filtered : sortRows(filtered, sort);
  }, [hits, customers, filters, sort, listRows]);

  const open = useCallback((id: string) => navigate(`/customers/${id}`), [navigate]);
  const create = () => navigate('/customers/new');
  // 查阅 reads the archive but writes nothing (issue 15.3): no 新建客户 to click.
  const canCreate = canWriteRecord(actor, 'customers', 'create');
  const total = customers?.length ?? 0;
  const narrowed = hits !== null || activeFilterCount(filters) > 0;

  const header = (
    <Group justify="space-between">
      <Title order={2}>{t('nav.customers')}</Title>
      {canCreate && (
        <Group gap="xs">
          <ImportSheetButton />
          <Button leftSection={<IconPlus size={16} />} onClick={create}>
            {t('customers.new')}
          </Button>
        </Group>
      )}
    </Group>
  );
  if (customers === undefined)
    return (
      <Stack>
        {header}
        <Loader aria-label={t('customers.list.loading')} />
      </Stack>
    );
  if (complete && total === 0)
    return (
      <Stack>
        {header}
        <EmptyArchive onCreate={canCreate ? create : null} />
      </Stack>
    );

  return (
    // The page fills the window below the header; the table scrolls inside it, the toolbar stays.
    <Stack gap="sm" h="calc(100dvh - var(--app-shell-header-offset, 60px) - 2 * var(--mantine-spacing-lg))">
      {header}
      <Group gap="xs" wrap="nowrap">
        <SearchBox value={query} onChange={setQuery} pending={pending} />
        <SavedFilters filters={filters} onApply={setFilters} />
        <ColumnsPicker columns={columns} onChange={setColumns} />
        <ExportTableButton
          view={t('nav.customers')}
          disabled={!complete || rows.length === 0}
          source={() => customerListExport(rows, columns, { t, locale })}
        />
      </Group>
      <FilterBar filters={filters} facets={facets} onChange={setFilters} />
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="customer-count">
        {!complete ? t('customers.list.loadingAll', { shown: rows.length }) : t('customers.list.count', { shown: rows.length, total })}
        {limited && ` ${t('customers.list.searchLimited', { limit: SEARCH_LIMIT })}`}
      </Text>
      {rows.length > 0 ? (
        <CustomerTable
          rows={rows}
          columns={columns}
          sort={sort}
          onSort={(c) => setSort((s) => nextSort(s, c))}
          query={query}
          onOpen={open}
          resetKey={JSON.stringify([query.trim(), filters, sort])}
          busy={pending}
        />
      ) : (
        narrowed && (
          <Stack align="flex-start" gap="xs">
            <Text>{hits !== null ? t('customers.list.noMatch', { query: query.trim() }) : t('customers.list.noFilterMatch')}</Text>
            <Group gap="xs">
              {hits !== null && (
                <Button variant="default" onClick={() => setQuery('')}>
                  {t('customers.search.clear')}
                </Button>
              )}
              {activeFilterCount(filters) > 0 && (
                <Button variant="default" onClick={() => setFilters(emptyFilters())}>
                  {t('customers.filters.clear')}
                </Button>
              )}
            </Group>
          </Stack>
        )
      )}
    </Stack>
  );
}
