import type { SurveySource } from '../../core/satisfaction-records';
import type { LocaleTag } from '../../core/format';
import type { MessageKey, Translate } from '../../i18n';
import { formatPercent } from '../../ui/format';

export const SOURCE_LABEL: Record<SurveySource, MessageKey> = {
  questionnaire: 'satisfaction.source.questionnaire',
  follow_up_call: 'satisfaction.source.follow_up_call',
  visit: 'satisfaction.source.visit',
};

/** A questionnaire version as lists name it: 客户满意度调查表（第 2 版）. */
export const versionName = (t: Translate, q: { name: string; version: number }) => t('satisfaction.versionOf', { name: q.name, version: q.version });

/** A satisfaction percent (0–100) as the office reads it: 87.5 → 87.5%. */
export const percentText = (percent: number, locale: LocaleTag) => formatPercent(percent / 100, locale);
