import { SegmentedControl, Stack, Text, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { LOCALES, type Locale } from '../../i18n';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';

/** One named choice of the page: its label above, the options as segments labelled by it. */
function Choice<V extends string>({
  id,
  label,
  value,
  onChange,
  data,
}: {
  id: string;
  label: string;
  value: V;
  onChange: (value: V) => void;
  data: { value: V; label: string }[];
}) {
  return (
    <div>
      <Text fw={500} mb={4} id={id}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={id} value={value} onChange={(v) => onChange(v as V)} data={data} />
    </div>
  );
}

/** Language and theme, remembered on this computer. */
export function AppearanceSettings() {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const setLocale = usePreferences((s) => s.setLocale);
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Stack gap="md">
      <Choice<Locale>
        id="settings-language"
        label={t('settings.language')}
        value={locale}
        onChange={setLocale}
        data={LOCALES.map((l) => ({ value: l, label: t(`locale.${l}`) }))}
      />
      <Choice<MantineColorScheme>
        id="settings-theme"
        label={t('settings.theme')}
        value={colorScheme}
        onChange={setColorScheme}
        data={[
          { value: 'light', label: t('settings.theme.light') },
          { value: 'dark', label: t('settings.theme.dark') },
          { value: 'auto', label: t('settings.theme.auto') },
        ]}
      />
    </Stack>
  );
}
