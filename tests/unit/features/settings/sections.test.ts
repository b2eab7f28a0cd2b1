import { describe, expect, it } from 'vitest';
import { activeSection, parseSettingsPath, settingsHref, type SectionBox } from '../../../../src-renderer/features/settings/sections';

describe('系统设置 section addresses', () => {
  it('reads the page and its sections from the route; anything else is not the settings page', () => {
    expect(parseSettingsPath('/settings')).toEqual({});
    expect(parseSettingsPath('/settings/backup')).toEqual({ section: 'backup' });
    expect(parseSettingsPath('/settings/grading-rules')).toEqual({ section: 'grading-rules' });
    expect(parseSettingsPath('/settings/nope')).toBeNull();
    expect(parseSettingsPath('/settings/backup/x')).toBeNull();
    expect(parseSettingsPath('/settingsx')).toBeNull();
    expect(settingsHref('installation')).toBe('#/settings/installation');
    expect(settingsHref()).toBe('#/settings');
  });
});

describe('activeSection (the navigation’s mark)', () => {
  // Three cards stacked from y = 100 with 20 px between them; the line is 84 px below the window's top.
  const at = (scroll: number): SectionBox[] => [
    { id: 'profile', top: 100 - scroll, bottom: 1100 - scroll },
    { id: 'appearance', top: 1120 - scroll, bottom: 1400 - scroll },
    { id: 'installation', top: 1420 - scroll, bottom: 1700 - scroll },
  ];
  const view = { line: 84, viewportHeight: 700, atBottom: false };

  it('marks the last section whose top passed the line, the first before any has', () => {
    expect(activeSection(at(0), view)).toBe('profile');
    expect(activeSection(at(16), view)).toBe('profile');
    // Deep in a long section, the next one already on screen is not yet "in view".
    expect(activeSection(at(800), view)).toBe('profile');
    expect(activeSection(at(1036), view)).toBe('appearance');
    expect(activeSection([], view)).toBeUndefined();
  });

  it('at the page’s end marks the section the address names while it is on screen, else the last', () => {
    const end = { ...view, atBottom: true };
    expect(activeSection(at(1100), { ...end, addressed: 'appearance' })).toBe('appearance');
    expect(activeSection(at(1100), end)).toBe('installation');
    // Named but scrolled off above the line: the last one.
    expect(activeSection(at(1100), { ...end, addressed: 'profile' })).toBe('installation');
  });
});
