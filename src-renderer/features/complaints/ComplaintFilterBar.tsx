import { Checkbox, Group, Select } from '@mantine/core';
import { COMPLAINT_CATEGORIES, COMPLAINT_SEVERITIES, COMPLAINT_STATUSES } from '../../core/model';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import type { ComplaintFilters } from './use-complaint-list';
import { useManagers } from './use-complaints';

/** Status, category, severity, handler and 只看逾期; each select cleared back to "all". */
export function ComplaintFilterBar({ filters, onChange }: { filters: ComplaintFilters; onChange: (next: ComplaintFilters) => void }) {
  const t = useT();
  const { managers } = useManagers();
  const set = (patch: Partial<ComplaintFilters>) => onChange({ ...filters, ...patch });
  return (
    <Group gap="sm" align="center" data-testid="complaint-filters">
      <EnumFilter
        field="status"
        values={COMPLAINT_STATUSES}
        any="complaints.list.anyStatus"
        value={filters.status}
        onChange={(status) => set({ status })}
        w={150}
      />
      <EnumFilter
        field="category"
        values={COMPLAINT_CATEGORIES}
        any="complaints.list.anyCategory"
        value={filters.category}
        onChange={(category) => set({ category })}
        w={140}
      />
      <EnumFilter
        field="severity"
        values={COMPLAINT_SEVERITIES}
        any="complaints.list.anySeverity"
        value={filters.severity}
        onChange={(severity) => set({ severity })}
        w={130}
      />
      <Select
        aria-label={t('complaints.field.handler')}
        placeholder={t('complaints.list.anyHandler')}
        data={(managers ?? []).map((m) => ({ value: m.id, label: m.name }))}
        value={filters.handlerId}
        onChange={(v) => set({ handlerId: v })}
        searchable
        clearable
        w={150}
      />
      <Checkbox
        label={t('complaints.list.overdueOnly')}
        checked={filters.overdueOnly}
        onChange={(e) => set({ overdueOnly: e.currentTarget.checked })}
        data-testid="overdue-only"
      />
    </Group>
  );
}

/** One select over a field's fixed values (labels `complaints.<field>.<value>`); cleared means any. */
function EnumFilter<V extends string>({
  field,
  values,
  any,
  value,
  onChange,
  w,
}: {
  field: 'status' | 'category' | 'severity';
  values: readonly V[];
  any: MessageKey;
  value: V | null;
  onChange: (value: V | null) => void;
  w: number;
}) {
  const t = useT();
  return (
    <Select
      aria-label={t(`complaints.field.${field}`)}
      placeholder={t(any)}
      data={values.map((v) => ({ value: v, label: t(`complaints.${field}.${v}` as MessageKey) }))}
      value={value}
      onChange={(v) => onChange(v as V | null)}
      clearable
      w={w}
    />
  );
}
