import { Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useT } from '../../../i18n/react';
import { usePreferences } from '../../../state/preferences';
import { formatPercent, formatWanAmount } from '../../../ui/format';
import { GradingHeader } from '../GradingHeader';
import { GradeDistributionChart } from './GradeDistributionChart';
import { ParetoChart } from './ParetoChart';
import { CHART_TOP, customersWithoutFigures, paretoChartData, paretoSummary } from './pareto-model';
import { ParetoTable } from './ParetoTable';
import { usePareto, type ParetoData } from './use-pareto';
import { paretoExport } from './pareto-export';
import { ExportTableButton } from '../../../ui/ExportTableButton';

/**
 * 80/20 分析 of one year: who makes 80 % of the year's 年综合效益 (the key customers), as a sentence,
 * a Pareto chart of the head and a table of everyone ranked, and how the grades are distributed.
 * The root says `aria-busy` until chart and table show the year asked for (tests and the bench wait
 * for it).
 */
export function ParetoPage() {
  const t = useT();
  const [picked, setPicked] = useState<number | null>(null);
  const { data, stale } = usePareto(picked);
  const busy = data === undefined || stale;
  return (
    <Stack gap="md" data-testid="pareto" aria-busy={busy}>
      <GradingHeader current="pareto" />
      {data && (
        <>
          <Group align="flex-end">
            <Select
              label={t('pareto.year')}
              data={data.years.map((y) => ({ value: String(y), label: t('gradingSection.run.year', { year: y }) }))}
              value={data.year === null ? null : String(data.year)}
              onChange={(v) => v && setPicked(Number(v))}
              allowDeselect={false}
              disabled={data.years.length === 0}
              w={160}
            />
          </Group>
          {data.analysis && data.year !== null ? <YearAnalysis data={data} year={data.year} /> : <Text c="dimmed">{t('pareto.noFigures')}</Text>}
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('gradingSection.distribution.title')}
              </Title>
              <GradeDistributionChart distribution={data.distribution} />
            </Stack>
          </Paper>
        </>
      )}
    </Stack>
  );
}

function YearAnalysis({ data, year }: { data: ParetoData; year: number }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const analysis = data.analysis!;
  const summary = useMemo(() => paretoSummary(analysis), [analysis]);
  const points = useMemo(() => paretoChartData(analysis, data.customers, CHART_TOP), [analysis, data.customers]);
  const without = customersWithoutFigures(data.distribution, summary.ranked);
  const wan = (v: number) => formatWanAmount(v, locale);
  // The export needs every ranked row's name (the names follow the ranking); the file is built only when asked.
  const named = useMemo(() => analysis.rows.every((r) => data.customers.has(r.customerId)), [analysis, data.customers]);
  return (
    <>
      <Paper withBorder p="md">
        <Stack gap="xs">
          {summary.keyCount > 0 ? (
            <Text fw={500} data-testid="pareto-summary">
              {t('pareto.summary', {
                count: summary.keyCount,
                customerShare: formatPercent(summary.keyCustomerShare, locale),
                benefitShare: formatPercent(summary.keyBenefitShare, locale),
                keyWan: wan(summary.keyWan),
              })}
            </Text>
          ) : (
            <Text fw={500} data-testid="pareto-summary">
              {t('pareto.zeroTotal', { count: summary.ranked })}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t('pareto.totals', { ranked: summary.ranked, totalWan: wan(summary.totalWan), year, share: analysis.keySharePercent })}
          </Text>
        </Stack>
      </Paper>
      {summary.keyCount > 0 && (
        <Paper withBorder p="md">
          <ParetoChart points={points} keySharePercent={analysis.keySharePercent} total={summary.ranked} />
        </Paper>
      )}
      <Stack gap={6}>
        <Group justify="flex-end">
          <ExportTableButton
            view={t('pareto.tableLabel', { year })}
            disabled={!named}
            source={() => paretoExport(analysis.rows, data.customers, t, locale) ?? { columns: [], rows: [], highest: null }}
          />
        </Group>
        <ParetoTable rows={analysis.rows} customers={data.customers} year={year} />
        {without > 0 && (
          <Text size="sm" c="dimmed" data-testid="pareto-without">
            {t('pareto.without', { count: without, year })}
          </Text>
        )}
      </Stack>
    </>
  );
}
