import { CloseButton, Loader, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useT } from '../../../i18n/react';

/** The list's search: results update as the user types (a prefix query takes a few ms). */
export function SearchBox({ value, onChange, pending }: { value: string; onChange: (v: string) => void; pending: boolean }) {
  const t = useT();
  return (
    <TextInput
      style={{ flex: 1, minWidth: 260 }}
      aria-label={t('customers.search.label')}
      placeholder={t('customers.search.placeholder')}
      leftSection={pending ? <Loader size={14} /> : <IconSearch size={16} stroke={1.6} />}
      rightSection={value ? <CloseButton size="sm" aria-label={t('customers.search.clear')} onClick={() => onChange('')} /> : null}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && value) onChange('');
      }}
    />
  );
}
