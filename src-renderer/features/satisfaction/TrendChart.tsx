import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import type { TrendPoint } from '../../core/complaints';
import { useT } from '../../i18n/react';
import { NumbersTable } from '../../ui/NumbersTable';

/**
 * A satisfaction trend: the mean percent per month or quarter as a line (0–100 %), and the same
 * points in a table under it (the numbers a reader quotes, and what screen readers get: the chart
 * is hidden from them). No animation, so a print or a screenshot never catches it half-drawn.
 */
export function TrendChart({ points, testId }: { points: readonly TrendPoint[]; testId: string }) {
  const t = useT();
  if (points.length === 0) return <Text c="dimmed">{t('satisfaction.trend.none')}</Text>;
  return (
    <figure style={{ margin: 0 }} data-testid={testId}>
      <div aria-hidden inert>
        <LineChart
          h={240}
          data={points as TrendPoint[]}
          dataKey="period"
          series={[{ name: 'meanPercent', label: t('satisfaction.trend.series'), color: 'office.6' }]}
          yAxisProps={{ domain: [0, 100], ticks: [0, 25, 50, 75, 100] }}
          curveType="linear"
          withLegend
          legendProps={{ verticalAlign: 'top', height: 32 }}
          lineProps={{ isAnimationActive: false }}
          tooltipAnimationDuration={0}
          connectNulls={false}
        />
      </div>
      <NumbersTable
        mt="xs"
        maw={420}
        aria-label={t('satisfaction.trend.label', { count: points.length })}
        headers={[t('satisfaction.trend.period'), t('satisfaction.trend.series'), t('satisfaction.trend.surveys')]}
        rows={points.map((p) => ({ key: p.period, data: { 'data-period': p.period }, cells: [p.period, p.meanPercent, p.count] }))}
      />
      <Text component="figcaption" size="xs" c="dimmed" mt={4}>
        {t('satisfaction.trend.note')}
      </Text>
    </figure>
  );
}
