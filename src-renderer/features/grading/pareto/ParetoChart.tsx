import { CompositeChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useT } from '../../../i18n/react';
import type { ParetoPoint } from './pareto-model';

/**
 * The Pareto chart of the head of the ranking: bars = each customer's 年综合效益 (left axis, 万元),
 * line = cumulative share (right axis, 0–100 %), a reference line at the key share. The x axis
 * reads the rank (thirty names would overlap); the tooltip names the customer. No animation: the
 * chart is read, not watched, and a screenshot must not catch it half-drawn.
 */
export function ParetoChart({ points, keySharePercent, total }: { points: readonly ParetoPoint[]; keySharePercent: number; total: number }) {
  const t = useT();
  return (
    <figure style={{ margin: 0 }} aria-label={t('pareto.chartLabel', { count: points.length })}>
      <CompositeChart
        h={320}
        data={points as ParetoPoint[]}
        dataKey="name"
        withLegend
        legendProps={{ verticalAlign: 'top', height: 36 }}
        withRightYAxis
        yAxisLabel={t('pareto.axisBenefit')}
        rightYAxisLabel={t('pareto.axisCumulative')}
        rightYAxisProps={{ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] }}
        xAxisProps={{ tickFormatter: (_value: string, index: number) => String(index + 1), interval: 0 }}
        referenceLines={[{ y: keySharePercent, yAxisId: 'right', color: 'red.7', label: `${keySharePercent}%`, labelPosition: 'insideTopRight' }]}
        series={[
          { name: 'benefitWan', label: t('pareto.seriesBenefit'), type: 'bar', color: 'office.5' },
          { name: 'cumulativePercent', label: t('pareto.seriesCumulative'), type: 'line', color: 'orange.7', yAxisId: 'right' },
        ]}
        barProps={{ isAnimationActive: false }}
        lineProps={{ isAnimationActive: false }}
        maxBarWidth={48}
        withDots={false}
        curveType="linear"
        tooltipAnimationDuration={0}
      />
      <Text component="figcaption" size="sm" c="dimmed" mt={4}>
        {t('pareto.caption', { shown: points.length, total })}
      </Text>
    </figure>
  );
}
