/**
 * The sections of 系统设置 and their addresses (issue 17.3). A section is opened directly at
 * `#/settings/<id>` (the app's hash routes are paths: `/exchange/import`, `/grading/pareto`), so a link
 * from another screen names the section it means: `settingsHref('installation')` → `#/settings/installation`.
 */
export const SETTINGS_SECTIONS = [
  'profile',
  'managers',
  'grading-rules',
  'complaints',
  'appearance',
  'installation',
  'backup',
  'backup-schedule',
  'output-register',
  'history',
] as const;

export type SettingsSectionId = (typeof SETTINGS_SECTIONS)[number];

const isSectionId = (value: string): value is SettingsSectionId => (SETTINGS_SECTIONS as readonly string[]).includes(value);

/** The route of a section (for `navigate`), or of the page's top. */
export const settingsPath = (section?: SettingsSectionId): string => (section ? `/settings/${section}` : '/settings');

/** The link to a section of 系统设置, for another screen's `href`. */
export const settingsHref = (section?: SettingsSectionId): string => `#${settingsPath(section)}`;

/**
 * What a path of the settings route asks for: the page (`section` undefined) or one of its sections;
 * null for any other path (an unknown section is not found, as any unknown page).
 */
export function parseSettingsPath(path: string): { section?: SettingsSectionId } | null {
  if (path === '/settings') return {};
  const match = /^\/settings\/([a-z-]+)$/.exec(path);
  return match && isSectionId(match[1]!) ? { section: match[1] } : null;
}

/** Where a section's card is on the screen (getBoundingClientRect: pixels from the viewport's top). */
export interface SectionBox {
  id: SettingsSectionId;
  top: number;
  bottom: number;
}

/**
 * The section "in view", marked in the page's navigation: the last one whose top has passed `line`
 * (just below the fixed header), the first while none has. At the bottom of the page the last
 * sections cannot scroll up to the line: there the one the address names (the entry just clicked,
 * the section a link opened) is marked while it is on screen, else the last one.
 */
export function activeSection(
  boxes: readonly SectionBox[],
  { line, viewportHeight, atBottom, addressed }: { line: number; viewportHeight: number; atBottom: boolean; addressed?: SettingsSectionId },
): SettingsSectionId | undefined {
  if (boxes.length === 0) return undefined;
  if (atBottom) {
    const named = boxes.find((box) => box.id === addressed);
    if (named && named.top < viewportHeight && named.bottom > line) return named.id;
    return boxes[boxes.length - 1]!.id;
  }
  let active = boxes[0]!.id;
  for (const box of boxes) if (box.top <= line) active = box.id;
  return active;
}
