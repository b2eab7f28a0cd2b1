import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
// Once for every chart of the app (@mantine/charts: tooltips, legends, axes).
import '@mantine/charts/styles.css';
import notificationClasses from './notifications.module.css';
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode, useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { createHost } from '../host';
import { usePreferences } from '../state/preferences';
import { createTranslator } from '../i18n';
import { cssVariablesResolver, localisedTheme } from '../ui/theme';
import { App } from './App';

const host = createHost(__APP_VERSION__);
const colorSchemeManager = localStorageColorSchemeManager({ key: 'airgap-crm.color-scheme' });

function Root() {
  const locale = usePreferences((s) => s.locale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const theme = useMemo(() => {
    const t = createTranslator(locale);
    return localisedTheme({ close: t('common.close'), loading: t('common.loading'), toggleVisibility: t('common.toggleVisibility') });
  }, [locale]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} colorSchemeManager={colorSchemeManager} defaultColorScheme="light">
      {/* Top centre, just below the header (notifications.module.css). */}
      <Notifications position="top-center" classNames={{ root: notificationClasses.container }} />
      <App host={host} />
    </MantineProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
