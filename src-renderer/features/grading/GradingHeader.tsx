import { Group, Title } from '@mantine/core';
import { IconChartHistogram, IconListCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/react';
import { SectionViews } from '../../ui/SectionViews';

export type GradingView = 'runs' | 'pareto';

/** The section's title and its two views as links (ui/SectionViews), the section's own buttons on the right. */
export function GradingHeader({ current, actions }: { current: GradingView; actions?: ReactNode }) {
  const t = useT();
  const views = [
    { view: 'runs' as const, href: '#/grading', label: t('gradingSection.nav.runs'), icon: IconListCheck },
    { view: 'pareto' as const, href: '#/grading/pareto', label: t('gradingSection.nav.pareto'), icon: IconChartHistogram },
  ];
  return (
    <Group justify="space-between" align="center">
      <Group gap="lg" align="center">
        <Title order={2}>{t('nav.grading')}</Title>
        <SectionViews views={views} current={current} label={t('gradingSection.nav.label')} />
      </Group>
      {actions}
    </Group>
  );
}
