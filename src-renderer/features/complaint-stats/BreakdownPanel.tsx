import { BarChart } from '@mantine/charts';
import { Group } from '@mantine/core';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { NumbersTable } from '../../ui/NumbersTable';
import { TitledPanel } from '../../ui/TitledPanel';
import { formatPercent } from '../../ui/format';
import type { BreakdownEntry } from './stats-model';

/**
 * One breakdown of the year's complaints (by category, department, severity or month): bars for the
 * eye and a table of counts and shares beside them — the numbers a report quotes and what screen
 * readers read (the chart is hidden from them). No animation: the page is printed and screenshotted.
 */
export function BreakdownPanel({ id, title, entries, total }: { id: string; title: string; entries: readonly BreakdownEntry[]; total: number }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const headingId = `breakdown-${id}`;
  return (
    <TitledPanel id={headingId} title={title} testId={headingId}>
      <Group align="flex-start" gap="lg" wrap="wrap">
        <div aria-hidden inert style={{ flex: '1 1 320px', minWidth: 280 }}>
          <BarChart
            h={220}
            data={entries.map((e) => ({ label: e.label, count: e.count }))}
            dataKey="label"
            series={[{ name: 'count', label: t('complaintStats.count'), color: 'office.6' }]}
            barProps={{ isAnimationActive: false }}
            tooltipAnimationDuration={0}
            withTooltip={false}
            maxBarWidth={40}
            xAxisProps={{ interval: 0 }}
            yAxisProps={{ allowDecimals: false }}
          />
        </div>
        <NumbersTable
          w={260}
          aria-labelledby={headingId}
          headers={[t('complaintStats.item'), t('complaintStats.count'), t('complaintStats.share')]}
          rows={entries.map((e) => ({
            key: e.key,
            data: { 'data-key': e.key },
            cells: [e.label, e.count, total === 0 ? '—' : formatPercent(e.count / total, locale)],
          }))}
        />
      </Group>
    </TitledPanel>
  );
}
