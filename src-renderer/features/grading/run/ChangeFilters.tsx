import { Button, Group } from '@mantine/core';
import type { RegradeSummary } from '../../../core/grading';
import { useT } from '../../../i18n/react';
import { CHANGE_FILTERS, CHANGE_LABEL, type ChangeFilter } from '../grading-labels';

const countOf = (summary: RegradeSummary, filter: ChangeFilter) => (filter === 'overridden' ? summary.overridden : summary[filter]);

/**
 * The run's summary as counts that are also its filters: 全部 / 升级 / 降级 / 新定级 / 不变 / 人工调整.
 * Toggle buttons (aria-pressed): pressing the pressed one shows everything again.
 */
export function ChangeFilters({
  summary,
  value,
  onChange,
  disabled,
}: {
  summary: RegradeSummary;
  value: ChangeFilter | null;
  onChange: (f: ChangeFilter | null) => void;
  disabled: boolean;
}) {
  const t = useT();
  const button = (filter: ChangeFilter | null, label: string, count: number) => {
    const pressed = value === filter;
    return (
      <Button
        key={filter ?? 'all'}
        size="compact-md"
        variant={pressed ? 'filled' : 'default'}
        aria-pressed={pressed}
        disabled={disabled}
        onClick={() => onChange(pressed ? null : filter)}
        data-filter={filter ?? 'all'}
      >
        {label} {count}
      </Button>
    );
  };
  return (
    <Group gap="xs" role="group" aria-label={t('gradingSection.filter.group')} data-testid="change-filters">
      {button(null, t('gradingSection.filter.all'), summary.total)}
      {CHANGE_FILTERS.map((f) => button(f, t(CHANGE_LABEL[f]), countOf(summary, f)))}
    </Group>
  );
}
