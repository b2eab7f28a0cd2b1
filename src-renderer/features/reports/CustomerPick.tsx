import { Select } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n/react';
import { useCustomerSearch } from '../customers';

const HITS = 20;

/** Picks the customer of a dossier by the archive's search (name, short name, pinyin, contacts). */
export function CustomerPick({ onPick }: { onPick: (customerId: string) => void }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const { hits } = useCustomerSearch(search, HITS);
  return (
    <Select
      label={t('reports.dossier.pick')}
      placeholder={t('reports.dossier.pickPlaceholder')}
      leftSection={<IconSearch size={16} stroke={1.6} />}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={(hits ?? []).map((h) => ({ value: h.customer.id, label: h.customer.name }))}
      // The archive search has already filtered (pinyin too); Mantine's own filter would undo that.
      filter={({ options }) => options}
      value={null}
      onChange={(id) => id && onPick(id)}
      nothingFoundMessage={search.trim() ? t('reports.dossier.nothing') : undefined}
    />
  );
}
