import { AppShell, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import type { ComponentType, ReactNode } from 'react';
import type { ClassificationMark } from '../core/classification';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/react';
import { ClassificationBadge } from './ClassificationBadge';
import { DemoBadge } from './DemoBadge';
import { HeaderControls } from './HeaderControls';
import { Logo } from './Logo';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: ComponentType<{ size?: number; stroke?: number }>;
}

interface ShellProps {
  nav: readonly NavItem[];
  activePath: string;
  onNavigate: (path: string) => void;
  organisation: string;
  department: string;
  mark: ClassificationMark;
  /** The signed-in user's menu, at the header's end. */
  userMenu?: ReactNode;
  children: ReactNode;
}

/** The app frame: header (who we are, the mark, language, theme), section navigation, page. */
export function Shell({ nav, activePath, onNavigate, organisation, department, mark, userMenu, children }: ShellProps) {
  const t = useT();
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm' }} padding="lg">
      <AppShell.Header px="md" data-testid="app-header">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Logo />
            <Stack gap={0}>
              <Title order={1} size="h4" lh={1.2}>
                {t('app.title')}
              </Title>
              <Text size="xs" c="dimmed" lh={1.2}>
                {organisation} · {department}
              </Text>
            </Stack>
          </Group>
          <Group gap="md" wrap="nowrap">
            <DemoBadge />
            <ClassificationBadge mark={mark} title={t('header.markTitle')} />
            <HeaderControls />
            {userMenu}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.section')}>
        {nav.map((item) => (
          <NavLink
            key={item.path}
            href={`#${item.path}`}
            label={t(item.label)}
            leftSection={<item.icon size={18} stroke={1.6} />}
            active={activePath === item.path || (item.path !== '/' && activePath.startsWith(item.path))}
            onClick={(event) => {
              event.preventDefault();
              onNavigate(item.path);
            }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
