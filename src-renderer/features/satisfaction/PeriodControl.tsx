import { SegmentedControl } from '@mantine/core';
import type { TrendPeriod } from '../../core/complaints';
import { useT } from '../../i18n/react';

/** 按月 / 按季度 for a trend chart. */
export function PeriodControl({ value, onChange }: { value: TrendPeriod; onChange: (p: TrendPeriod) => void }) {
  const t = useT();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('satisfaction.period')}
      value={value}
      onChange={(v) => onChange(v as TrendPeriod)}
      data={[
        { value: 'month', label: t('satisfaction.period.month') },
        { value: 'quarter', label: t('satisfaction.period.quarter') },
      ]}
    />
  );
}
