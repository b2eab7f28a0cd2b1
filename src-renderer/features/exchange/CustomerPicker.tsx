import { Button, Group, Pill, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { searchCustomers } from '../../data/customers';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useReadScope } from '../../state/read-scope';

export interface PickedCustomer {
  id: string;
  name: string;
}

const SHOWN_HITS = 8;

/** Hand-picked customers for a 选定客户 export: archive search (pinyin works), chosen ones as removable chips. */
export function CustomerPicker({ value, onChange }: { value: PickedCustomer[]; onChange: (next: PickedCustomer[]) => void }) {
  const t = useT();
  const { db } = useSession();
  const [query, setQuery] = useState('');
  // Only customers within the exporter's data scope are offered (issue 15.3); the export refuses others.
  const scope = useReadScope();
  const hits = useLiveQuery(() => searchCustomers(db, query, SHOWN_HITS + value.length, scope), [db, query, value.length, scope]) ?? [];
  const chosen = new Set(value.map((c) => c.id));
  const offered = hits.filter((h) => !chosen.has(h.customer.id)).slice(0, SHOWN_HITS);
  return (
    <Stack gap="xs">
      <TextInput
        label={t('exchange.pick.search')}
        placeholder={t('exchange.pick.placeholder')}
        leftSection={<IconSearch size={16} />}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      {query.trim() !== '' && hits.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('exchange.pick.none')}
        </Text>
      )}
      {offered.length > 0 && (
        <Group gap="xs" aria-label={t('exchange.pick.hits')} role="group">
          {offered.map(({ customer }) => (
            <Button
              key={customer.id}
              size="compact-sm"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => onChange([...value, { id: customer.id, name: customer.name }])}
            >
              {customer.name}
            </Button>
          ))}
        </Group>
      )}
      <Text size="sm" fw={500}>
        {t('exchange.pick.chosen', { count: value.length })}
      </Text>
      {value.length > 0 && (
        <Pill.Group aria-label={t('exchange.pick.chosenList')}>
          {value.map((c) => (
            <Pill
              key={c.id}
              size="md"
              withRemoveButton
              removeButtonProps={{ 'aria-label': t('exchange.pick.remove', { name: c.name }) }}
              onRemove={() => onChange(value.filter((v) => v.id !== c.id))}
            >
              {c.name}
            </Pill>
          ))}
        </Pill.Group>
      )}
    </Stack>
  );
}
