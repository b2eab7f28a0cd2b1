import { Select } from '@mantine/core';
import type { ManagerRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';

interface ManagerSelectProps {
  managers: readonly ManagerRecord[] | undefined;
  value: string | null;
  onChange: (id: string | null) => void;
  /** The customer's manager as stored, shown even if no longer active (history reads right). */
  currentName: string;
  error?: React.ReactNode;
}

/** The responsible account manager (客户经理): active managers, plus the current one. */
export function ManagerSelect({ managers, value, onChange, currentName, error }: ManagerSelectProps) {
  const t = useT();
  const list = managers ?? [];
  const data = list
    .filter((m) => m.active || m.id === value)
    .map((m) => ({ value: m.id, label: m.active ? m.name : t('customers.form.managerInactive', { name: m.name }) }));
  if (value && !data.some((o) => o.value === value)) data.push({ value, label: currentName || value });
  return (
    <Select
      label={t('customers.field.manager')}
      placeholder={t('customers.form.managerPlaceholder')}
      description={managers && list.length === 0 ? t('customers.form.noManagers') : undefined}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('customers.form.clear') }}
      nothingFoundMessage={t('customers.filters.nothing')}
    />
  );
}
