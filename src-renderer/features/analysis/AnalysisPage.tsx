import { Group, Stack, Title } from '@mantine/core';
import { IconChartBar, IconMoodSmile } from '@tabler/icons-react';
import { useT } from '../../i18n/react';
import { SectionViews } from '../../ui/SectionViews';
import { ComplaintStatsView } from '../complaint-stats';
import { SatisfactionOverview } from '../satisfaction';

export type AnalysisView = 'complaints' | 'satisfaction';

/** 统计分析: 投诉统计 and 满意度 as two views, each its own address (as the grading section does). */
export function AnalysisPage({ view }: { view: AnalysisView }) {
  const t = useT();
  const views = [
    { view: 'complaints' as const, href: '#/analysis', label: t('complaintStats.nav.complaints'), icon: IconChartBar },
    { view: 'satisfaction' as const, href: '#/analysis/satisfaction', label: t('complaintStats.nav.satisfaction'), icon: IconMoodSmile },
  ];
  return (
    <Stack gap="md" maw={1400}>
      <Group gap="lg" align="center">
        <Title order={2}>{t('nav.analysis')}</Title>
        <SectionViews views={views} current={view} label={t('complaintStats.nav.label')} />
      </Group>
      {view === 'complaints' ? <ComplaintStatsView /> : <SatisfactionOverview />}
    </Stack>
  );
}

/** /analysis (投诉统计) and /analysis/satisfaction. */
export function analysisPage(path: string) {
  if (path === '/analysis') return <AnalysisPage view="complaints" />;
  if (path === '/analysis/satisfaction') return <AnalysisPage view="satisfaction" />;
  return null;
}
