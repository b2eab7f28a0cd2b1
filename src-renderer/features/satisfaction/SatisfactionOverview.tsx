import { Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { TrendPeriod } from '../../core/complaints';
import { addDays } from '../../core/days';
import { todayIso } from '../../core/format';
import { satisfactionOverview } from '../../data/satisfaction';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { useReadScope } from '../../state/read-scope';
import { useSession } from '../../state/session';
import { NumbersTable } from '../../ui/NumbersTable';
import { TitledPanel } from '../../ui/TitledPanel';
import { useCanWriteRecord } from '../../ui/hooks/use-can';
import { PeriodControl } from './PeriodControl';
import { percentText } from './satisfaction-labels';
import { QuestionnaireEditor } from './QuestionnaireEditor';
import { SurveyTable } from './SurveyTable';
import { TrendChart } from './TrendChart';

/** How far back the overall trend and the dimension means look. */
const YEARS_SHOWN = 3;

/**
 * 满意度 across all customers: the trend of the last three years by month or quarter, the mean of
 * each dimension over them, the latest surveys, and the questionnaire templates editor.
 */
export function SatisfactionOverview() {
  const t = useT();
  const { db } = useSession();
  const locale = usePreferences((s) => s.locale);
  const [period, setPeriod] = useState<TrendPeriod>('quarter');
  // 问卷模板 is an editor (each save a new version): shown to who may save one, not to 查阅.
  const mayEditTemplates = useCanWriteRecord('questionnaires');
  const today = todayIso();
  const from = addDays(today, -365 * YEARS_SHOWN);
  // Only the surveys of customers within the user's data scope (issue 15.3).
  const scope = useReadScope();
  const data = useLiveQuery(async () => ({ period, data: await satisfactionOverview(db, period, from, today, 20, scope) }), [db, period, from, today, scope]);
  const overview = data?.data;
  return (
    <Stack gap="md" data-testid="satisfaction-overview" aria-busy={data === undefined || data.period !== period}>
      <TitledPanel id="overall-trend" title={t('satisfaction.trend.title')} actions={<PeriodControl value={period} onChange={setPeriod} />}>
        {overview && (
          <>
            <Text size="sm" c="dimmed">
              {t('satisfaction.overview.range', { years: YEARS_SHOWN, count: overview.count })}
            </Text>
            <TrendChart points={overview.trend} testId="overall-trend-chart" />
          </>
        )}
      </TitledPanel>
      {overview && overview.dimensions.length > 0 && (
        <TitledPanel id="dimension-means" title={t('satisfaction.dimensions.title')}>
          <NumbersTable
            maw={480}
            aria-labelledby="dimension-means"
            data-testid="dimension-means"
            headers={[t('satisfaction.dimensions.dimension'), t('satisfaction.dimensions.mean'), t('satisfaction.dimensions.answers')]}
            rows={overview.dimensions.map((d) => ({
              key: d.id,
              data: { 'data-dimension': d.id },
              cells: [d.label, percentText(d.meanPercent, locale), d.count],
            }))}
          />
        </TitledPanel>
      )}
      {overview && (
        <TitledPanel id="latest-surveys" title={t('satisfaction.latest.title')}>
          <SurveyTable surveys={overview.latest} withCustomer testId="latest-surveys" empty={t('satisfaction.trend.none')} />
        </TitledPanel>
      )}
      {mayEditTemplates && <QuestionnaireEditor />}
    </Stack>
  );
}
