import { Box, Group, NavLink, ScrollArea } from '@mantine/core';
import { useT } from '../../i18n/react';
import { settingsHref, type SettingsSectionId } from './sections';

export interface SettingsNavEntry {
  id: SettingsSectionId;
  title: string;
}

/** Where the navigation sits: beside the sections on a wide window (1366 and up), above them on a narrow one. */
export type SettingsNavPlacement = 'side' | 'top';

/** The header's height (ui/Shell's AppShell sets the variable), and the gap below it. */
const HEADER = 'var(--app-shell-header-offset, 60px)';
const BELOW_HEADER = `calc(${HEADER} + var(--mantine-spacing-md))`;

/**
 * 系统设置's own navigation (issue 17.3): the titles of the sections this user sees, in page order, the
 * one in view marked (`aria-current="location"`). Each entry is a link to the section's address, so it
 * can be opened in place or copied; a click scrolls to the section and moves the focus to its heading.
 * It stays on screen while the page scrolls: a column at the side, a bar under the header when narrow.
 */
export function SettingsNav({
  entries,
  active,
  placement,
  onJump,
}: {
  entries: readonly SettingsNavEntry[];
  active: SettingsSectionId | undefined;
  placement: SettingsNavPlacement;
  onJump: (id: SettingsSectionId) => void;
}) {
  const t = useT();
  const links = entries.map((entry) => (
    <NavLink
      key={entry.id}
      href={settingsHref(entry.id)}
      label={entry.title}
      active={entry.id === active}
      aria-current={entry.id === active ? 'location' : undefined}
      py={6}
      noWrap={placement === 'top'}
      w={placement === 'top' ? 'auto' : undefined}
      style={{ borderRadius: 'var(--mantine-radius-sm)', flexShrink: 0 }}
      onClick={(event) => {
        event.preventDefault();
        onJump(entry.id);
      }}
    />
  ));
  // The one thing both placements are: a sticky, labelled navigation landmark.
  const landmark = { component: 'nav', 'aria-label': t('settingsNav.label'), 'data-testid': 'settings-nav', pos: 'sticky' } as const;
  if (placement === 'top')
    return (
      <Box
        {...landmark}
        top={HEADER}
        py={6}
        bg="var(--mantine-color-body)"
        style={{ zIndex: 2, borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <ScrollArea type="auto" scrollbarSize={6} offsetScrollbars="x">
          <Group gap={4} wrap="nowrap">
            {links}
          </Group>
        </ScrollArea>
      </Box>
    );
  return (
    <Box
      {...landmark}
      top={BELOW_HEADER}
      w={176}
      style={{ flexShrink: 0, alignSelf: 'flex-start', maxHeight: `calc(100vh - ${BELOW_HEADER} - var(--mantine-spacing-md))`, overflowY: 'auto' }}
    >
      {links}
    </Box>
  );
}

/** How far below the window's top a section's card stops when jumped to: under the header and, when narrow, the bar. */
export const sectionScrollMargin = (placement: SettingsNavPlacement) => (placement === 'top' ? `calc(${HEADER} + 56px)` : BELOW_HEADER);
