import { Button, Group } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

export interface SectionView<V extends string> {
  view: V;
  href: string;
  label: string;
  icon: Icon;
}

/**
 * The views of a section as links (not tabs: each view is its own address, so the browser's back
 * button and a bookmark work), the current one marked for screen readers.
 */
export function SectionViews<V extends string>({ views, current, label }: { views: readonly SectionView<V>[]; current: V; label: string }) {
  return (
    <Group component="nav" gap={4} aria-label={label}>
      {views.map(({ view, href, label: text, icon: ViewIcon }) => (
        <Button
          key={view}
          component="a"
          href={href}
          size="sm"
          variant={view === current ? 'light' : 'subtle'}
          color={view === current ? undefined : 'gray'}
          aria-current={view === current ? 'page' : undefined}
          leftSection={<ViewIcon size={16} stroke={1.6} />}
        >
          {text}
        </Button>
      ))}
    </Group>
  );
}
