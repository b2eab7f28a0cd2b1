import { useMemo } from 'react';
import { usePreferences } from '../state/preferences';
import { createTranslator, type Translate } from './index';

/** The translator of the current locale; components re-render when the locale changes. */
export function useT(): Translate {
  const locale = usePreferences((s) => s.locale);
  return useMemo(() => createTranslator(locale), [locale]);
}
