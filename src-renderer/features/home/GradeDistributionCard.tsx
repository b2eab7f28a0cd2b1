import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, Text } from '@mantine/core';
import { GRADES, type GradeDistribution } from '../../core/grading';
import { useT } from '../../i18n/react';
import { GRADE_COLORS, GradeBadge } from '../../ui/GradeBadge';
import { TitledCard } from '../../ui/TitledPanel';

/** 未定级 in the chart: the outline badge's grey, a shade darker so the bar stands on white and on dark. */
const UNGRADED_COLOR = 'gray.5';

/**
 * 客户等级分布: how many live customers hold each grade, and how many are not graded yet — as a bar
 * chart in the grades' own colours and as numbers (the figures a manager quotes, and what a screen
 * reader reads: the chart itself is decoration over them).
 */
export function GradeDistributionCard({ counts }: { counts: GradeDistribution }) {
  const t = useT();
  const graded = counts.total - counts.ungraded;
  const none = t('grade.none');
  const data = [
    ...GRADES.map((g) => ({ grade: g, count: counts[g], color: `${GRADE_COLORS[g]}.6` })),
    { grade: none, count: counts.ungraded, color: UNGRADED_COLOR },
  ];
  return (
    <TitledCard id="grades-title" title={t('dashboard.grades.title')} testId="grade-distribution">
      {counts.total === 0 ? (
        <Text c="dimmed" size="sm">
          {t('dashboard.grades.noCustomers')}
        </Text>
      ) : (
        <>
          <Text size="sm">{t('dashboard.grades.total', { total: counts.total, graded })}</Text>
          <Group gap="md" data-testid="grade-counts">
            {GRADES.map((g) => (
              <Group key={g} gap={6} data-count={g}>
                <GradeBadge grade={g} size="sm" />
                <Text size="sm" fw={600}>
                  {counts[g]}
                </Text>
              </Group>
            ))}
            <Group gap={6} data-count="none">
              <GradeBadge grade={null} size="sm" />
              <Text size="sm" fw={600}>
                {counts.ungraded}
              </Text>
            </Group>
          </Group>
          {graded === 0 ? (
            <Text c="dimmed" size="sm">
              {t('dashboard.notGraded')}
            </Text>
          ) : (
            <div aria-hidden>
              <BarChart
                h={160}
                data={data}
                dataKey="grade"
                series={[{ name: 'count', label: t('dashboard.grades.count'), color: 'office.6' }]}
                withBarValueLabel
                withTooltip={false}
                gridAxis="none"
                tickLine="none"
                withYAxis={false}
                maxBarWidth={48}
                valueFormatter={(value) => String(value)}
                barChartProps={{ accessibilityLayer: false, margin: { top: 18 } }}
              />
            </div>
          )}
        </>
      )}
    </TitledCard>
  );
}
