import { createTheme, mergeThemeOverrides, type CSSVariablesResolver, type MantineColorsTuple, type MantineThemeOverride } from '@mantine/core';

// A deep "state-office" blue as primary colour; generated shades from light to dark.
const office: MantineColorsTuple = ['#eaf1fb', '#d3def2', '#a4bbe5', '#7296d8', '#4a77cd', '#3263c7', '#2559c5', '#184aae', '#0f419c', '#00388a'];

/** System CJK fonts only: nothing is fetched (offline), and each OS has one of these. */
const FONT_STACK =
  '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", -apple-system, "Segoe UI", Roboto, sans-serif';

export const theme = createTheme({
  primaryColor: 'office',
  colors: { office },
  primaryShade: { light: 7, dark: 5 },
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '600' },
  defaultRadius: 'sm',
  // Dialogs, menus and lists open without their slide or fade for a user whose system asks for less
  // motion (WCAG 2.3.3); the e2e suite asks for it too, so no step waits for an animation to end.
  respectReducedMotion: true,
});

/**
 * The theme with the words Mantine's own widgets need in the user's language: the close buttons of
 * notifications and dialogs have no text, so screen readers need their name; a loader is a plain
 * span, on which a name is not allowed (axe: aria-prohibited-attr) — as a `status` it may have one
 * and is announced; a password field's eye button is named in English by Mantine itself. Every one, whoever shows it: no screen has to remember (a screen's own
 * aria-label still wins).
 */
export function localisedTheme(words: { close: string; loading: string; toggleVisibility: string }): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': words.close };
  return mergeThemeOverrides(theme, {
    components: {
      Notification: { defaultProps: { closeButtonProps } },
      Modal: { defaultProps: { closeButtonProps } },
      Loader: { defaultProps: { role: 'status', 'aria-label': words.loading } },
      PasswordInput: { defaultProps: { visibilityToggleButtonProps: { 'aria-label': words.toggleVisibility } } },
    },
  });
}

/**
 * Mantine's default "dimmed" grey, error red and dark-scheme link blue are below the WCAG AA contrast
 * ratio (4.5:1); these keep text readable on a dim office monitor and pass axe's colour-contrast rule.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636e', '--mantine-color-error': '#c92a2a' },
  dark: { '--mantine-color-dimmed': '#a9adb5', '--mantine-color-error': '#ff8787', '--mantine-color-anchor': 'var(--mantine-color-office-2)' },
});
