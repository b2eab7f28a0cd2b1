import { Group, MultiSelect, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { GRADES } from '../../core/grading';
import { todayIso } from '../../core/format';
import type { ComplaintYearStatistics } from '../../data/complaint-stats';
import type { Translate } from '../../i18n';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { formatPercent } from '../../ui/format';
import { BreakdownPanel } from './BreakdownPanel';
import { FigureGrid, type Figure } from './FigureGrid';
import { breakdowns } from './stats-model';
import { useComplaintStats, type GradeFilter } from './use-complaint-stats';
import { statsExport } from './stats-export';
import { complaintStatsLevels } from '../../data/complaint-stats';
import { highestClassification } from '../../core/backup';
import { ExportTableButton } from '../../ui/ExportTableButton';
import { useReadScope } from '../../state/read-scope';
import { useSession } from '../../state/session';

/**
 * 投诉统计 of one year, for all grades or some: the headline figures (count, on-time rates, mean
 * days to answer and close, satisfaction), each shown once as a card (issue 17.3: a 指标汇总 table
 * repeated them) with how the rates are counted under them, and the breakdowns by category,
 * department, severity and month. The root is aria-busy until the numbers of the current choice
 * are shown (e2e tests and the bench wait for it).
 */
export function ComplaintStatsView() {
  const t = useT();
  const currentYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(currentYear);
  const [grades, setGrades] = useState<GradeFilter>([]);
  const { data, stale } = useComplaintStats(year, grades, currentYear);
  const gradeOptions = [...GRADES.map((g) => ({ value: g, label: g })), { value: 'ungraded', label: t('grade.none') }];
  return (
    <Stack gap="md" data-testid="complaint-stats" aria-busy={data === undefined || stale}>
      <Group align="flex-end">
        <Select
          label={t('complaintStats.year')}
          data={(data?.years ?? [currentYear]).map((y) => ({ value: String(y), label: t('complaintStats.yearOption', { year: y }) }))}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
          w={140}
        />
        <MultiSelect
          label={t('complaintStats.grades')}
          placeholder={grades.length === 0 ? t('complaintStats.allGrades') : undefined}
          data={gradeOptions}
          value={[...grades]}
          onChange={(v) => setGrades(v as GradeFilter)}
          clearable
          miw={220}
        />
      </Group>
      {data && <YearFigures stats={data.stats} grades={grades} />}
    </Stack>
  );
}

function figuresOf(s: ComplaintYearStatistics, t: Translate, percent: (share: number) => string): Figure[] {
  const none = '—';
  const days = (d: number | null) => (d === null ? none : t('complaintStats.days', { days: d }));
  const rate = (r: number | null, onTime: number, due: number) => ({
    value: r === null ? none : percent(r),
    detail: due === 0 ? t('complaintStats.nothingDue') : t('complaintStats.onTimeDetail', { onTime, due }),
  });
  return [
    { id: 'total', label: t('complaintStats.total'), value: t('complaintStats.totalValue', { count: s.total }) },
    { id: 'answer-on-time', label: t('complaintStats.answerOnTime'), ...rate(s.onTimeRate, s.onTimeCount, s.dueCount) },
    { id: 'close-on-time', label: t('complaintStats.closeOnTime'), ...rate(s.closeOnTime.rate, s.closeOnTime.onTime, s.closeOnTime.due) },
    { id: 'mean-answer', label: t('complaintStats.meanAnswer'), value: days(s.meanDaysToAnswer) },
    { id: 'mean-close', label: t('complaintStats.meanClose'), value: days(s.meanDaysToClose) },
    {
      id: 'verification',
      label: t('complaintStats.verification'),
      value: s.verification.mean === null ? none : t('complaintStats.verificationValue', { mean: s.verification.mean }),
      detail: t('complaintStats.verificationDetail', { count: s.verification.count }),
    },
    {
      id: 'surveys',
      label: t('complaintStats.surveys'),
      value: s.surveys.meanPercent === null ? none : percent(s.surveys.meanPercent / 100),
      detail: t('complaintStats.surveysDetail', { count: s.surveys.count }),
    },
  ];
}

function YearFigures({ stats, grades }: { stats: ComplaintYearStatistics; grades: GradeFilter }) {
  const t = useT();
  const { db } = useSession();
  const scope = useReadScope();
  const locale = usePreferences((s) => s.locale);
  const figures = useMemo(() => figuresOf(stats, t, (share) => formatPercent(share, locale)), [stats, t, locale]);
  const parts = useMemo(() => breakdowns(stats, t), [stats, t]);
  if (stats.total === 0) {
    return (
      <Text c="dimmed" data-testid="complaint-stats-empty">
        {t('complaintStats.empty', { year: stats.year })}
      </Text>
    );
  }
  return (
    <>
      <Group justify="flex-end">
        <ExportTableButton
          view={t('complaintStats.exportView', { year: stats.year })}
          source={async () => ({
            ...statsExport(stats, figures, parts, t, (share) => formatPercent(share, locale)),
            highest: highestClassification(await complaintStatsLevels(db, stats.year, grades.length > 0 ? grades : null, scope)),
          })}
        />
      </Group>
      <FigureGrid figures={figures} />
      <Text size="xs" c="dimmed" mt={-8}>
        {t('complaintStats.onTimeNote')}
      </Text>
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
        <BreakdownPanel id="category" title={t('complaintStats.byCategory')} entries={parts.category} total={stats.total} />
        <BreakdownPanel id="department" title={t('complaintStats.byDepartment')} entries={parts.department} total={stats.total} />
        <BreakdownPanel id="severity" title={t('complaintStats.bySeverity')} entries={parts.severity} total={stats.total} />
        <BreakdownPanel id="month" title={t('complaintStats.byMonth')} entries={parts.month} total={stats.total} />
      </SimpleGrid>
    </>
  );
}
