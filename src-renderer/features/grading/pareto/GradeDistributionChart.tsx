import { DonutChart } from '@mantine/charts';
import { Group, Stack, Table, Text } from '@mantine/core';
import type { Grade, GradeDistribution } from '../../../core/grading';
import { useT } from '../../../i18n/react';
import { usePreferences } from '../../../state/preferences';
import { GRADE_SHADES, GradeBadge } from '../../../ui/GradeBadge';
import { formatPercent } from '../../../ui/format';
import { anyGraded, DISTRIBUTION_ORDER, type DistributionKey } from './pareto-model';
import { TableHead } from '../../../ui/TableHead';

/** The ungraded slice: paler than the A grade's grey, as the 未定级 badge is an outline. */
const UNGRADED_COLOR = 'gray.3';

/**
 * How many live customers hold each grade (from the customers' grade index), as a ring in the
 * grades' own colours and a table of counts and shares beside it (the numbers a reader quotes).
 */
export function GradeDistributionChart({ distribution }: { distribution: GradeDistribution }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  if (distribution.total === 0) return <Text c="dimmed">{t('gradingSection.distribution.noCustomers')}</Text>;
  const color = (key: DistributionKey) => (key === 'ungraded' ? UNGRADED_COLOR : GRADE_SHADES[key]);
  const label = (key: DistributionKey) => (key === 'ungraded' ? t('grade.none') : key);
  const data = DISTRIBUTION_ORDER.filter((k) => distribution[k] > 0).map((k) => ({ name: label(k), value: distribution[k], color: color(k) }));
  return (
    <Stack gap="sm">
      {!anyGraded(distribution) && <Text c="dimmed">{t('gradingSection.distribution.noGrades')}</Text>}
      <Group align="center" gap="lg" wrap="nowrap">
        {/* Decoration for the eye: the table beside it carries the numbers, so the ring is hidden from
            screen readers and, being inert, cannot take focus either (recharts makes sectors focusable). */}
        <div aria-hidden inert>
          <DonutChart
            data={data}
            size={150}
            thickness={26}
            chartLabel={String(distribution.total)}
            withTooltip={false}
            accessibilityLayer={false}
            pieProps={{ isAnimationActive: false }}
          />
        </div>
        <Table withRowBorders={false} verticalSpacing={4} maw={360} data-testid="grade-distribution" aria-label={t('gradingSection.distribution.tableLabel')}>
          <TableHead
            cells={[
              t('pareto.grade'),
              { label: t('gradingSection.distribution.count'), ta: 'right' },
              { label: t('gradingSection.distribution.share'), ta: 'right' },
            ]}
          />
          <Table.Tbody>
            {DISTRIBUTION_ORDER.map((k) => (
              <Table.Tr key={k}>
                <Table.Td>
                  <GradeBadge grade={k === 'ungraded' ? null : (k as Grade)} size="sm" />
                </Table.Td>
                <Table.Td ta="right">{distribution[k]}</Table.Td>
                <Table.Td ta="right">{formatPercent(distribution[k] / distribution.total, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Group>
    </Stack>
  );
}
