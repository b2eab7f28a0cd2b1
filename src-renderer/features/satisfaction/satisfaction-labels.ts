import type { Locale } from '../../core/locale';
import type { Translate } from '../../i18n';
import { formatPercent } from '../../ui/format';

/** A questionnaire version as lists name it: 客户满意度调查表（第 2 版）. */
export const versionName = (t: Translate, q: { name: string; version: number }) => t('satisfaction.versionOf', { name: q.name, version: q.version });

/** A satisfaction percent (0–100) as the office reads it: 87.5 → 87.5%. */
export const percentText = (percent: number, locale: Locale) => formatPercent(percent / 100, locale);
