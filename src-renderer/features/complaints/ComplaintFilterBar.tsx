import { Checkbox, Group, Select } from '@mantine/core';
import { COMPLAINT_CATEGORIES, COMPLAINT_SEVERITIES, COMPLAINT_STATUSES } from '../../core/model';
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
      <Select
        aria-label={t('complaints.field.status')}
        placeholder={t('complaints.list.anyStatus')}
        data={COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`complaints.status.${s}`) }))}
        value={filters.status}
        onChange={(v) => set({ status: v as ComplaintFilters['status'] })}
        clearable
        w={150}
      />
      <Select
        aria-label={t('complaints.field.category')}
        placeholder={t('complaints.list.anyCategory')}
        data={COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: t(`complaints.category.${c}`) }))}
        value={filters.category}
        onChange={(v) => set({ category: v as ComplaintFilters['category'] })}
        clearable
        w={140}
      />
      <Select
        aria-label={t('complaints.field.severity')}
        placeholder={t('complaints.list.anySeverity')}
        data={COMPLAINT_SEVERITIES.map((s) => ({ value: s, label: t(`complaints.severity.${s}`) }))}
        value={filters.severity}
        onChange={(v) => set({ severity: v as ComplaintFilters['severity'] })}
        clearable
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
      <Checkbox label={t('complaints.list.overdueOnly')} checked={filters.overdueOnly} onChange={(e) => set({ overdueOnly: e.currentTarget.checked })} data-testid="overdue-only" />
    </Group>
  );
}
