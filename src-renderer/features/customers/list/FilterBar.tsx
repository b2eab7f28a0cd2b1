import { memo } from 'react';
import { Button, Group, MultiSelect } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import type { MessageKey } from '../../../i18n';
import { useT } from '../../../i18n/react';
import { statusOptions, typeOptions, type Option } from '../shared/labels';
import { activeFilterCount, emptyFilters, GRADE_CHOICES, NO_MANAGER, UNGRADED, type Facets, type FilterKind, type ListFilters } from './list-model';

const LABELS: Record<FilterKind, MessageKey> = {
  grades: 'customers.filter.grade',
  managers: 'customers.filters.manager',
  types: 'customers.filters.type',
  fields: 'customers.filters.field',
  statuses: 'customers.filters.status',
  regions: 'customers.filters.region',
  tags: 'customers.filters.tag',
};

/**
 * One multi-select per filter kind; a kind offers only the values the archive has (facets), except
 * the grades, which are always the four and 未定级 (an empty grade is an answer too). Seven of 146 px
 * fit one row at 1366×768 (issue 17.3: 标签 wrapped at 168).
 */
export const FilterBar = memo(function FilterBar({ filters, facets, onChange }: { filters: ListFilters; facets: Facets; onChange: (f: ListFilters) => void }) {
  const t = useT();
  const words = (values: string[]): Option[] => values.map((v) => ({ value: v, label: v }));
  const data: Record<FilterKind, Option[]> = {
    grades: GRADE_CHOICES.map((g) => ({ value: g, label: g === UNGRADED ? t('grade.none') : g })),
    managers: facets.managers.map((m) => (m.value === NO_MANAGER ? { value: m.value, label: t('customers.filters.noManager') } : m)),
    types: typeOptions(t),
    fields: words(facets.fields),
    statuses: statusOptions(t),
    regions: words(facets.regions),
    tags: words(facets.tags),
  };
  const kinds = Object.keys(LABELS) as FilterKind[];
  return (
    <Group gap="xs" align="flex-start">
      {kinds.map((kind) => (
        <MultiSelect
          key={kind}
          w={146}
          size="sm"
          aria-label={t(LABELS[kind])}
          placeholder={filters[kind].length === 0 ? t(LABELS[kind]) : undefined}
          data={data[kind]}
          value={filters[kind]}
          onChange={(values) => onChange({ ...filters, [kind]: values })}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('customers.form.clear') }}
          hidePickedOptions
          maxDropdownHeight={280}
          nothingFoundMessage={t('customers.filters.nothing')}
          comboboxProps={{ withinPortal: true }}
        />
      ))}
      {activeFilterCount(filters) > 0 && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} stroke={1.6} />} onClick={() => onChange(emptyFilters())}>
          {t('customers.filters.clear')}
        </Button>
      )}
    </Group>
  );
});
