import { Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { CenteredCard } from './CenteredCard';
import { DemoBadge } from './DemoBadge';
import { HeaderControls } from './HeaderControls';
import { Logo } from './Logo';

/**
 * A page shown before the shell (first-run setup, keys found in clear waiting for a passphrase): the
 * logo and the page's title, with the language and theme controls (and the demo's mark), above the page's own content.
 */
export function StartCard({ title, width = 620, children }: { title: string; width?: number; children: ReactNode }) {
  return (
    <CenteredCard width={width}>
      <Stack gap="lg">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm">
            <Logo />
            <Title order={1} size="h3">
              {title}
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <DemoBadge />
            <HeaderControls />
          </Group>
        </Group>
        {children}
      </Stack>
    </CenteredCard>
  );
}
