import { ActionIcon, Group, SegmentedControl, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { LOCALES, type Locale } from '../i18n';
import { useT } from '../i18n/react';
import { usePreferences } from '../state/preferences';

/** Language and light/dark switches, shown in the header and on the setup screen. */
export function HeaderControls() {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const setLocale = usePreferences((s) => s.setLocale);
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const next = scheme === 'dark' ? 'light' : 'dark';
  return (
    <Group gap="sm" wrap="nowrap">
      <SegmentedControl
        size="xs"
        aria-label={t('header.locale')}
        value={locale}
        onChange={(value) => setLocale(value as Locale)}
        data={LOCALES.map((l) => ({ value: l, label: t(`locale.${l}`) }))}
      />
      <ActionIcon
        variant="default"
        size="lg"
        onClick={() => setColorScheme(next)}
        aria-label={t(next === 'dark' ? 'header.theme.dark' : 'header.theme.light')}
        title={t(next === 'dark' ? 'header.theme.dark' : 'header.theme.light')}
      >
        {scheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Group>
  );
}
