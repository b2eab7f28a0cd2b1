import { SegmentedControl, Stack, Text, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { LOCALES, type Locale } from '../../i18n';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';

/** Language and theme, remembered on this computer. */
export function AppearanceSettings() {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const setLocale = usePreferences((s) => s.setLocale);
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Stack gap="md">
      <div>
        <Text fw={500} mb={4} id="settings-language">
          {t('settings.language')}
        </Text>
        <SegmentedControl
          aria-labelledby="settings-language"
          value={locale}
          onChange={(v) => setLocale(v as Locale)}
          data={LOCALES.map((l) => ({ value: l, label: t(`locale.${l}`) }))}
        />
      </div>
      <div>
        <Text fw={500} mb={4} id="settings-theme">
          {t('settings.theme')}
        </Text>
        <SegmentedControl
          aria-labelledby="settings-theme"
          value={colorScheme}
          onChange={(v) => setColorScheme(v as MantineColorScheme)}
          data={[
            { value: 'light', label: t('settings.theme.light') },
            { value: 'dark', label: t('settings.theme.dark') },
            { value: 'auto', label: t('settings.theme.auto') },
          ]}
        />
      </div>
    </Stack>
  );
}
