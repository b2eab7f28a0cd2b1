import { Select } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getCustomer, searchCustomers } from '../../data/customers';
import { useT } from '../../i18n/react';
import { useReadScope } from '../../state/read-scope';
import { useSession } from '../../state/session';

/**
 * The customer of a complaint, picked with the archive search (name, short name, pinyin initials or
 * full pinyin, contacts): the options are the search's hits, not a list of 10,000 units.
 */
export function CustomerField({
  value,
  onChange,
  error,
  disabled,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: React.ReactNode;
  disabled?: boolean;
}) {
  const t = useT();
  const { db } = useSession();
  const scope = useReadScope();
  const [search, setSearch] = useState('');
  const chosen = useLiveQuery(async () => (value ? ((await getCustomer(db, value)) ?? null) : null), [db, value]);
  // Only customers within the user's data scope are offered (issue 15.3).
  const hits = useLiveQuery(() => searchCustomers(db, search, 20, scope), [db, search, scope]) ?? [];
  const options = hits.map((h) => ({ value: h.customer.id, label: h.customer.name }));
  if (chosen && !options.some((o) => o.value === chosen.id)) options.unshift({ value: chosen.id, label: chosen.name });
  return (
    <Select
      label={t('complaints.field.customer')}
      placeholder={t('complaints.form.customerSearch')}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The archive search already matched (pinyin included); Mantine's own filter would drop those hits.
      filter={({ options: all }) => all}
      nothingFoundMessage={search.trim() ? t('complaints.field.customer.noMatch', { query: search.trim() }) : undefined}
      withAsterisk
      error={error}
      disabled={disabled}
      data-testid="complaint-customer"
    />
  );
}
