import { Select, Stack, Text, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useMemo } from 'react';
import type { CustomerLevel } from '../../../core/model';
import { normaliseQuery } from '../../../core/search';
import type { CustomerRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { customerLevelLabel } from '../../../i18n/enum-labels';

interface ParentSelectProps {
  /** The live customers (undefined while loading). */
  customers: readonly CustomerRecord[] | undefined;
  /** The level of the unit being edited; its parent is one level up. */
  level: CustomerLevel;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: React.ReactNode;
  required?: boolean;
}

interface ParentOption extends ComboboxItem {
  /** The parent's own parent (a 二级单位's 集团), to tell apart units of the same name. */
  under: string;
  keys: readonly string[];
}

/** Filters like the list's search: by name, pinyin initials or full pinyin (htcl, hangtian). */
const byKeys: OptionsFilter = ({ options, search }) => {
  const q = normaliseQuery(search);
  if (q === null) return options;
  return options.filter((o) => {
    const opt = o as ParentOption;
    return opt.keys.some((k) => k.startsWith(q)) || opt.label.includes(search.trim());
  });
};

/** The parent unit: a searchable choice among the live customers of the level above. */
export function ParentSelect({ customers, level, value, onChange, error, required }: ParentSelectProps) {
  const t = useT();
  const options = useMemo<ParentOption[]>(() => {
    const names = new Map((customers ?? []).map((c) => [c.id, c.name]));
    return (customers ?? [])
      .filter((c) => c.level === level - 1)
      .map((c) => ({ value: c.id, label: c.name, under: c.parentId ? (names.get(c.parentId) ?? '') : '', keys: c.searchKeys }));
  }, [customers, level]);
  const parentLevel = (level - 1) as CustomerLevel;
  return (
    <Select
      label={t('customers.field.parentId')}
      placeholder={t('customers.form.parentPlaceholder', { level: t(customerLevelLabel(parentLevel)) })}
      data={options}
      value={value}
      onChange={onChange}
      error={error}
      required={required}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('customers.form.clear') }}
      filter={byKeys}
      limit={50}
      nothingFoundMessage={customers ? t('customers.form.parentNone', { level: t(customerLevelLabel(parentLevel)) }) : t('customers.list.loading')}
      renderOption={({ option }) => {
        const under = (option as ParentOption).under;
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {under && (
              <Text size="xs" c="dimmed">
                {under}
              </Text>
            )}
          </Stack>
        );
      }}
    />
  );
}
