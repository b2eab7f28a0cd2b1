import { IconLayoutDashboard, IconSettings } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Profile } from '../core/profile';
import { HomePage } from '../features/home/HomePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import type { NavItem } from '../ui/Shell';

/**
 * The sections of the app, in navigation order. Only sections that exist are listed: a capability
 * adds its entry here when its screens are built (no placeholder pages).
 */
export interface Section extends NavItem {
  component: ComponentType<{ profile: Profile }>;
}

export const SECTIONS: readonly Section[] = [
  { path: '/', label: 'nav.home', icon: IconLayoutDashboard, component: HomePage },
  { path: '/settings', label: 'nav.settings', icon: IconSettings, component: SettingsPage },
];

export function sectionFor(path: string): Section {
  return SECTIONS.find((s) => s.path !== '/' && path.startsWith(s.path)) ?? SECTIONS[0]!;
}
