import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n';

/**
 * Per-computer UI preferences, remembered in localStorage (not in the database: they are not
 * part of the archive and never travel to another department). The colour scheme is kept by
 * Mantine's own colour-scheme manager.
 */
interface PreferencesState {
  locale: Locale;
}

interface PreferencesActions {
  setLocale: (locale: Locale) => void;
}

const initialState: PreferencesState = { locale: DEFAULT_LOCALE };

export const usePreferences = create<PreferencesState & PreferencesActions>()(
  persist(
    (set) => ({
      ...initialState,
      setLocale: (locale) => set({ locale: LOCALES.includes(locale) ? locale : DEFAULT_LOCALE }),
    }),
    {
      name: 'airgap-crm.preferences',
      storage: createJSONStorage(() => localStorage),
      // A hand-edited or stale value must not break the UI: anything unknown falls back to zh-CN.
      merge: (persisted, current) => {
        const locale = (persisted as Partial<PreferencesState> | undefined)?.locale;
        return { ...current, locale: locale && LOCALES.includes(locale) ? locale : DEFAULT_LOCALE };
      },
    },
  ),
);
