import { Group, Select, Stack, Text, type ComboboxItem } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useT } from '../../../i18n/react';
import { useCustomerSearch } from '../list/useCustomerData';

export interface PickedCustomer {
  id: string;
  name: string;
}

interface PickOption extends ComboboxItem {
  current: boolean;
  contact: string;
}

/** Hits offered at once: finding a duplicate takes a few characters, not a long list. */
const PICK_HITS = 20;

/**
 * Finds the other customer by the archive's search (name, short name, pinyin initials or full
 * pinyin, contacts). The current customer stays in the hits, marked: picking it shows why a unit
 * cannot be merged into itself instead of silently hiding the choice.
 */
export function MergePicker({
  currentId,
  value,
  onChange,
}: {
  currentId: string;
  value: PickedCustomer | null;
  onChange: (picked: PickedCustomer | null) => void;
}) {
  const t = useT();
  const [search, setSearch] = useState(value?.name ?? '');
  const { hits } = useCustomerSearch(search, PICK_HITS);
  const options = useMemo<PickOption[]>(() => {
    const found = (hits ?? []).map((h) => ({
      value: h.customer.id,
      label: h.customer.name,
      current: h.customer.id === currentId,
      contact: h.contact?.name ?? '',
    }));
    // The chosen customer stays selectable while the search box shows something else.
    if (value && !found.some((o) => o.value === value.id)) found.unshift({ value: value.id, label: value.name, current: value.id === currentId, contact: '' });
    return found;
  }, [hits, currentId, value]);

  return (
    <Select
      data-autofocus
      label={t('merge.pick.label')}
      placeholder={t('merge.pick.placeholder')}
      leftSection={<IconSearch size={16} stroke={1.6} />}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      // The archive search has already filtered (by pinyin too); Mantine's own filter would undo that.
      filter={({ options: all }) => all}
      value={value?.id ?? null}
      onChange={(id, option) => onChange(id && option ? { id, name: option.label } : null)}
      nothingFoundMessage={search.trim() ? t('merge.pick.nothing') : undefined}
      clearable
      clearButtonProps={{ 'aria-label': t('customers.form.clear') }}
      renderOption={({ option }) => {
        const o = option as PickOption;
        return (
          <Stack gap={0}>
            <Group gap="xs">
              <Text size="sm">{o.label}</Text>
              {o.current && (
                <Text size="xs" c="dimmed">
                  {t('merge.pick.current')}
                </Text>
              )}
            </Group>
            {o.contact && (
              <Text size="xs" c="dimmed">
                {t('merge.pick.viaContact', { name: o.contact })}
              </Text>
            )}
          </Stack>
        );
      }}
    />
  );
}
