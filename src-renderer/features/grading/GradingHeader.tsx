import { Button, Group, Title } from '@mantine/core';
import { IconChartHistogram, IconListCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/react';

export type GradingView = 'runs' | 'pareto';

const VIEWS: readonly { view: GradingView; href: string; label: 'gradingSection.nav.runs' | 'gradingSection.nav.pareto'; icon: typeof IconListCheck }[] = [
  { view: 'runs', href: '#/grading', label: 'gradingSection.nav.runs', icon: IconListCheck },
  { view: 'pareto', href: '#/grading/pareto', label: 'gradingSection.nav.pareto', icon: IconChartHistogram },
];

/**
 * The section's title and its two views as links (not tabs: each view is its own address, so the
 * browser's back button and a bookmarked 80/20 page work), the current one marked for screen readers.
 */
export function GradingHeader({ current, actions }: { current: GradingView; actions?: ReactNode }) {
  const t = useT();
  return (
    <Group justify="space-between" align="center">
      <Group gap="lg" align="center">
        <Title order={2}>{t('nav.grading')}</Title>
        <Group component="nav" gap={4} aria-label={t('gradingSection.nav.label')}>
          {VIEWS.map(({ view, href, label, icon: Icon }) => (
            <Button
              key={view}
              component="a"
              href={href}
              size="sm"
              variant={view === current ? 'light' : 'subtle'}
              color={view === current ? undefined : 'gray'}
              aria-current={view === current ? 'page' : undefined}
              leftSection={<Icon size={16} stroke={1.6} />}
            >
              {t(label)}
            </Button>
          ))}
        </Group>
      </Group>
      {actions}
    </Group>
  );
}
